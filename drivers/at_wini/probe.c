/*
 * probe.c - finding the disks: reset each channel, IDENTIFY each drive,
 * read each disk's partition table.
 *
 * ATAPI devices (the boot CD-ROM) are recognised by the signature they
 * leave in the LBA mid/high registers after a reset, or after refusing
 * IDENTIFY DEVICE, and are left alone.  Drives without LBA are not
 * supported.
 *
 * Entry points: probe_channel(), read_partitions().
 */
#include <stdio.h>
#include <string.h>
#include "at_wini.h"

#define FLOATING	0xFF	/* status of a channel with nothing on it */

static uint16_t word(const uint8_t *id, int w)
{
	return id[2 * w] | id[2 * w + 1] << 8;
}

static bool atapi_signature(const struct channel *ch)
{
	uint8_t mid = ch_in(ch, REG_LBA_MID), hi = ch_in(ch, REG_LBA_HI);

	return (mid == SIG_ATAPI_MID && hi == SIG_ATAPI_HI)
		|| (mid == SIG_SATAPI_MID && hi == SIG_SATAPI_HI);
}

/* The model string: ASCII with the bytes of each word swapped. */
static void copy_model(char *model, const uint8_t *id)
{
	int i, n = 40;

	for (i = 0; i < 40; i += 2) {
		model[i] = id[2 * ID_MODEL + i + 1];
		model[i + 1] = id[2 * ID_MODEL + i];
	}
	while (n > 0 && (model[n - 1] == ' ' || model[n - 1] == '\0'))
		n--;
	model[n] = '\0';
}

/* Fill in d from IDENTIFY DEVICE data; false if we cannot use it. */
static bool take_identity(struct drive *d, const uint8_t *id)
{
	uint64_t lba28, lba48 = 0;
	int i;

	if (word(id, ID_CONFIG) & ID_CONFIG_ATAPI)
		return false;
	copy_model(d->d_model, id);
	if (!(word(id, ID_CAPS) & ID_CAPS_LBA)) {
		printf("at_wini: %s: %s has no LBA; not supported\n",
			d->d_name, d->d_model);
		return false;
	}
	lba28 = word(id, ID_LBA28) | (uint32_t) word(id, ID_LBA28 + 1) << 16;
	d->d_lba48 = (word(id, ID_CMDSET2) & ID_CMDSET2_LBA48) != 0;
	for (i = 3; i >= 0 && d->d_lba48; i--)
		lba48 = lba48 << 16 | word(id, ID_LBA48 + i);
	if (lba28 > LBA28_LIMIT)
		lba28 = LBA28_LIMIT;
	d->d_sectors = d->d_lba48 && lba48 > lba28 ? lba48 : lba28;
	if (d->d_sectors >> 48)
		d->d_sectors = (uint64_t) 1 << 48;
	return d->d_sectors > 0;
}

/* Is there an ATA disk at d?  Leaves d_present set if so. */
static void probe_drive(struct drive *d, uint8_t *buf)
{
	struct channel *ch = d->d_chan;
	uint8_t st;
	int r;

	ch_select(ch, DEV_OBS | d->d_select);
	st = ch_in(ch, REG_STATUS);
	if (atapi_signature(ch)) {
		printf("at_wini: %s: ATAPI device, left alone\n", d->d_name);
		return;
	}
	if (st == 0 || st == FLOATING)
		return;				/* nothing there */
	if ((r = ata_identify(d, buf)) != OK) {
		if (atapi_signature(ch))
			printf("at_wini: %s: ATAPI device, left alone\n",
				d->d_name);
		else if (r != -EIO)
			printf("at_wini: %s: no answer to IDENTIFY\n",
				d->d_name);
		if (r == -ETIMEDOUT)
			(void) ch_reset(ch);	/* it may still be at it */
		return;
	}
	if (!take_identity(d, buf))
		return;
	ata_multiple(d, word(buf, ID_MULT) & 0xFF);
	d->d_present = true;
	d->d_part[0] = (struct part) { .p_base = 0, .p_sectors = d->d_sectors };
	printf("at_wini: %s: %s, %llu sectors (%llu MiB)%s, %u sector%s "
		"an interrupt\n", d->d_name, d->d_model,
		(unsigned long long) d->d_sectors,
		(unsigned long long) (d->d_sectors >> 11),
		d->d_lba48 ? ", LBA48" : "", d->d_mult,
		d->d_mult > 1 ? "s" : "");
}

/* Reset the channel and look at both of its drives. */
void probe_channel(struct channel *ch, struct drive *master,
	struct drive *slave, uint8_t *buf)
{
	if (ch_in(ch, REG_STATUS) == FLOATING) {
		ch->c_present = false;
		return;
	}
	if (ch_reset(ch) != OK) {
		printf("at_wini: the channel at 0x%x does not come out of "
			"reset\n", ch->c_base);
		ch->c_present = false;
		return;
	}
	probe_drive(master, buf);
	probe_drive(slave, buf);
}

/* Read the MBR again; a disk we cannot read keeps no partitions. */
void read_partitions(struct drive *d, uint8_t *buf)
{
	int i;

	for (i = 1; i < MINORS_PER_DRIVE; i++)
		d->d_part[i] = (struct part) { 0, 0 };
	if (ata_rw(d, 0, 0, 1, buf) != OK) {
		printf("at_wini: %s: cannot read the partition table\n",
			d->d_name);
		return;
	}
	mbr_parse(buf, d->d_sectors, &d->d_part[1]);
}

/*
 * channel.c - port access to an IDE channel: its registers, sending a
 * command, moving a sector of PIO data, and the soft reset.
 *
 * Port access through the kernel cannot fail unless our privileges in
 * system.conf are wrong, so a failure here is a panic, not an error code.
 * Sector data moves VDEVIO_MAX words per kernel call.
 *
 * Entry points: ch_in(), ch_select(), ch_issue(), ch_pio_in(),
 * ch_pio_out(), ch_reset().
 */
#include <string.h>
#include <minix/syslib.h>
#include "at_wini.h"

/* Enough reads of a port to pass the ATA delays (400 ns after a select
 * or a command, 5 us of SRST): each costs more than a microsecond. */
#define DELAY_READS	8
/* And the 2 ms a device may take after SRST before it shows BSY: reads
 * of the alternate status at half a microsecond or more each (an ISA
 * bus cycle is longer), VDEVIO_MAX a kernel call. */
#define SETTLE_READS	(64 * VDEVIO_MAX)

uint8_t ch_in(const struct channel *ch, int reg)
{
	uint32_t v;
	int r;

	if ((r = sys_inb(ch->c_base + reg, &v)) != OK)
		panic("at_wini: inb 0x%x: %d", ch->c_base + reg, r);
	return v & 0xFF;
}

static void ch_out(const struct channel *ch, uint16_t port, uint8_t value)
{
	int r;

	if ((r = sys_outb(port, value)) != OK)
		panic("at_wini: outb 0x%x: %d", port, r);
}

/* Let the device catch up: read the alternate status, which does not
 * acknowledge an interrupt. */
static void ch_reads(const struct channel *ch, int reads)
{
	struct pv_pair pv[VDEVIO_MAX];
	int i, n, r;

	for (; reads > 0; reads -= n) {
		n = reads < VDEVIO_MAX ? reads : VDEVIO_MAX;
		for (i = 0; i < n; i++)
			pv[i] = (struct pv_pair) {
				.port = ch->c_ctl + REG_ALTSTATUS };
		if ((r = sys_vdevio(DIO_INPUT | DIO_BYTE, pv, n)) != OK)
			panic("at_wini: vdevio delay: %d", r);
	}
}

static void ch_delay(const struct channel *ch)
{
	ch_reads(ch, DELAY_READS);
}

void ch_select(const struct channel *ch, uint8_t device)
{
	ch_out(ch, ch->c_base + REG_DEVICE, device);
	ch_delay(ch);
}

/* Write the task file and the command in one kernel call.  The device
 * must be selected and ready.  For LBA48 each register takes two bytes,
 * the high-order one first. */
void ch_issue(const struct channel *ch, const struct taskfile *tf)
{
	struct pv_pair pv[16];
	int n = 0, r;

#define OUT(reg, val) \
	(pv[n++] = (struct pv_pair) { .port = ch->c_base + (reg), \
		.value = (val) & 0xFF })
	OUT(REG_FEATURES, 0);
	if (tf->tf_lba48) {
		OUT(REG_COUNT, tf->tf_count >> 8);
		OUT(REG_LBA_LO, tf->tf_lba >> 24);
		OUT(REG_LBA_MID, tf->tf_lba >> 32);
		OUT(REG_LBA_HI, tf->tf_lba >> 40);
	}
	OUT(REG_COUNT, tf->tf_count);
	OUT(REG_LBA_LO, tf->tf_lba);
	OUT(REG_LBA_MID, tf->tf_lba >> 8);
	OUT(REG_LBA_HI, tf->tf_lba >> 16);
	OUT(REG_COMMAND, tf->tf_command);
#undef OUT
	if ((r = sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, n)) != OK)
		panic("at_wini: vdevio command: %d", r);
	ch_delay(ch);			/* BSY is valid 400 ns later */
}

/* Read one sector of PIO data (the device has set DRQ). */
void ch_pio_in(const struct channel *ch, uint8_t *sector)
{
	struct pv_pair pv[VDEVIO_MAX];
	int i, j, r;

	for (i = 0; i < SECTOR_WORDS; i += VDEVIO_MAX) {
		for (j = 0; j < VDEVIO_MAX; j++)
			pv[j] = (struct pv_pair) { .port = ch->c_base + REG_DATA };
		if ((r = sys_vdevio(DIO_INPUT | DIO_WORD, pv, VDEVIO_MAX)) != OK)
			panic("at_wini: vdevio data in: %d", r);
		for (j = 0; j < VDEVIO_MAX; j++) {
			sector[2 * (i + j)] = pv[j].value & 0xFF;
			sector[2 * (i + j) + 1] = (pv[j].value >> 8) & 0xFF;
		}
	}
}

/* Write one sector of PIO data (the device has set DRQ). */
void ch_pio_out(const struct channel *ch, const uint8_t *sector)
{
	struct pv_pair pv[VDEVIO_MAX];
	int i, j, r;

	for (i = 0; i < SECTOR_WORDS; i += VDEVIO_MAX) {
		for (j = 0; j < VDEVIO_MAX; j++)
			pv[j] = (struct pv_pair) { .port = ch->c_base + REG_DATA,
				.value = sector[2 * (i + j)]
					| sector[2 * (i + j) + 1] << 8 };
		if ((r = sys_vdevio(DIO_OUTPUT | DIO_WORD, pv, VDEVIO_MAX)) != OK)
			panic("at_wini: vdevio data out: %d", r);
	}
}

/* Soft reset of both drives of the channel: whatever command was in
 * flight (ours, or a dead instance's) is abandoned.  Leaves interrupts
 * enabled (nIEN clear) and device 0 selected.
 *
 * The device to wait for is device 0: an absent device 1, if still
 * selected, reads as ready (QEMU: status 0) while device 0 is still in
 * reset - and a busy channel ignores the select.  So we let the ATA
 * spec's 2 ms pass (SETTLE_READS; a clock tick is 10 and most devices
 * are ready at once), select device 0, and wait a tick and try again
 * until the selection has taken. */
int ch_reset(struct channel *ch)
{
	uint8_t st;
	int r;

	ch->c_resets++;			/* drives forget their multiple mode */
	ch_out(ch, ch->c_ctl + REG_DEVCTL, CTL_SRST | CTL_NIEN);
	ch_delay(ch);
	ch_out(ch, ch->c_ctl + REG_DEVCTL, 0);
	ch_arm(ch, RESET_TIMEOUT);
	ch_reads(ch, SETTLE_READS);
	for (;;) {
		ch_select(ch, DEV_OBS);
		r = ch_wait(ch, W_READY, WAIT_POLL, &st);
		if (r != OK || !(ch_in(ch, REG_DEVICE) & DEV_SLAVE))
			break;
		if ((r = ch_sleep(ch)) != OK)
			break;
	}
	ch_disarm(ch);
	return r;
}

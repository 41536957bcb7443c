/*
 * io.c - ATA commands: PIO reads and writes, IDENTIFY DEVICE, SET
 * MULTIPLE MODE and FLUSH CACHE, each under a deadline; reads and writes
 * are retried after a channel reset.
 *
 * PIO with interrupts (ATA "PIO data-in" and "PIO data-out"): the data
 * moves in blocks, one interrupt before each block of a read and after
 * each block of a write; the first block of a write goes without an
 * interrupt.  A block is one sector (READ/WRITE SECTORS), or d_mult
 * sectors when the drive is in multiple mode (READ/WRITE MULTIPLE):
 * under QEMU that is three times faster, the cost being mostly one
 * interrupt per block.  LBA48 (the EXT commands) is used only where LBA28
 * cannot reach.  One command moves at most MAX_SECTORS sectors.
 *
 * Entry points: ata_rw(), ata_identify(), ata_multiple(), ata_flush().
 */
#include <stdio.h>
#include <minix/syslib.h>
#include "at_wini.h"

struct command {
	struct taskfile c_tf;
	bool c_write;		/* data goes to the device */
	unsigned c_sectors;	/* of data: 0 for none */
	unsigned c_block;	/* sectors per DRQ block */
	uint8_t *c_buf;
};

/* Move one DRQ block of n sectors. */
static void move_block(const struct channel *ch, bool write, uint8_t *data,
	unsigned n)
{
	unsigned i;

	for (i = 0; i < n; i++) {
		if (write)
			ch_pio_out(ch, data + i * SECTOR_SIZE);
		else
			ch_pio_in(ch, data + i * SECTOR_SIZE);
	}
}

/* One try: select, wait until ready, issue, move the data.  The caller
 * has armed the channel's deadline. */
static int attempt(struct drive *d, const struct command *c, uint8_t *st)
{
	struct channel *ch = d->d_chan;
	unsigned done, n;
	int r;

	ch_select(ch, c->c_tf.tf_device);
	if ((r = ch_wait(ch, W_READY, WAIT_POLL, st)) != OK)
		return r;
	ch_issue(ch, &c->c_tf);
	for (done = 0; done < c->c_sectors; done += n) {
		n = c->c_sectors - done < c->c_block ? c->c_sectors - done
			: c->c_block;
		r = ch_wait(ch, W_DATA, c->c_write && done == 0 ? WAIT_POLL
			: WAIT_IRQ, st);
		if (r != OK)
			return r;
		move_block(ch, c->c_write, c->c_buf + done * SECTOR_SIZE, n);
	}
	if (c->c_sectors > 0 && !c->c_write)
		return OK;		/* no interrupt after the last block */
	return ch_wait(ch, W_DONE, WAIT_IRQ, st);
}

static int once(struct drive *d, const struct command *c, uint32_t timeout,
	uint8_t *st)
{
	int r;

	ch_arm(d->d_chan, timeout);
	r = attempt(d, c, st);
	ch_disarm(d->d_chan);
	return r;
}

/* Put the drive in multiple mode with d_mult sectors a block. */
static int set_multiple(struct drive *d)
{
	struct command c = {
		.c_tf = { .tf_device = DEV_OBS | d->d_select,
			.tf_command = CMD_SET_MULT, .tf_count = d->d_mult } };
	uint8_t st;
	int r;

	if ((r = once(d, &c, CMD_TIMEOUT, &st)) == OK)
		d->d_mult_at = d->d_chan->c_resets;
	return r;
}

/* Multiple mode with the largest power of two up to most and MAX_MULT
 * sectors a block, or single sectors if the drive will not. */
void ata_multiple(struct drive *d, unsigned most)
{
	d->d_mult = 1;
	while (d->d_mult * 2 <= most && d->d_mult * 2 <= MAX_MULT)
		d->d_mult *= 2;
	if (d->d_mult > 1 && set_multiple(d) != OK)
		d->d_mult = 1;
}

static uint8_t rw_opcode(bool write, bool lba48, bool mult)
{
	static const uint8_t op[2][2][2] = {	/* [write][lba48][mult] */
		{ { CMD_READ, CMD_READ_MULT },
		  { CMD_READ_EXT, CMD_READ_MULT_EXT } },
		{ { CMD_WRITE, CMD_WRITE_MULT },
		  { CMD_WRITE_EXT, CMD_WRITE_MULT_EXT } },
	};

	return op[write][lba48][mult];
}

static void rw_command(const struct drive *d, int write, uint64_t lba,
	unsigned n, uint8_t *buf, struct command *c)
{
	bool lba48 = lba + n > LBA28_LIMIT;

	*c = (struct command) {
		.c_tf = { .tf_device = DEV_OBS | DEV_LBA | d->d_select
				| (lba48 ? 0 : (lba >> 24) & 0x0F),
			.tf_command = rw_opcode(write, lba48, d->d_mult > 1),
			.tf_lba48 = lba48, .tf_lba = lba, .tf_count = n },
		.c_write = write, .c_sectors = n, .c_block = d->d_mult,
		.c_buf = buf };
}

static void complain(const struct drive *d, const struct command *c, int r,
	uint8_t st, int try)
{
	printf("at_wini: %s: command 0x%02x at sector %llu failed (%s, "
		"status 0x%02x, error 0x%02x)%s\n", d->d_name,
		c->c_tf.tf_command, (unsigned long long) c->c_tf.tf_lba,
		r == -ETIMEDOUT ? "timeout" : "device error", st,
		ch_in(d->d_chan, REG_ERROR),
		try < CMD_TRIES ? "; reset, retrying" : "");
}

/* Move n sectors (1..MAX_SECTORS) at lba between the disk and buf; after
 * a failure reset the channel and try again, CMD_TRIES times in all.
 * A reset ends multiple mode: set it again first. */
int ata_rw(struct drive *d, int write, uint64_t lba, unsigned n,
	uint8_t *buf)
{
	struct command c;
	uint8_t st = 0;
	int try, r = -EIO;

	if (n == 0 || n > MAX_SECTORS || (lba + n > LBA28_LIMIT && !d->d_lba48))
		panic("at_wini: ata_rw: %u sectors at %llu", n,
			(unsigned long long) lba);
	for (try = 1; try <= CMD_TRIES; try++) {
		if (d->d_mult > 1 && d->d_mult_at != d->d_chan->c_resets
		    && set_multiple(d) != OK) {
			printf("at_wini: %s: multiple mode refused\n",
				d->d_name);
			d->d_mult = 1;
		}
		rw_command(d, write, lba, n, buf, &c);
		if ((r = once(d, &c, CMD_TIMEOUT, &st)) == OK)
			return OK;
		complain(d, &c, r, st, try);
		(void) ch_reset(d->d_chan);
	}
	return -EIO;
}

/* IDENTIFY DEVICE into sector; one try, a short deadline. */
int ata_identify(struct drive *d, uint8_t *sector)
{
	struct command c = {
		.c_tf = { .tf_device = DEV_OBS | d->d_select,
			.tf_command = CMD_IDENTIFY },
		.c_sectors = 1, .c_block = 1, .c_buf = sector };
	uint8_t st;

	return once(d, &c, ID_TIMEOUT, &st);
}

/* Make the drive's write cache reach the medium.  A drive without the
 * command aborts it; either way there is nothing more we can do. */
void ata_flush(struct drive *d)
{
	struct command c = {
		.c_tf = { .tf_device = DEV_OBS | DEV_LBA | d->d_select,
			.tf_command = d->d_lba48 ? CMD_FLUSH_EXT : CMD_FLUSH } };
	uint8_t st;

	if (once(d, &c, CMD_TIMEOUT, &st) == -ETIMEDOUT)
		(void) ch_reset(d->d_chan);
}

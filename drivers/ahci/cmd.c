/*
 * cmd.c - ATA commands through a port's slot 0: DMA reads and writes,
 * IDENTIFY DEVICE and FLUSH CACHE, each under a deadline; reads and
 * writes are tried again after a port reset.
 *
 * A command is a host-to-device register FIS in the slot's command
 * table, one PRD pointing at the bounce buffer (dma_buf) if data moves,
 * and the slot's header; setting the slot's bit in PxCI issues it, and
 * the HBA clears the bit when the device has answered.  The device's
 * status (PxTFD) and what the port reported (PxIS) say whether it went
 * well.  One command at a time in the whole driver: requests that come
 * meanwhile wait in libdriver's queue.
 *
 * Entry points: cmd_run(), ahci_rw(), ahci_identify(), ahci_flush().
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "ahci.h"

/* Keep the compiler from moving memory accesses across the HBA's. */
#define barrier()	__asm__ volatile("" ::: "memory")

/* Fill slot 0's header and table with c. */
static void build(struct drive *d, const struct ata_cmd *c)
{
	struct cmd_header *h = (struct cmd_header *) (d->d_mem + MEM_CLB);
	uint8_t *table = d->d_mem + MEM_CT;
	struct prd *prd = (struct prd *) (table + CT_PRDT);
	bool data = c->ac_bytes > 0;

	memset(table, 0, CT_PRDT + sizeof(*prd));
	fis_build(table + CT_CFIS, c);
	if (data) {
		prd->prd_dba = dma_buf_phys;
		prd->prd_dbc = c->ac_bytes - 1;
	}
	h->ch_flags = CH_CFL_H2D | (c->ac_write ? CH_WRITE : 0)
		| CH_PRDTL(data ? 1 : 0);
	h->ch_prdbc = 0;
	h->ch_ctba = d->d_mem_phys + MEM_CT;
	h->ch_ctbau = 0;
}

/* Issue c and wait until it ends: OK, -EIO (the device or the HBA
 * reported an error) or -ETIMEDOUT. */
int cmd_run(struct drive *d, const struct ata_cmd *c)
{
	int p = d->d_port, r = OK;
	uint32_t is = 0;

	if (c->ac_bytes > XFER_BYTES)
		panic("ahci: cmd_run: %u bytes", c->ac_bytes);
	if (!d->d_started && (r = port_start(d)) != OK)
		return r;
	build(d, c);
	(void) hba_take_is(p);
	barrier();
	wait_arm(CMD_TIMEOUT);
	px_wr(p, PX_CI, 1);
	for (;;) {
		is |= hba_take_is(p);
		if (is & IS_ERRORS) {
			r = -EIO;
			break;
		}
		if (!(px_rd(p, PX_CI) & 1))
			break;
		if ((r = wait_event(false)) != OK)
			break;
	}
	wait_disarm();
	barrier();
	if (r == OK && (px_rd(p, PX_TFD) & TFD_ERR))
		r = -EIO;
	return r;
}

static void complain(const struct drive *d, const struct ata_cmd *c, int r,
	int try)
{
	uint32_t tfd = px_rd(d->d_port, PX_TFD);

	printf("ahci: %s: command 0x%02x at sector %llu failed (%s, "
		"status 0x%02x, error 0x%02x)%s\n", d->d_name, c->ac_command,
		(unsigned long long) c->ac_lba,
		r == -ETIMEDOUT ? "timeout" : "device error", tfd & 0xFF,
		(tfd >> 8) & 0xFF, try < CMD_TRIES ? "; reset, retrying" : "");
}

static uint8_t rw_opcode(bool write, bool lba48)
{
	if (write)
		return lba48 ? ATA_WRITE_DMA_EXT : ATA_WRITE_DMA;
	return lba48 ? ATA_READ_DMA_EXT : ATA_READ_DMA;
}

/* Move n sectors (1..XFER_SECTORS) at lba between the disk and the
 * bounce buffer; after a failure reset the port and try again, CMD_TRIES
 * times in all. */
int ahci_rw(struct drive *d, int write, uint64_t lba, unsigned n)
{
	bool lba48 = d->d_lba48 || lba + n > LBA28_LIMIT;
	struct ata_cmd c = {
		.ac_command = rw_opcode(write, lba48), .ac_write = write,
		.ac_lba48 = lba48, .ac_lba = lba, .ac_count = n,
		.ac_bytes = n * SECTOR_SIZE };
	int try, r = -EIO;

	if (n == 0 || n > XFER_SECTORS || lba + n > d->d_sectors)
		panic("ahci: ahci_rw: %u sectors at %llu", n,
			(unsigned long long) lba);
	for (try = 1; try <= CMD_TRIES; try++) {
		if ((r = cmd_run(d, &c)) == OK)
			return OK;
		complain(d, &c, r, try);
		if (port_reset(d) != OK)
			printf("ahci: %s: the port does not come back\n",
				d->d_name);
	}
	return -EIO;
}

/* IDENTIFY DEVICE into the bounce buffer: one try. */
int ahci_identify(struct drive *d)
{
	struct ata_cmd c = { .ac_command = ATA_IDENTIFY,
		.ac_bytes = SECTOR_SIZE };

	return cmd_run(d, &c);
}

/* Make the disk's write cache reach the medium.  A disk without the
 * command aborts it; either way there is nothing more to do. */
void ahci_flush(struct drive *d)
{
	struct ata_cmd c = {
		.ac_command = d->d_lba48 ? ATA_FLUSH_EXT : ATA_FLUSH };

	if (cmd_run(d, &c) != OK)
		(void) port_reset(d);
}

/*
 * port.c - a SATA port: started with its memory, stopped, reset after a
 * failed command, and probed for a disk.
 *
 * Each port with a disk has one page of DMA memory: the command list
 * (of whose 32 slots we use slot 0: one command at a time), the area the
 * HBA stores the device's FISes in, and the command table of slot 0.
 * Port p's disk is /dev/c0dp (minors as at_wini's), so a disk keeps its
 * name when the same -drive index moves between QEMU's pc (IDE) and q35
 * (AHCI) machines.
 *
 * A port is started with this instance's memory before its first command
 * (cmd_run): at probe time, or after a live update (lu.c), whose old
 * version stops the ports, and whose new one may not touch them before
 * it is the service.
 *
 * Entry points: port_stop(), port_start(), port_reset(), port_probe(),
 * port_memory().
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include "ahci.h"

_Static_assert(MEM_CT + CT_PRDT + sizeof(struct prd) <= MEM_SIZE,
	"a port's structures fit its page");

/* Poll the port until (reg & mask) == want, a tick at a time; the
 * deadline is armed by the caller. */
static int poll_until(int port, uint32_t reg, uint32_t mask, uint32_t want)
{
	int r = OK;

	while ((px_rd(port, reg) & mask) != want && r == OK)
		r = wait_event(true);
	return r;
}

/* Stop the command list and FIS receive engines (AHCI 10.1.2). */
int port_stop(int port)
{
	int r;

	wait_arm(STOP_TIMEOUT);
	px_wr(port, PX_CMD, px_rd(port, PX_CMD) & ~CMD_ST);
	r = poll_until(port, PX_CMD, CMD_CR, 0);
	px_wr(port, PX_CMD, px_rd(port, PX_CMD) & ~CMD_FRE);
	if (r == OK)
		r = poll_until(port, PX_CMD, CMD_FR, 0);
	wait_disarm();
	return r;
}

/* Point the stopped port at d's memory, let it receive FISes, clear
 * what it reported, and once the device is not busy, start it. */
int port_start(struct drive *d)
{
	int p = d->d_port, r;

	px_wr(p, PX_CLB, d->d_mem_phys + MEM_CLB);
	px_wr(p, PX_CLBU, 0);
	px_wr(p, PX_FB, d->d_mem_phys + MEM_FB);
	px_wr(p, PX_FBU, 0);
	px_wr(p, PX_CMD, px_rd(p, PX_CMD) | CMD_SUD | CMD_POD | CMD_FRE);
	px_wr(p, PX_SERR, 0xFFFFFFFFu);
	(void) hba_take_is(p);
	px_wr(p, PX_IE, IE_WANTED);
	wait_arm(RESET_TIMEOUT);
	r = poll_until(p, PX_TFD, TFD_BSY | TFD_DRQ, 0);
	wait_disarm();
	if (r != OK)
		return r;
	px_wr(p, PX_CMD, px_rd(p, PX_CMD) | CMD_ST);
	d->d_started = true;
	return OK;
}

/* COMRESET: the device is reset from the link (AHCI 10.4.2). */
static int comreset(int p)
{
	int r;

	px_wr(p, PX_SCTL, (px_rd(p, PX_SCTL) & ~0x0Fu) | SCTL_DET_INIT);
	wait_arm(LINK_TIMEOUT);
	(void) wait_event(true);	/* hold it at least 1 ms */
	px_wr(p, PX_SCTL, px_rd(p, PX_SCTL) & ~0x0Fu);
	r = poll_until(p, PX_SSTS, 0x0F, DET_PRESENT);
	wait_disarm();
	return r;
}

/* After a failed or timed-out command: stop the port (which ends the
 * command), reset the device if it stays busy, and start again. */
int port_reset(struct drive *d)
{
	int p = d->d_port, r;

	d->d_started = false;
	r = port_stop(p);
	if (r != OK || (px_rd(p, PX_TFD) & (TFD_BSY | TFD_DRQ)))
		if ((r = comreset(p)) != OK)
			return r;
	return port_start(d);
}

/* The model string of IDENTIFY's words 27-46: bytes swapped, padded. */
static void take_model(struct drive *d, const uint16_t *id)
{
	int i, n = 40;

	for (i = 0; i < 20; i++) {
		d->d_model[2 * i] = id[ID_MODEL + i] >> 8;
		d->d_model[2 * i + 1] = id[ID_MODEL + i] & 0xFF;
	}
	while (n > 0 && (d->d_model[n - 1] == ' ' || d->d_model[n - 1] == 0))
		n--;
	d->d_model[n] = '\0';
}

/* What IDENTIFY DEVICE (in the bounce buffer) says; false if the disk
 * is one we cannot serve, and then why is on the console. */
static bool take_identity(struct drive *d)
{
	const uint16_t *id = (const uint16_t *) dma_buf;

	take_model(d, id);
	if ((id[ID_CONFIG] & 0x8000) || !(id[ID_CAPS] & 0x0200)) {
		printf("ahci: %s: %s is no LBA disk; left alone\n",
			d->d_name, d->d_model);
		return false;
	}
	if ((id[ID_SECSIZE] & 0xD000) == 0x5000) {
		printf("ahci: %s: sectors larger than %d bytes; left alone\n",
			d->d_name, SECTOR_SIZE);
		return false;
	}
	d->d_lba48 = (id[ID_CMDSET2] & 0x0400) != 0;
	if (d->d_lba48)
		d->d_sectors = id[ID_LBA48] | (uint32_t) id[ID_LBA48 + 1] << 16
			| (uint64_t) id[ID_LBA48 + 2] << 32
			| (uint64_t) id[ID_LBA48 + 3] << 48;
	else
		d->d_sectors = id[ID_LBA28] | (uint32_t) id[ID_LBA28 + 1] << 16;
	return d->d_sectors > 0;
}

/* The port's memory (once: a restarted driver starts with none). */
int port_memory(struct drive *d)
{
	phys_bytes phys;
	int r;

	if (d->d_mem != NULL)
		return OK;
	if ((r = alloc_dma(MEM_SIZE, (void **) &d->d_mem, &phys)) != OK)
		return r;
	d->d_mem_phys = phys;
	return OK;
}

/* Is there an ATA disk on port p we can serve?  Then d describes it. */
void port_probe(int p, struct drive *d)
{
	uint32_t sig;
	int r;

	if (SSTS_DET(px_rd(p, PX_SSTS)) != DET_PRESENT)
		return;				/* nothing there */
	if ((r = port_memory(d)) != OK || (r = port_start(d)) != OK) {
		printf("ahci: %s: the port does not start (%d)\n",
			d->d_name, r);
		return;
	}
	if ((sig = px_rd(p, PX_SIG)) != SIG_ATA) {
		printf("ahci: %s: %s, left alone\n", d->d_name,
			sig == SIG_ATAPI ? "ATAPI device" : "not a disk");
		d->d_started = false;
		(void) port_stop(p);
		return;
	}
	if ((r = ahci_identify(d)) != OK || !take_identity(d)) {
		if (r != OK)
			printf("ahci: %s: no answer to IDENTIFY\n", d->d_name);
		d->d_started = false;
		(void) port_stop(p);
		return;
	}
	d->d_present = true;
	d->d_part[0] = (struct part) { .p_base = 0, .p_sectors = d->d_sectors };
	printf("ahci: %s: %s, %llu sectors (%llu MiB)%s\n", d->d_name,
		d->d_model, (unsigned long long) d->d_sectors,
		(unsigned long long) (d->d_sectors >> 11),
		d->d_lba48 ? ", LBA48" : "");
}

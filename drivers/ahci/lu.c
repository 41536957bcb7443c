/*
 * lu.c - the AHCI driver across a live update.
 *
 * Between two requests (libdriver's work-free state) no command is in
 * flight.  The old version stops its ports' engines (their memory is its
 * own, and goes with it) and hands over what it knows: where the
 * controller's registers are, the interrupt hook (which stays with the
 * endpoint), and the drives as probed.  The new version maps the
 * registers and allocates its own memory, touching nothing: if it fails
 * and the old one goes on, that one restarts its ports with its memory
 * before its next command, as the new one does with its own once it is
 * the service (cmd_run starts a port that is not started).
 *
 * Entry points: ahci_lu_register(), ahci_lu_init().
 */
#include <string.h>
#include <minix/syslib.h>
#include "ahci.h"

#define AHCI_RECORD_V1	1
#define POLL_MAX	100000		/* register reads before giving up */

struct ahci_record {
	struct hba_info r_hba;
	struct drive r_drive[NR_DRIVES];	/* without their memory */
};

/* Clear ST and FRE of an idle port and see the engines stop. */
static int stop_idle(int p)
{
	int i;

	px_wr(p, PX_CMD, px_rd(p, PX_CMD) & ~(CMD_ST | CMD_FRE));
	for (i = 0; i < POLL_MAX && (px_rd(p, PX_CMD) & (CMD_CR | CMD_FR));
	     i++)
		;
	return (px_rd(p, PX_CMD) & (CMD_CR | CMD_FR)) ? -EBUSY : OK;
}

static int lu_save(int state, uint32_t *version)
{
	struct ahci_record rec;
	int i, r;

	for (i = 0; i < NR_DRIVES; i++) {
		if (!drives[i].d_started)
			continue;
		drives[i].d_started = false;	/* again before a command */
		if ((r = stop_idle(drives[i].d_port)) != OK)
			return r;
	}
	*version = AHCI_RECORD_V1;
	rec.r_hba = hba;
	memcpy(rec.r_drive, drives, sizeof(rec.r_drive));
	for (i = 0; i < NR_DRIVES; i++) {	/* an address is no record */
		rec.r_drive[i].d_mem = NULL;
		rec.r_drive[i].d_mem_phys = 0;
	}
	return sef_lu_put(&rec, sizeof(rec));
}

static int lu_restore(uint32_t version, size_t len)
{
	struct ahci_record rec;
	int r;

	if (version != AHCI_RECORD_V1 || len != sizeof(rec))
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	hba = rec.r_hba;
	memcpy(drives, rec.r_drive, sizeof(drives));
	return OK;
}

void ahci_lu_register(void)
{
	sef_setcb_lu_state_save(lu_save);
	sef_setcb_lu_state_restore(lu_restore);
}

/* The new version's init: the registers and memory of its own. */
int ahci_lu_init(void)
{
	int i, r;

	if ((r = hba_map()) != OK || (r = dma_buf_alloc()) != OK)
		return r;
	for (i = 0; i < NR_DRIVES; i++)
		if (drives[i].d_present && (r = port_memory(&drives[i])) != OK)
			return r;
	return OK;
}

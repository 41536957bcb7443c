/*
 * lu.c - the e1000 driver across a live update.
 *
 * The old version stops the card without resetting it: once the card
 * has sent what it was given, its receiver keeps no descriptor (the
 * frames it filled are taken out by libnetdriver).  Its part of the
 * record is what it knows of the card - where the registers are, the
 * interrupt hook (which stays with the endpoint, and so reaches the new
 * version) - and its counters.  The new version maps the registers and
 * makes its own rings, touching nothing; once it is the service it
 * points the card at them.  The card's address, mode and link stay as
 * they were.
 *
 * Entry points: e1000_lu_register(), e1000_lu_suspend(),
 * e1000_lu_resume(), e1000_lu_init(), e1000_lu_takeover().
 */
#include <minix/syslib.h>
#include "e1000.h"

#define E1000_RECORD_V1	1
#define POLL_MAX	100000		/* register reads before giving up */

static int lu_save(int state, uint32_t *version)
{
	*version = E1000_RECORD_V1;
	return sef_lu_put(&e1000_card, sizeof(e1000_card));
}

static int lu_restore(uint32_t version, size_t len)
{
	if (version != E1000_RECORD_V1 || len != sizeof(e1000_card))
		return -ENOTSUP;
	return sef_lu_get(&e1000_card, sizeof(e1000_card));
}

void e1000_lu_register(void)
{
	sef_setcb_lu_state_save(lu_save);
	sef_setcb_lu_state_restore(lu_restore);
}

/* What the card was given goes out first (its head reaches the tail);
 * then its receiver stops. */
int e1000_lu_suspend(void)
{
	int i;

	for (i = 0; i < POLL_MAX && e1000_rd(REG_TDH) != e1000_rd(REG_TDT);
	     i++)
		;
	if (e1000_rd(REG_TDH) != e1000_rd(REG_TDT))
		return -EBUSY;
	rings_reclaim();
	rings_rx_stop();
	return OK;
}

void e1000_lu_resume(void)
{
	rings_rx_resume();
}

int e1000_lu_init(void)
{
	int r;

	if ((r = e1000_map()) != OK)
		return r;
	return rings_init();
}

/* The rings are ours.  (The manual wants the receiver off while its
 * ring moves; turning it off and on costs QEMU's e1000 a second without
 * frames, and the card holds none in flight here: both halves are idle
 * and own no descriptor.) */
void e1000_lu_takeover(void)
{
	rings_start();
}

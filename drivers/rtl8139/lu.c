/*
 * lu.c - the rtl8139 driver across a live update.
 *
 * The old version stops the card without resetting it: once the card
 * has sent every slot it was given, its receiver stops (the frames in
 * the ring are taken out by libnetdriver).  Its part of the record is
 * what it knows of the card - its ports, the interrupt hook (which
 * stays with the endpoint, and so reaches the new version), the
 * transmit slot the card is at - and its counters.  The new version
 * makes its own ring and slots, touching nothing; once it is the
 * service it points the card at them and starts the receiver again.
 * The card's address and mode stay as they were.
 *
 * Entry points: rl_lu_register(), rl_lu_suspend(), rl_lu_resume(),
 * rl_lu_init(), rl_lu_takeover().
 */
#include <minix/syslib.h>
#include "rtl8139.h"

#define RL_RECORD_V1	1
#define POLL_MAX	10000		/* register reads before giving up */

static int lu_save(int state, uint32_t *version)
{
	*version = RL_RECORD_V1;
	return sef_lu_put(&rl_card, sizeof(rl_card));
}

static int lu_restore(uint32_t version, size_t len)
{
	if (version != RL_RECORD_V1 || len != sizeof(rl_card))
		return -ENOTSUP;
	return sef_lu_get(&rl_card, sizeof(rl_card));
}

void rl_lu_register(void)
{
	sef_setcb_lu_state_save(lu_save);
	sef_setcb_lu_state_restore(lu_restore);
}

int rl_lu_suspend(void)
{
	int i;

	for (i = 0; i < POLL_MAX && !rxtx_tx_idle(); i++)
		;
	if (!rxtx_tx_idle())
		return -EBUSY;
	rxtx_rx_stop();
	return OK;
}

void rl_lu_resume(void)
{
	rxtx_rx_resume();
}

int rl_lu_init(void)
{
	return rxtx_init();
}

void rl_lu_takeover(void)
{
	rxtx_takeover();
}

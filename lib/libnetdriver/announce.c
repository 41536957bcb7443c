/*
 * announce.c - a network driver's start: the SEF handshake, the card's
 * initialisation, and the announcement in DS.
 *
 * The driver's ndr_init runs at the first start, after every restart
 * and for a live update alike: each instance takes the card over from
 * whatever state it is in.  Then netdriver_announce() publishes
 * DS_DRV_NET "<label>" (a client such as INET subscribes to it and
 * configures the new instance).  A restarted instance first releases
 * anyone still blocked on the dead one (statectl).  SIGTERM stops the
 * card's DMA before the driver exits.
 *
 * Entry points: nd_startup() (for netdriver.c), netdriver_announce().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <signal.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include "netdriver_impl.h"


static bool restarted;

/* The card's initialisation; a failure other than a missing card (the
 * driver says that itself) is said here, once per attempt. */
static int init(int type, sef_init_info_t *info)
{
	int r;

	restarted = (type == SEF_INIT_RESTART);
	nd_client_start(restarted);
	r = nd_driver->ndr_init(nd_hwaddr);
	if (r != OK && r != -ENODEV)
		printf("%s: cannot start the card: %s\n", nd_driver->ndr_name,
			strerror(-r));
	return r;
}

static void stop(int signo)
{
	if (signo != SIGTERM)
		return;
	if (nd_driver->ndr_stop != NULL)
		nd_driver->ndr_stop();
	exit(0);
}

void nd_startup(void)
{
	sef_setcb_init_fresh(init);
	sef_setcb_init_restart(init);
	sef_setcb_init_lu(init);
	sef_setcb_signal_handler(stop);
	sef_startup();
	netdriver_announce();
}

void netdriver_announce(void)
{
	char key[DS_MAX_KEYLEN];
	const char *label = sef_self_label();
	int r;

	if (restarted)
		(void) sys_statectl(SYS_STATE_CLEAR_IPC_REFS);
	if (label[0] == '\0')
		return;			/* not started by RS: no one listens */
	snprintf(key, sizeof(key), "%s%s", DS_DRV_NET, label);
	if ((r = ds_publish_u32(key, DS_DRIVER_UP, DSF_OVERWRITE)) != OK)
		printf("%s: cannot announce myself: %d\n", label, r);
}

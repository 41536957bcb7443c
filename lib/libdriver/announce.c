/*
 * announce.c - a driver tells the system it is up.
 *
 * driver_announce() publishes "drv.vfs.<label>" in DS (VFS and the file
 * servers subscribe to it).  After a restart it first releases everyone
 * still blocked on the old instance (statectl), and from then on answers
 * ERESTART to requests from a client that has not opened the device
 * again: such requests were meant for the previous instance, whose state
 * is gone.
 */
#include <stdio.h>
#include <string.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/driver.h>
#include "driver_impl.h"

bool drv_restarted;		/* this instance replaces a dead one */
static bool updated;		/* ... a live one, at its endpoint */
static sef_cb_init_t driver_init;

static int init_wrapper(int type, sef_init_info_t *info)
{
	drv_restarted = (type == SEF_INIT_RESTART);
	updated = (type == SEF_INIT_LU);
	return driver_init != NULL ? driver_init(type, info) : OK;
}

/* Start as a driver: SEF's handshake with RS (init is the driver's own
 * initialisation, for a fresh start, a restart and a live update alike,
 * told which by its type), then the announcement - but not after a live
 * update: the driver has the endpoint its clients know, and what they
 * had open is still open. */
void driver_startup(sef_cb_init_t init)
{
	driver_init = init;
	sef_setcb_init_fresh(init_wrapper);
	sef_setcb_init_restart(init_wrapper);
	sef_setcb_init_lu(init_wrapper);
	drv_lu_register();
	sef_startup();
	if (!updated)
		driver_announce();
}

void driver_announce(void)
{
	char key[DS_MAX_KEYLEN];
	const char *label = sef_self_label();
	int r;

	if (drv_restarted) {
		(void) sys_statectl(SYS_STATE_CLEAR_IPC_REFS);
		drv_reopen_start();
	}
	if (label[0] == '\0')
		return;			/* not started by RS: no one listens */
	snprintf(key, sizeof(key), "%s%s", DS_DRV_VFS, label);
	if ((r = ds_publish_u32(key, DS_DRIVER_UP, DSF_OVERWRITE)) != OK)
		printf("%s: cannot announce myself: %d\n", label, r);
}

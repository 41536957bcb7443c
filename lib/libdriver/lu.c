/*
 * lu.c - a driver's live update, libdriver's part of it.
 *
 * A driver is work free (state 1) when libdriver is between requests:
 * not inside one, where a driver waiting for its device receives too
 * (driver_receive).  It is request free (state 2) when, besides, no
 * character request waits for an answer (one its driver answered
 * -EDONTREPLY and not yet with driver_reply()); a protocol-free state
 * or the driver's own are its prepare callback's to judge.  While it
 * prepares for state 2 or 3, the requests that come are queued
 * (driver_mq_queue), not served, so that those in progress can end;
 * if the update does not happen, sef_receive() returns -EINTR and the
 * loop serves them.
 *
 * libdriver's part of the state record is its queue (what came during a
 * wait for the device or the preparation, not yet served), the count of
 * requests waiting for an answer, and after a restart which clients
 * have opened again.  The new version serves the queue once it is the
 * service: the first thing driver_receive_mq() does is to confirm the
 * update (sef_lu_confirm).  A driver keeps the rest of what it knows
 * (a suspended request, a device's settings) in its own part.
 *
 * Entry points: drv_lu_register(), drv_lu_holding(), drv_lu_hold().
 */
#include <minix/syslib.h>
#include <minix/driver.h>
#include "driver_impl.h"

#define DRIVER_PART_VERSION	1

bool drv_busy;			/* inside a request */
int drv_outstanding;		/* character requests not answered yet */

/* Does a preparation hold new requests back?  For the request-free
 * and protocol-free states; a state of the driver's own is its own
 * business. */
bool drv_lu_holding(void)
{
	int state = sef_lu_state();

	return state == SEF_LU_STATE_REQUEST_FREE
		|| state == SEF_LU_STATE_PROTOCOL_FREE;
}

/* Queue m instead of serving it, if a preparation holds requests back
 * (a cancel still goes through: it ends a request).  True if queued. */
bool drv_lu_hold(const message *m)
{
	if (!drv_lu_holding() || m->m_type == CDEV_CANCEL)
		return false;
	return driver_mq_queue(m) == OK;
}

static int lu_prepare(int state)
{
	if (drv_busy)
		return -ENOTREADY;
	if (state >= SEF_LU_STATE_REQUEST_FREE && drv_outstanding > 0)
		return -ENOTREADY;
	return OK;
}

static int lu_save(int state, uint32_t *version)
{
	struct drv_reopen t;
	int r;

	*version = DRIVER_PART_VERSION;
	drv_reopen_get(&t);
	if ((r = sef_lu_put(&drv_outstanding, sizeof(drv_outstanding))) != OK
	    || (r = sef_lu_put(&t, sizeof(t))) != OK)
		return r;
	return drv_mq_save();
}

static int lu_restore(uint32_t version, size_t len)
{
	struct drv_reopen t;
	int r;

	if (version != DRIVER_PART_VERSION)
		return -ENOTSUP;
	if ((r = sef_lu_get(&drv_outstanding, sizeof(drv_outstanding))) != OK
	    || (r = sef_lu_get(&t, sizeof(t))) != OK
	    || (r = drv_reopen_set(&t)) != OK)
		return r;
	return drv_mq_restore();
}

static const struct sef_lu_part driver_part = {
	.tag = SEF_LU_PART_DRIVER,
	.prepare = lu_prepare,
	.save = lu_save,
	.restore = lu_restore,
	.updatable = true,
};

void drv_lu_register(void)
{
	sef_lu_add_part(&driver_part);
}

/*
 * asynsend.c - send without ever blocking, and without losing the
 * message: a table of asynchronous messages (senda) that the kernel
 * delivers whenever each receiver is ready.
 *
 * Servers answer clients this way, so a slow or stuck client can never
 * stop a server.  Entries the kernel has finished are reused.
 *
 * A live update must not lose the messages still in the table when the
 * service stops, nor deliver them twice: they are taken back from the
 * kernel and travel in the state record (sef_asyn_part); the new
 * version sends them once it is the service, or this instance again if
 * the update does not happen.  Either way they come from the service's
 * one endpoint, in the order they were sent.
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include "sef_impl.h"

#define ASYN_SLOTS	64

static asynmsg_t table[ASYN_SLOTS];
static int used;		/* entries handed to the kernel */

/* Drop finished entries from the end, so the table the kernel scans
 * stays short. */
static void trim(void)
{
	while (used > 0 && !(table[used - 1].flags & AMF_VALID))
		used--;
	while (used > 0 && (table[used - 1].flags & AMF_DONE)) {
		table[used - 1].flags = AMF_EMPTY;
		used--;
	}
}

/* Returns OK (the message is delivered or will be), or the error the
 * kernel found at once (EDEADSRCDST: no such receiver). */
int asynsend3(endpoint_t dst, const message *m, int flags)
{
	int i, r;

	trim();
	/* After every message still pending for dst: the kernel scans the
	 * table in order, so one receiver gets our messages in the order
	 * we sent them. */
	for (i = used; i > 0; i--)
		if (table[i - 1].dst == dst && (table[i - 1].flags
		    & (AMF_VALID | AMF_DONE)) == AMF_VALID)
			break;
	for (; i < used; i++)
		if (table[i].flags == AMF_EMPTY || (table[i].flags & AMF_DONE))
			break;
	if (i == used) {
		if (used == ASYN_SLOTS)
			return -ENOSPC;
		used++;
	}
	table[i].dst = dst;
	table[i].msg = *m;
	table[i].result = 0;
	table[i].flags = AMF_VALID | flags;
	if ((r = ipc_senda(table, used)) != OK)
		return r;
	/* A receiver that does not exist is known at once. */
	if ((table[i].flags & AMF_DONE) && table[i].result != OK)
		return table[i].result;
	return OK;
}

int asynsend(endpoint_t dst, const message *m)
{
	return asynsend3(dst, m, 0);
}

/* --- live update ------------------------------------------------------ */

#define HELD_VERSION	1

struct held {
	endpoint_t dst;
	uint32_t flags;			/* AMF_NOREPLY, as sent */
	message msg;
};

static struct held held[ASYN_SLOTS];
static int nr_held;

/* Take the undelivered messages back (the kernel reads an empty table
 * from now on, so none can slip out meanwhile) and write them down. */
static int lu_save(int state, uint32_t *version)
{
	int i, r;

	*version = HELD_VERSION;
	(void) ipc_senda(table, 0);
	nr_held = 0;
	for (i = 0; i < used; i++) {
		if ((table[i].flags & (AMF_VALID | AMF_DONE)) != AMF_VALID)
			continue;
		held[nr_held].dst = table[i].dst;
		held[nr_held].flags = table[i].flags & AMF_NOREPLY;
		held[nr_held].msg = table[i].msg;
		nr_held++;
	}
	memset(table, 0, sizeof(table));
	used = 0;
	if ((r = sef_lu_put(&nr_held, sizeof(nr_held))) != OK)
		return r;
	return sef_lu_put(held, nr_held * sizeof(held[0]));
}

static int lu_restore(uint32_t version, size_t len)
{
	int r, n;

	if (version != HELD_VERSION)
		return -ENOTSUP;
	if ((r = sef_lu_get(&n, sizeof(n))) != OK)
		return r;
	if (n < 0 || n > ASYN_SLOTS)
		return -EINVAL;
	if ((r = sef_lu_get(held, n * sizeof(held[0]))) != OK)
		return r;
	nr_held = n;
	return OK;
}

/* Send what was held: the new version once it is the service, or the
 * old one when the update does not happen. */
static void send_held(void)
{
	int i;

	for (i = 0; i < nr_held; i++)
		(void) asynsend3(held[i].dst, &held[i].msg, held[i].flags);
	nr_held = 0;
}

const struct sef_lu_part sef_asyn_part = {
	.tag = SEF_LU_PART_ASYN,
	.save = lu_save,
	.restore = lu_restore,
	.commit = send_held,
	.resume = send_held,
};

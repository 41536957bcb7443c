/*
 * asynsend.c - send without ever blocking, and without losing the
 * message: a table of asynchronous messages (senda) that the kernel
 * delivers whenever each receiver is ready.
 *
 * Servers answer clients this way, so a slow or stuck client can never
 * stop a server.  Entries the kernel has finished are reused.
 */
#include <string.h>
#include <minix/syslib.h>

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

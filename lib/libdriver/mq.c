/*
 * mq.c - the driver's message queue.
 *
 * A driver that waits for its device inside a request (at_wini waits for
 * the disk's interrupt) must keep receiving from ANY: RS's heartbeat
 * has to be answered.  A request from another client that arrives then
 * cannot be served yet; the driver queues it with driver_mq_queue(), its
 * sender still blocked, and driver_task() takes it from the queue before
 * it receives anything new - through the same checks and dispatch as a
 * request that arrived just then (driver_receive_mq()).
 *
 * A live update being prepared for state 2 or up queues new requests
 * here too, and nothing is taken out until it is over (lu.c).  What is
 * queued when the driver stops travels in the state record; the new
 * version serves it once it is the service.
 *
 * Entry points: driver_mq_queue(), driver_receive_mq(),
 * drv_reply_receive_mq(), drv_mq_save(), drv_mq_restore().
 */
#include <minix/syslib.h>
#include <minix/driver.h>
#include "driver_impl.h"

#define MQ_SIZE	32		/* more waiting clients than that: EIO */

static message queue[MQ_SIZE];
static int head, len;

int driver_mq_queue(const message *m)
{
	if (len == MQ_SIZE)
		return -ENOSPC;
	queue[(head + len) % MQ_SIZE] = *m;
	len++;
	return OK;
}

/* The oldest queued message from src (ANY: any), taken out of the
 * queue; false if there is none. */
static bool take(endpoint_t src, message *m)
{
	int i, at;

	for (i = 0; i < len; i++) {
		at = (head + i) % MQ_SIZE;
		if (src != ANY && queue[at].m_source != src)
			continue;
		*m = queue[at];
		for (; i < len - 1; i++)	/* close the gap */
			queue[(head + i) % MQ_SIZE] =
				queue[(head + i + 1) % MQ_SIZE];
		len--;
		return true;
	}
	return false;
}

/* The next message: a queued one first, unless a live update holds
 * them back.  (A new version confirms its update before it serves what
 * the old one queued.) */
int driver_receive_mq(endpoint_t src, message *m)
{
	sef_lu_confirm();
	if (!drv_lu_holding() && take(src, m))
		return OK;
	return driver_receive(src, m);
}

/* driver_receive_mq(), answering dst with m first (NONE: no one), as
 * ipc_sendnb() does.  When nothing is queued and no update is under way
 * the answer and the receive are one call (sef_reply_receive); an
 * update's confirmation may bring a queue with it, so then the answer
 * goes on its own first. */
int drv_reply_receive_mq(endpoint_t dst, endpoint_t src, message *m)
{
	if (dst == NONE)
		return driver_receive_mq(src, m);
	if (len == 0 && sef_lu_idle())
		return sef_reply_receive(dst, m, src, NULL);
	(void) ipc_sendnb(dst, m);
	return driver_receive_mq(src, m);
}

/* The queue, oldest first, into the state record. */
int drv_mq_save(void)
{
	int i, r;

	if ((r = sef_lu_put(&len, sizeof(len))) != OK)
		return r;
	for (i = 0; i < len; i++)
		if ((r = sef_lu_put(&queue[(head + i) % MQ_SIZE],
		    sizeof(message))) != OK)
			return r;
	return OK;
}

int drv_mq_restore(void)
{
	int i, n, r;

	if ((r = sef_lu_get(&n, sizeof(n))) != OK)
		return r;
	if (n < 0 || n > MQ_SIZE)
		return -EINVAL;
	for (i = 0; i < n; i++)
		if ((r = sef_lu_get(&queue[i], sizeof(message))) != OK)
			return r;
	head = 0;
	len = n;
	return OK;
}

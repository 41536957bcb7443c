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
 * Entry points: driver_mq_queue(), driver_receive_mq().
 */
#include <minix/syslib.h>
#include <minix/driver.h>
#include "driver_impl.h"

#define MQ_SIZE	16		/* more waiting clients than that: EIO */

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

int driver_receive_mq(endpoint_t src, message *m)
{
	if (take(src, m))
		return OK;
	return driver_receive(src, m);
}

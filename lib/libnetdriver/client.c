/*
 * client.c - who may make requests: the client, the last process that
 * configured this instance (NDEV_CONF).
 *
 * A request from anyone else is refused before it is looked at.  After a
 * restart the refusal is ERESTART rather than ENOTCONN: the kernel never
 * delivers to this instance what was sent to the dead one (an endpoint
 * carries its generation), but a client that learnt the new endpoint
 * without configuring it still acts on what it had with the old one -
 * receives it thinks are waiting, a mode it thinks is set.  ERESTART
 * tells it to configure again and send its receives again.
 *
 * Entry points: nd_client_start(), nd_client_check(), nd_client_set(),
 * nd_client().
 */
#include <errno.h>
#include "netdriver_impl.h"

static endpoint_t client = NONE;
static bool restarted;		/* this instance replaces a dead one */

void nd_client_start(bool restart)
{
	client = NONE;
	restarted = restart;
}

/* OK if who may make requests other than NDEV_CONF. */
int nd_client_check(endpoint_t who)
{
	if (who == client && client != NONE)
		return OK;
	return restarted ? -ERESTART : -ENOTCONN;
}

/* who configured us: it is the client now.  Returns the former one (NONE
 * if it was none or the same). */
endpoint_t nd_client_set(endpoint_t who)
{
	endpoint_t old = client;

	client = who;
	return old != who ? old : NONE;
}

endpoint_t nd_client(void)
{
	return client;
}

/*
 * reopen.c - after a restart, each client opens again before it is
 * served.
 *
 * A restarted driver has forgotten what its clients (VFS, and the file
 * servers of block devices) had open.  Until a client sends this
 * instance an open, its other requests are answered ERESTART; the
 * client then opens what it uses and sends them again.  Each client is
 * judged on its own, so one client's open does not let another's stale
 * request through.  Clients are few (VFS and a file server per mount):
 * if the table fills, every client is served.  A live update carries
 * the table over (drv_reopen_get, drv_reopen_set).
 */
#include <errno.h>
#include "driver_impl.h"

static bool pending;			/* restarted: clients must re-open */
static endpoint_t reopened[NR_CLIENTS];	/* ... these have */
static int nr_reopened;

void drv_reopen_start(void)
{
	pending = true;
	nr_reopened = 0;
}

/* Must a request from client be refused (ERESTART) until it opens?  An
 * open (is_open) is never refused: it is what ends the wait. */
bool drv_reopen_needed(endpoint_t client, bool is_open)
{
	int i;

	if (!pending)
		return false;
	for (i = 0; i < nr_reopened; i++)
		if (reopened[i] == client)
			return false;
	if (!is_open)
		return true;
	if (nr_reopened == NR_CLIENTS)
		pending = false;	/* no room to tell: serve everyone */
	else
		reopened[nr_reopened++] = client;
	return false;
}

/* The table, for a live update's state record (lu.c). */
void drv_reopen_get(struct drv_reopen *t)
{
	int i;

	t->pending = pending;
	t->nr = nr_reopened;
	for (i = 0; i < nr_reopened; i++)
		t->clients[i] = reopened[i];
}

int drv_reopen_set(const struct drv_reopen *t)
{
	int i;

	if (t->nr < 0 || t->nr > NR_CLIENTS)
		return -EINVAL;
	pending = t->pending;
	nr_reopened = t->nr;
	for (i = 0; i < nr_reopened; i++)
		reopened[i] = t->clients[i];
	return OK;
}

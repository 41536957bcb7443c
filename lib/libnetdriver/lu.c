/*
 * lu.c - a network driver's live update, libnetdriver's part of it.
 *
 * A network driver is in every standard state between two messages:
 * what it holds - the client's waiting sends and receives - travels in
 * the record, so no state needs requests held back.  The record has the
 * client and whether this instance replaces a dead one, the mode, the
 * counters, the address, both queues (their grants name the driver's
 * endpoint, which the new version takes over) and the frames the card
 * had received that no receive took yet: the old version stops the
 * card (ndr_lu_suspend) and takes them out of its own DMA memory, which
 * ends with it.  The new version points the card at its rings once it
 * is the service (commit), delivers those frames first, and goes on.
 * Should the update not happen, the old version starts the card again
 * and delivers them itself.
 *
 * Either way what waits is served from the driver's loop, after libsys
 * has sent what the old version had left unsent (nd_lu_serve).
 *
 * Entry points: nd_lu_register(), nd_lu_updating(), nd_lu_serve(),
 * nd_carried_recv().
 */
#include <string.h>
#include <minix/syslib.h>
#include "netdriver_impl.h"

#define NETDRIVER_PART_VERSION	1
#define CARRY_MAX	64		/* frames kept across an update */

struct nd_record {			/* then the queues, then the frames */
	endpoint_t nr_client;
	uint32_t nr_restarted;
	uint32_t nr_mode;
	uint8_t nr_hwaddr[NDEV_HWADDR_LEN];
	struct ndev_stat nr_counted;
	uint32_t nr_sends, nr_recvs, nr_frames;
};

static struct carried {
	uint32_t c_len;
	uint8_t c_data[NDEV_FRAME_MAX];
} carried[CARRY_MAX];
static int carried_head, carried_len;
static bool updating;			/* a new version, not yet the service */
static bool suspended;			/* the old version stopped the card */
static bool to_serve;			/* the queues wait for the loop */

static bool have_hooks(void)
{
	return nd_driver->ndr_lu_suspend != NULL
		&& nd_driver->ndr_lu_resume != NULL
		&& nd_driver->ndr_lu_init != NULL
		&& nd_driver->ndr_lu_takeover != NULL;
}

bool nd_lu_updating(void)
{
	return updating;
}

/* After an update, or one that did not happen: serve what waits. */
void nd_lu_serve(void)
{
	if (!to_serve)
		return;
	to_serve = false;
	netdriver_send();
	netdriver_recv();
}

/* The frames the stopped card holds, out of its ring into ours; the
 * ring's size bounds them, CARRY_MAX too (more are counted dropped). */
static void take_frames(void)
{
	struct netdriver_data d;
	struct carried *c;
	ssize_t r;

	for (;;) {
		c = &carried[(carried_head + carried_len) % CARRY_MAX];
		memset(&d, 0, sizeof(d));
		d.nd_owner = SELF;
		d.nd_size = sizeof(c->c_data);
		d.nd_local = c->c_data;
		if ((r = nd_driver->ndr_recv(&d, sizeof(c->c_data))) == -EAGAIN)
			return;
		if (r <= 0)
			continue;		/* a damaged frame, counted */
		if (carried_len == CARRY_MAX) {
			nd_counted.ns_rx_dropped++;
			continue;
		}
		c->c_len = r;
		carried_len++;
	}
}

/* Fill the oldest waiting receive with the oldest frame carried over:
 * its length or an error; -EAGAIN if there is none. */
ssize_t nd_carried_recv(const struct netdriver_data *data)
{
	struct carried *c = &carried[carried_head];
	int r;

	if (carried_len == 0)
		return -EAGAIN;
	r = netdriver_copyout(data, 0, c->c_data, c->c_len);
	carried_head = (carried_head + 1) % CARRY_MAX;
	carried_len--;
	return r == OK ? (ssize_t) c->c_len : r;
}

static int put_queue(struct ndq *q)
{
	int i, r;

	for (i = 0; i < ndq_len(q); i++)
		if ((r = sef_lu_put(&q->nq_e[(q->nq_head + i) % NDQ_CAP],
		    sizeof(q->nq_e[0]))) != OK)
			return r;
	return OK;
}

static int lu_prepare(int state)
{
	return have_hooks() ? OK : -ENOSYS;
}

static int lu_save(int state, uint32_t *version)
{
	struct nd_record rec;
	int i, r;

	*version = NETDRIVER_PART_VERSION;
	if ((r = nd_driver->ndr_lu_suspend()) != OK)
		return r;
	suspended = true;
	take_frames();
	memset(&rec, 0, sizeof(rec));
	rec.nr_client = nd_client();
	rec.nr_restarted = nd_client_restarted();
	rec.nr_mode = nd_mode;
	memcpy(rec.nr_hwaddr, nd_hwaddr, NDEV_HWADDR_LEN);
	rec.nr_counted = nd_counted;
	rec.nr_sends = ndq_len(&nd_sendq);
	rec.nr_recvs = ndq_len(&nd_recvq);
	rec.nr_frames = carried_len;
	if ((r = sef_lu_put(&rec, sizeof(rec))) != OK
	    || (r = put_queue(&nd_sendq)) != OK
	    || (r = put_queue(&nd_recvq)) != OK)
		return r;
	for (i = 0; i < carried_len; i++) {
		struct carried *c = &carried[(carried_head + i) % CARRY_MAX];
		if ((r = sef_lu_put(&c->c_len, sizeof(c->c_len))) != OK
		    || (r = sef_lu_put(c->c_data, c->c_len)) != OK)
			return r;
	}
	return OK;
}

static int get_queue(struct ndq *q, uint32_t n)
{
	struct ndq_entry e;
	uint32_t i;
	int r;

	for (i = 0; i < n; i++) {
		if ((r = sef_lu_get(&e, sizeof(e))) != OK)
			return r;
		e.nq_data.nd_local = NULL;
		if (e.nq_data.nd_count > NDEV_IOV_MAX || !ndq_push(q, &e))
			return -EINVAL;
	}
	return OK;
}

static int lu_restore(uint32_t version, size_t len)
{
	struct nd_record rec;
	struct carried *c;
	uint32_t i;
	int r;

	if (version != NETDRIVER_PART_VERSION)
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	if (rec.nr_frames > CARRY_MAX || (rec.nr_mode & ~NDEV_MODE_ALL))
		return -EINVAL;
	nd_client_restore(rec.nr_client, rec.nr_restarted != 0);
	nd_mode = rec.nr_mode;
	memcpy(nd_hwaddr, rec.nr_hwaddr, NDEV_HWADDR_LEN);
	nd_counted = rec.nr_counted;
	if ((r = get_queue(&nd_sendq, rec.nr_sends)) != OK
	    || (r = get_queue(&nd_recvq, rec.nr_recvs)) != OK)
		return r;
	for (i = 0; i < rec.nr_frames; i++) {
		c = &carried[i];
		if ((r = sef_lu_get(&c->c_len, sizeof(c->c_len))) != OK)
			return r;
		if (c->c_len > sizeof(c->c_data))
			return -EINVAL;
		if ((r = sef_lu_get(c->c_data, c->c_len)) != OK)
			return r;
	}
	carried_head = 0;
	carried_len = rec.nr_frames;
	updating = true;
	return OK;
}

/* The new version is the service: the card is ours, and what waited
 * goes on. */
static void lu_commit(void)
{
	if (!updating)
		return;
	updating = false;
	nd_driver->ndr_lu_takeover();
	to_serve = true;
}

/* The update did not happen: the old version goes on (with the card
 * again, if it had stopped it). */
static void lu_resume(void)
{
	if (!suspended)
		return;
	suspended = false;
	nd_driver->ndr_lu_resume();
	to_serve = true;
}

static const struct sef_lu_part netdriver_part = {
	.tag = SEF_LU_PART_NETDRIVER,
	.prepare = lu_prepare,
	.save = lu_save,
	.restore = lu_restore,
	.commit = lu_commit,
	.resume = lu_resume,
	.updatable = false,		/* the driver's own part is needed */
};

void nd_lu_register(void)
{
	sef_lu_add_part(&netdriver_part);
}

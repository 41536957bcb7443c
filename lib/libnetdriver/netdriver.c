/*
 * netdriver.c - the network driver loop (see <minix/netdriver.h> and the
 * protocol, <minix/msg/net.h>).
 *
 * A request is checked in full before anything changes: its sender (the
 * client, in netdriver_receive), its vector, the sizes.  A send or
 * receive then waits in its queue until the card has room or a frame,
 * and is answered when it is done.  Every answer goes by asynsend: the
 * driver never waits for its client.
 *
 * Entry points: netdriver_task(), netdriver_receive(), netdriver_send(),
 * netdriver_recv(), netdriver_link().
 */
#include <string.h>
#include <minix/syslib.h>
#include "netdriver_impl.h"

const struct netdriver *nd_driver;
uint8_t nd_hwaddr[NDEV_HWADDR_LEN];

static struct ndq sendq, recvq;
static struct ndev_stat counted;	/* frames and bytes; the card adds */

static int link_state(void)
{
	return nd_driver->ndr_link != NULL ? nd_driver->ndr_link()
		: NDEV_LINK_UNKNOWN;
}

static void reply(endpoint_t who, int type, uint32_t id, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_ndev_reply.id = id;
	m.m_ndev_reply.status = status;
	m.m_ndev_reply.link = link_state();
	(void) asynsend(who, &m);
}

/* Send what waits, oldest first, as long as the card takes it. */
void netdriver_send(void)
{
	struct ndq_entry *e;
	int r;

	while ((e = ndq_first(&sendq)) != NULL) {
		r = nd_driver->ndr_send(&e->nq_data, e->nq_data.nd_size);
		if (r == -EBUSY)
			return;
		if (r == OK) {
			counted.ns_tx_frames++;
			counted.ns_tx_bytes += e->nq_data.nd_size;
			r = e->nq_data.nd_size;
		}
		reply(e->nq_who, NDEV_SEND_REPLY, e->nq_id, r);
		ndq_pop(&sendq);
	}
}

/* Fill the receives that wait, oldest first, with the frames there are. */
void netdriver_recv(void)
{
	struct ndq_entry *e;
	ssize_t r;

	while ((e = ndq_first(&recvq)) != NULL) {
		r = nd_driver->ndr_recv(&e->nq_data, NDEV_FRAME_MAX);
		if (r == -EAGAIN)
			return;
		if (r > 0) {
			counted.ns_rx_frames++;
			counted.ns_rx_bytes += r;
		}
		reply(e->nq_who, NDEV_RECV_REPLY, e->nq_id, r);
		ndq_pop(&recvq);
	}
}

/* The link went up or down: the client hears of it. */
void netdriver_link(void)
{
	if (nd_client() != NONE)
		reply(nd_client(), NDEV_STATUS, 0, OK);
}

/* Answer everything that waits with status (a new client came). */
static void flush(struct ndq *q, int type, int status)
{
	struct ndq_entry *e;

	while ((e = ndq_first(q)) != NULL) {
		reply(e->nq_who, type, e->nq_id, status);
		ndq_pop(q);
	}
}

static int do_conf(const message *m)
{
	uint32_t mode = m->m_ndev_conf.mode;
	message r;

	memset(&r, 0, sizeof(r));
	r.m_type = NDEV_CONF_REPLY;
	r.m_ndev_conf_reply.id = m->m_ndev_conf.id;
	if (mode & ~NDEV_MODE_ALL) {
		r.m_ndev_conf_reply.status = -EINVAL;
	} else {
		if (nd_client_set(m->m_source) != NONE) {
			flush(&sendq, NDEV_SEND_REPLY, -ECONNRESET);
			flush(&recvq, NDEV_RECV_REPLY, -ECONNRESET);
		}
		nd_driver->ndr_mode(mode);
		r.m_ndev_conf_reply.status = OK;
		r.m_ndev_conf_reply.mode = mode;
		memcpy(r.m_ndev_conf_reply.hwaddr, nd_hwaddr, NDEV_HWADDR_LEN);
	}
	r.m_ndev_conf_reply.link = link_state();
	(void) asynsend(m->m_source, &r);
	return -EDONTREPLY;
}

/* The vector of a send or receive, checked: its pieces copied in, and
 * their total between lo and hi bytes. */
static int get_vector(const message *m, size_t lo, size_t hi,
	struct ndq_entry *e)
{
	const struct m_ndev_transfer *t = &m->m_ndev_transfer;
	struct netdriver_data *d = &e->nq_data;
	int r;

	if (t->count == 0 || t->count > NDEV_IOV_MAX)
		return -EINVAL;		/* before it is copied */
	r = sys_safecopyfrom(m->m_source, t->grant, 0, d->nd_iov,
		t->count * sizeof(d->nd_iov[0]));
	if (r != OK)
		return r;
	if ((r = ndev_iov_check(d->nd_iov, t->count, &d->nd_size)) != OK)
		return r;
	if (d->nd_size < lo || d->nd_size > hi)
		return -EINVAL;
	d->nd_owner = e->nq_who = m->m_source;
	d->nd_count = t->count;
	e->nq_id = t->id;
	return OK;
}

static int do_send(const message *m)
{
	struct ndq_entry e;
	int r;

	if ((r = get_vector(m, NDEV_FRAME_MIN, NDEV_FRAME_MAX, &e)) != OK)
		return r;
	if (!ndq_push(&sendq, &e))
		return -EBUSY;
	netdriver_send();
	return -EDONTREPLY;
}

static int do_recv(const message *m)
{
	struct ndq_entry e;
	int r;

	if ((r = get_vector(m, NDEV_FRAME_MAX, SIZE_MAX, &e)) != OK)
		return r;
	if (!ndq_push(&recvq, &e))
		return -EBUSY;
	netdriver_recv();
	return -EDONTREPLY;
}

static int do_getstat(const message *m)
{
	struct ndev_stat st = counted;

	if (nd_driver->ndr_stat != NULL)
		nd_driver->ndr_stat(&st);
	return sys_safecopyto(m->m_source, m->m_ndev_getstat.grant, 0, &st,
		sizeof(st));
}

/* Each request: who handles it, the type of its answer. */
static const struct {
	int (*handler)(const message *m);
	int reply;
} requests[] = {
	[NDEV_CONF - NDEV_BASE] = { do_conf, NDEV_CONF_REPLY },
	[NDEV_SEND - NDEV_BASE] = { do_send, NDEV_SEND_REPLY },
	[NDEV_RECV - NDEV_BASE] = { do_recv, NDEV_RECV_REPLY },
	[NDEV_GETSTAT - NDEV_BASE] = { do_getstat, NDEV_STAT_REPLY },
};

static uint32_t request_id(const message *m)
{
	switch (m->m_type) {
	case NDEV_CONF:		return m->m_ndev_conf.id;
	case NDEV_GETSTAT:	return m->m_ndev_getstat.id;
	default:		return m->m_ndev_transfer.id;
	}
}

static void do_request(const message *m)
{
	int r;

	r = requests[m->m_type - NDEV_BASE].handler(m);
	if (r != -EDONTREPLY)
		reply(m->m_source, requests[m->m_type - NDEV_BASE].reply,
			request_id(m), r);
}

/* The next message for the driver.  A request from anyone but the client
 * (NDEV_CONF aside) is answered here, with the error that says why, and
 * never reaches the driver: in particular one from the client of the
 * instance this one replaces. */
int netdriver_receive(endpoint_t src, message *m)
{
	int r;

	for (;;) {
		if ((r = sef_receive(src, m)) != OK)
			return r;
		if (!IS_NDEV_REQUEST(m->m_type) || m->m_type == NDEV_CONF
		    || (r = nd_client_check(m->m_source)) == OK)
			return OK;
		reply(m->m_source, requests[m->m_type - NDEV_BASE].reply,
			request_id(m), r);
	}
}

static void do_notify(const message *m)
{
	if (m->m_source == HARDWARE && nd_driver->ndr_intr != NULL)
		nd_driver->ndr_intr(m->m_notify.interrupts);
	else if (m->m_source == CLOCK && nd_driver->ndr_alarm != NULL)
		nd_driver->ndr_alarm(m->m_notify.timestamp);
	else if (nd_driver->ndr_other != NULL)
		nd_driver->ndr_other(m);
}

void netdriver_task(const struct netdriver *ndp)
{
	message m;

	nd_driver = ndp;
	ndq_init(&sendq, NDEV_SEND_MAX);
	ndq_init(&recvq, NDEV_RECV_MAX);
	nd_startup();
	for (;;) {
		if (netdriver_receive(ANY, &m) != OK)
			continue;
		if (is_notify(m.m_type)) {
			do_notify(&m);
		} else if (IS_NDEV_REQUEST(m.m_type)) {
			do_request(&m);
		} else if (ndp->ndr_other != NULL) {
			ndp->ndr_other(&m);
		} else {
			m.m_type = -ENOSYS;
			(void) asynsend(m.m_source, &m);
		}
	}
}

/*
 * ndev.c - INET as the client of the network drivers (minix/msg/net.h).
 *
 * INET follows the drivers' announcements in DS (DS_DRV_NET "<label>").
 * The first instance of a driver gets an Ethernet interface (eth0, ...);
 * every instance, the first and each restarted one, is configured
 * (NDEV_CONF: broadcast frames too), gets its receives posted and is
 * sent the frames that waited.  The interface keeps its address and its
 * configuration across the restarts of its driver: only the frames in
 * flight are lost, and TCP sends those again.
 *
 * Each driver has NDEV_SEND_MAX send slots and NDEV_RECV_MAX receive
 * slots: a frame-sized buffer each, granted to the driver instance, with
 * the one-piece I/O vector that names it.  A request's id carries the
 * instance's generation, the kind of slot and its number, so that an
 * answer from an earlier instance is known and dropped.  Frames to send
 * when every slot is busy wait in a queue (NDEV_TXQ frames at most).
 *
 * A driver that answers ERESTART or ENOTCONN has lost its configuration
 * (it is a new instance we have not configured yet): it is configured
 * again.  One that answers ECONNRESET has been taken by another client
 * (the driver tests do that): INET leaves it alone.  One that cannot be
 * reached is down.  Either way, DS's announcement of the driver's next
 * instance brings it back.
 *
 * Entry points: ndev_init, ndev_ds_event, ndev_reply, ndev_is_driver,
 * ndev_send, ndev_getstat.
 */
#include <stdio.h>
#include <stdlib.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include "inet.h"

#define NR_NDEVS	(NR_IFACES - 1)
#define NDEV_TXQ	256
#define CONF_RETRY	SECS(2)

enum { K_CONF = 1, K_SEND, K_RECV, K_STAT };

_Static_assert(NDEV_LINK_UNKNOWN == IFLINK_UNKNOWN && NDEV_LINK_DOWN ==
	IFLINK_DOWN && NDEV_LINK_UP == IFLINK_UP, "one vocabulary for links");

struct slot {
	uint8_t s_buf[NDEV_FRAME_MAX];
	struct iovec_s s_iov;
	cp_grant_id_t s_iov_grant;
	bool s_busy;
};

struct ndev {
	bool nd_used;
	char nd_label[RS_LABEL_LEN];
	endpoint_t nd_ep;		/* NONE: no instance now */
	bool nd_ready;			/* configured: frames may go */
	uint16_t nd_gen;		/* of the instance, in the ids */
	int nd_instances;
	uint32_t nd_link;
	struct slot nd_tx[NDEV_SEND_MAX];
	struct slot nd_rx[NDEV_RECV_MAX];
	struct pktq nd_txq;
	struct iface *nd_if;
	struct ndev_stat nd_stat;	/* the instance's counters */
	struct ndev_stat nd_base;	/* ... and those of earlier ones */
	cp_grant_id_t nd_stat_grant;
	struct timer nd_timer;		/* CONF unanswered: again */
};

static struct ndev ndevs[NR_NDEVS];

static uint32_t make_id(const struct ndev *nd, int kind, int slot)
{
	return (uint32_t) nd->nd_gen << 16 | (uint32_t) kind << 8
		| (uint32_t) slot;
}

bool ndev_is_driver(endpoint_t ep)
{
	int i;

	for (i = 0; i < NR_NDEVS; i++)
		if (ndevs[i].nd_used && ndevs[i].nd_ep == ep && ep != NONE)
			return true;
	return false;
}

/* Grants of the slots' buffers and vectors for the driver ep. */
static void grant_slots(struct slot *s, int n, endpoint_t ep)
{
	int i;

	for (i = 0; i < n; i++) {
		if (s[i].s_iov_grant >= 0) {
			cpf_revoke(s[i].s_iov.iov_grant);
			cpf_revoke(s[i].s_iov_grant);
		}
		s[i].s_busy = false;
		s[i].s_iov.iov_grant = cpf_grant_direct(ep,
			(vir_bytes) s[i].s_buf, NDEV_FRAME_MAX,
			CPF_READ | CPF_WRITE);
		s[i].s_iov.iov_size = NDEV_FRAME_MAX;
		s[i].s_iov_grant = cpf_grant_direct(ep, (vir_bytes) &s[i].s_iov,
			sizeof(s[i].s_iov), CPF_READ);
	}
}

/* The driver cannot be reached: down until its next instance. */
static void lost(struct ndev *nd)
{
	nd->nd_ready = false;
	nd->nd_ep = NONE;
	nd->nd_if->if_flags &= ~IFF_RUNNING;
	route_iface_changed(nd->nd_if);
	timer_stop(&nd->nd_timer);
}

static bool post(struct ndev *nd, message *m)
{
	if (nd->nd_ep == NONE)
		return false;
	if (asynsend3(nd->nd_ep, m, AMF_NOREPLY) == OK)
		return true;
	printf("inet: %s: cannot reach driver %s\n", nd->nd_if->if_name,
		nd->nd_label);
	lost(nd);
	return false;
}

static void conf_timeout(void *arg);

static void configure(struct ndev *nd)
{
	message m;

	nd->nd_ready = false;
	memset(&m, 0, sizeof(m));
	m.m_type = NDEV_CONF;
	m.m_ndev_conf.id = make_id(nd, K_CONF, 0);
	m.m_ndev_conf.mode = NDEV_MODE_BCAST;
	if (post(nd, &m))
		timer_set(&nd->nd_timer, CONF_RETRY, conf_timeout, nd);
}

static void conf_timeout(void *arg)
{
	configure(arg);
}

/* A new instance of the driver, at ep: everything it had is gone. */
static void new_instance(struct ndev *nd, endpoint_t ep)
{
	if (nd->nd_instances++ > 0)
		printf("inet: %s: driver %s is back; configuring it again\n",
			nd->nd_if->if_name, nd->nd_label);
	nd->nd_ep = ep;
	nd->nd_gen++;
	nd->nd_base.ns_rx_errors += nd->nd_stat.ns_rx_errors;
	nd->nd_base.ns_tx_errors += nd->nd_stat.ns_tx_errors;
	nd->nd_base.ns_rx_dropped += nd->nd_stat.ns_rx_dropped;
	nd->nd_base.ns_collisions += nd->nd_stat.ns_collisions;
	memset(&nd->nd_stat, 0, sizeof(nd->nd_stat));
	grant_slots(nd->nd_tx, NDEV_SEND_MAX, ep);
	grant_slots(nd->nd_rx, NDEV_RECV_MAX, ep);
	if (nd->nd_stat_grant >= 0)
		cpf_revoke(nd->nd_stat_grant);
	nd->nd_stat_grant = cpf_grant_direct(ep, (vir_bytes) &nd->nd_stat,
		sizeof(nd->nd_stat), CPF_WRITE);
	configure(nd);
}

static struct ndev *new_ndev(const char *label)
{
	struct ndev *nd = NULL;
	struct iface *ifp;
	int i;

	for (i = 0; i < NR_NDEVS && nd == NULL; i++)
		if (!ndevs[i].nd_used)
			nd = &ndevs[i];
	if (nd == NULL || (ifp = iface_new("eth")) == NULL) {
		printf("inet: no room for network driver %s\n", label);
		return NULL;
	}
	memset(nd, 0, sizeof(*nd));
	nd->nd_used = true;
	strncpy(nd->nd_label, label, sizeof(nd->nd_label) - 1);
	nd->nd_ep = NONE;
	nd->nd_stat_grant = GRANT_INVALID;
	for (i = 0; i < NDEV_SEND_MAX; i++)
		nd->nd_tx[i].s_iov_grant = GRANT_INVALID;
	for (i = 0; i < NDEV_RECV_MAX; i++)
		nd->nd_rx[i].s_iov_grant = GRANT_INVALID;
	nd->nd_if = ifp;
	ifp->if_ndev = nd;
	ether_attach(ifp);
	ifconf_restore(ifp);
	return nd;
}

static struct ndev *find_ndev(const char *label)
{
	int i;

	for (i = 0; i < NR_NDEVS; i++)
		if (ndevs[i].nd_used && strcmp(ndevs[i].nd_label, label) == 0)
			return &ndevs[i];
	return NULL;
}

/* The driver's label, for ifconfig and the saved configuration. */
const char *ndev_label(const struct iface *ifp)
{
	return ifp->if_ndev != NULL ? ifp->if_ndev->nd_label : "";
}

/* DS: a network driver came up (or went away for good). */
void ndev_ds_event(void)
{
	char key[DS_MAX_KEYLEN];
	const char *label;
	struct ndev *nd;
	endpoint_t ep;

	while (ds_check(key, NULL, NULL) == OK) {
		if (strncmp(key, DS_DRV_NET, strlen(DS_DRV_NET)) != 0)
			continue;
		label = key + strlen(DS_DRV_NET);
		if (ds_retrieve_label_endpt(label, &ep) != OK)
			ep = NONE;
		if ((nd = find_ndev(label)) == NULL) {
			if (ep == NONE || (nd = new_ndev(label)) == NULL)
				continue;
		}
		if (ep == NONE) {
			if (nd->nd_ep != NONE)
				lost(nd);
		} else if (ep != nd->nd_ep) {
			new_instance(nd, ep);
		}
	}
}

static void post_recv(struct ndev *nd, int i)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = NDEV_RECV;
	m.m_ndev_transfer.id = make_id(nd, K_RECV, i);
	m.m_ndev_transfer.grant = nd->nd_rx[i].s_iov_grant;
	m.m_ndev_transfer.count = 1;
	nd->nd_rx[i].s_busy = post(nd, &m);
}

/* Give the driver the frame p in free slot i. */
static void send_slot(struct ndev *nd, int i, struct pkt *p)
{
	struct slot *s = &nd->nd_tx[i];
	message m;

	memcpy(s->s_buf, p->p_data, p->p_len);
	s->s_iov.iov_size = (uint32_t) p->p_len;
	nd->nd_if->if_stats.ifc_opackets++;
	nd->nd_if->if_stats.ifc_obytes += p->p_len;
	pkt_free(p);
	memset(&m, 0, sizeof(m));
	m.m_type = NDEV_SEND;
	m.m_ndev_transfer.id = make_id(nd, K_SEND, i);
	m.m_ndev_transfer.grant = s->s_iov_grant;
	m.m_ndev_transfer.count = 1;
	s->s_busy = post(nd, &m);
}

static int free_tx(struct ndev *nd)
{
	int i;

	for (i = 0; i < NDEV_SEND_MAX; i++)
		if (!nd->nd_tx[i].s_busy)
			return i;
	return -1;
}

/* Send what waits while there are free slots. */
static void send_queued(struct ndev *nd)
{
	int i;

	while (nd->nd_ready && nd->nd_txq.q_len > 0 && (i = free_tx(nd)) >= 0)
		send_slot(nd, i, pktq_get(&nd->nd_txq));
}

/* A frame (its Ethernet header made) for the driver. */
void ndev_send(struct ndev *nd, struct pkt *p)
{
	int i;

	if (p->p_len > NDEV_FRAME_MAX) {
		pkt_free(p);
		return;
	}
	if (nd->nd_ready && nd->nd_txq.q_len == 0 && (i = free_tx(nd)) >= 0) {
		send_slot(nd, i, p);
		return;
	}
	if (nd->nd_txq.q_len >= NDEV_TXQ) {
		nd->nd_if->if_stats.ifc_odrops++;
		pkt_free(p);
		return;
	}
	pktq_put(&nd->nd_txq, p);
}

static void conf_reply(struct ndev *nd, const message *m)
{
	const struct m_ndev_conf_reply *r = &m->m_ndev_conf_reply;
	struct iface *ifp = nd->nd_if;
	bool first = !(ifp->if_flags & IFF_RUNNING) && nd->nd_instances == 1;
	int i;

	timer_stop(&nd->nd_timer);
	if (r->status != OK) {
		printf("inet: %s: driver %s refuses its configuration (%d)\n",
			ifp->if_name, nd->nd_label, r->status);
		timer_set(&nd->nd_timer, CONF_RETRY, conf_timeout, nd);
		return;
	}
	memcpy(ifp->if_hwaddr, r->hwaddr, ETH_ALEN);
	nd->nd_link = r->link;
	nd->nd_ready = true;
	ifp->if_flags |= IFF_RUNNING;
	for (i = 0; i < NDEV_RECV_MAX; i++)
		post_recv(nd, i);
	route_iface_changed(ifp);
	if (first && ifp->if_config != IFCONF_STATIC)
		dhcp_start(ifp);
	send_queued(nd);
}

static void recv_reply(struct ndev *nd, int i, int status)
{
	struct iface *ifp = nd->nd_if;
	struct pkt *p;

	nd->nd_rx[i].s_busy = false;
	if (status > 0 && status <= NDEV_FRAME_MAX
	    && (p = pkt_alloc((size_t) status)) != NULL) {
		memcpy(p->p_data, nd->nd_rx[i].s_buf, (size_t) status);
		ifp->if_stats.ifc_ipackets++;
		ifp->if_stats.ifc_ibytes += (size_t) status;
		p->p_if = ifp;
		post_recv(nd, i);	/* the slot first: the driver has room */
		ether_input(ifp, p);
		return;
	}
	if (status > 0)
		ifp->if_stats.ifc_idrops++;
	post_recv(nd, i);
}

/* The driver has forgotten our configuration: it is a new instance
 * that has not heard from us. */
static bool lost_config(int status)
{
	return status == -ERESTART || status == -ENOTCONN;
}

/* Another client configured the driver (a test, say): it is theirs
 * until the driver's next instance, and we do not fight over it. */
static void taken(struct ndev *nd)
{
	if (!nd->nd_ready)
		return;
	printf("inet: %s: driver %s has another client now; leaving it\n",
		nd->nd_if->if_name, nd->nd_label);
	nd->nd_ready = false;
	nd->nd_if->if_flags &= ~IFF_RUNNING;
	route_iface_changed(nd->nd_if);
	timer_stop(&nd->nd_timer);
}

/* A message from a network driver. */
void ndev_reply(const void *msg)
{
	const message *m = msg;
	uint32_t id = m->m_ndev_reply.id;
	int kind = (id >> 8) & 0xFF, slot = id & 0xFF, i;
	struct ndev *nd = NULL;

	for (i = 0; i < NR_NDEVS && nd == NULL; i++)
		if (ndevs[i].nd_used && ndevs[i].nd_ep == m->m_source)
			nd = &ndevs[i];
	if (nd == NULL)
		return;
	if (m->m_type == NDEV_STATUS) {
		nd->nd_link = m->m_ndev_reply.link;
		return;
	}
	if ((id >> 16) != nd->nd_gen)
		return;			/* for an earlier instance */
	if (m->m_type == NDEV_CONF_REPLY && kind == K_CONF) {
		conf_reply(nd, m);
		return;
	}
	if (lost_config(m->m_ndev_reply.status) && nd->nd_ready) {
		configure(nd);
		return;
	}
	if (m->m_ndev_reply.status == -ECONNRESET) {
		taken(nd);
		return;
	}
	if (m->m_type == NDEV_RECV_REPLY && kind == K_RECV
	    && slot < NDEV_RECV_MAX)
		recv_reply(nd, slot, m->m_ndev_reply.status);
	else if (m->m_type == NDEV_SEND_REPLY && kind == K_SEND
	    && slot < NDEV_SEND_MAX) {
		nd->nd_tx[slot].s_busy = false;
		if (m->m_ndev_reply.status < 0)
			nd->nd_if->if_stats.ifc_oerrors++;
		send_queued(nd);
	} else if (m->m_type == NDEV_STAT_REPLY) {
		nd->nd_link = m->m_ndev_reply.link;
	}
}

/* Ask the driver for its counters (ifconfig shows them next time). */
void ndev_getstat(struct iface *ifp)
{
	struct ndev *nd = ifp->if_ndev;
	message m;

	if (nd == NULL || !nd->nd_ready)
		return;
	memset(&m, 0, sizeof(m));
	m.m_type = NDEV_GETSTAT;
	m.m_ndev_getstat.id = make_id(nd, K_STAT, 0);
	m.m_ndev_getstat.grant = nd->nd_stat_grant;
	(void) post(nd, &m);
}

/* The driver's link state and error counters, over all its instances. */
void ndev_counters(const struct iface *ifp, uint32_t *link,
	struct if_counters *c)
{
	const struct ndev *nd = ifp->if_ndev;

	*link = IFLINK_UNKNOWN;
	if (nd == NULL)
		return;
	*link = nd->nd_ep == NONE ? IFLINK_DOWN : nd->nd_link;
	c->ifc_ierrors += nd->nd_base.ns_rx_errors + nd->nd_stat.ns_rx_errors;
	c->ifc_oerrors += nd->nd_base.ns_tx_errors + nd->nd_stat.ns_tx_errors;
	c->ifc_idrops += nd->nd_base.ns_rx_dropped + nd->nd_stat.ns_rx_dropped;
	c->ifc_collisions += nd->nd_base.ns_collisions
		+ nd->nd_stat.ns_collisions;
}

int ndev_restarts(const struct iface *ifp)
{
	return ifp->if_ndev != NULL && ifp->if_ndev->nd_instances > 0
		? ifp->if_ndev->nd_instances - 1 : 0;
}

/* Start following the network drivers (after our own start, so that DS
 * knows whose subscription it is). */
void ndev_init(bool restarted)
{
	int r;

	if ((r = ds_subscribe(DS_DRV_NET "*", DSF_INITIAL)) != OK)
		printf("inet: cannot follow the network drivers: %d\n", r);
}

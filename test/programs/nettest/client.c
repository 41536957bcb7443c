/*
 * client.c - nettest as a network driver's client, the way INET will be
 * one (see <minix/msg/net.h>): each request goes by asynsend with an id
 * of ours and grants made for the instance it goes to; the answers come
 * back on their own time and are matched by id.  A new instance of the
 * driver is heard of through DS (DS_DRV_NET "<label>"); from then on
 * answers from any other endpoint are dropped, and requests that went to
 * the old one will never be answered.
 *
 * Entry points: nt_start(), nt_conf(), nt_send(), nt_recv(),
 * nt_getstat(), nt_raw(), nt_send_to(), nt_wait(), nt_finish(),
 * nt_release(), and small accessors.
 */
#include <stdio.h>
#include <string.h>
#include <minix/ds.h>
#include "nettest.h"

#define NREQ	40

static struct req reqs[NREQ];
static endpoint_t driver = NONE;
static char label[RS_LABEL_LEN];
static char up_key[DS_MAX_KEYLEN];
static uint32_t next_id = 1;
static int link_changes;

uint32_t nt_now(void)
{
	uint32_t now = 0;

	(void) sys_times(NONE, NULL, NULL, &now, NULL);
	return now;
}

endpoint_t nt_driver(void)
{
	return driver;
}

int nt_link_changes(void)
{
	return link_changes;
}

int nt_lookup(void)
{
	return ds_retrieve_label_endpt(label, &driver);
}

/* Follow the driver labelled l, and its driver-up events. */
int nt_start(const char *l)
{
	int r;

	snprintf(label, sizeof(label), "%s", l);
	snprintf(up_key, sizeof(up_key), "%s%s", DS_DRV_NET, l);
	if ((r = ds_subscribe(up_key, 0)) != OK)
		return r;
	return nt_lookup();
}

static struct req *new_req(int type)
{
	struct req *r;
	int i;

	for (i = 0; i < NREQ && reqs[i].r_busy; i++)
		;
	if (i == NREQ)
		panic("nettest: more than %d requests at once", NREQ);
	r = &reqs[i];
	memset(r, 0, sizeof(*r));
	r->r_busy = true;
	r->r_type = type;
	r->r_id = next_id++;
	r->r_driver = driver;
	r->r_vec_grant = GRANT_INVALID;
	return r;
}

/* Grant the first len bytes of the frame, cut into n pieces, and the
 * vector of them, to the driver. */
static int grant_frame(struct req *r, size_t len, int n, int access)
{
	size_t off = 0, piece;
	cp_grant_id_t g;
	int i;

	for (i = 0; i < n; i++) {
		piece = i == n - 1 ? len - off : len / n;
		g = cpf_grant_direct(driver, (vir_bytes) r->r_frame + off, piece,
			access);
		if (g < 0)
			return g;
		r->r_iov[i] = (struct iovec_s) { g, piece };
		off += piece;
	}
	r->r_pieces = n;
	r->r_vec_grant = cpf_grant_direct(driver, (vir_bytes) r->r_iov,
		n * sizeof(r->r_iov[0]), CPF_READ);
	return r->r_vec_grant < 0 ? r->r_vec_grant : OK;
}

/* Send r's message; a refusal at once is r's answer. */
static struct req *transmit(struct req *r, message *m)
{
	int s;

	m->m_type = r->r_type;
	if ((s = asynsend(driver, m)) != OK) {
		r->r_answered = true;
		r->r_status = s;
	}
	return r;
}

struct req *nt_conf(uint32_t mode)
{
	struct req *r = new_req(NDEV_CONF);
	message m;

	memset(&m, 0, sizeof(m));
	m.m_ndev_conf.id = r->r_id;
	m.m_ndev_conf.mode = mode;
	return transmit(r, &m);
}

static struct req *transfer(int type, size_t len, int pieces, int access,
	const void *frame)
{
	struct req *r = new_req(type);
	message m;
	int s;

	if (frame != NULL)
		memcpy(r->r_frame, frame, len);
	if ((s = grant_frame(r, len, pieces, access)) != OK)
		panic("nettest: cannot grant: %d", s);
	memset(&m, 0, sizeof(m));
	m.m_ndev_transfer.id = r->r_id;
	m.m_ndev_transfer.grant = r->r_vec_grant;
	m.m_ndev_transfer.count = pieces;
	return transmit(r, &m);
}

struct req *nt_send(const void *frame, size_t len, int pieces)
{
	return transfer(NDEV_SEND, len, pieces, CPF_READ, frame);
}

/* A receive with room bytes, in pieces. */
struct req *nt_recv(int pieces, size_t room)
{
	return transfer(NDEV_RECV, room, pieces, CPF_WRITE, NULL);
}

struct req *nt_getstat(void)
{
	struct req *r = new_req(NDEV_GETSTAT);
	message m;

	r->r_vec_grant = cpf_grant_direct(driver, (vir_bytes) &r->r_stat,
		sizeof(r->r_stat), CPF_WRITE);
	memset(&m, 0, sizeof(m));
	m.m_ndev_getstat.id = r->r_id;
	m.m_ndev_getstat.grant = r->r_vec_grant;
	return transmit(r, &m);
}

/* A request of any type, with whatever grant and count we like. */
struct req *nt_raw(int type, cp_grant_id_t grant, uint32_t count)
{
	struct req *r = new_req(type);
	message m;

	memset(&m, 0, sizeof(m));
	if (type == NDEV_GETSTAT) {
		m.m_ndev_getstat.id = r->r_id;
		m.m_ndev_getstat.grant = grant;
	} else {
		m.m_ndev_transfer.id = r->r_id;
		m.m_ndev_transfer.grant = grant;
		m.m_ndev_transfer.count = count;
	}
	return transmit(r, &m);
}

/* What asynsend says of a request sent to ep (not followed up). */
int nt_send_to(endpoint_t ep, int type)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = type;
	m.m_ndev_getstat.id = next_id++;
	m.m_ndev_getstat.grant = GRANT_INVALID;
	return asynsend(ep, &m);
}

void nt_release(struct req *r)
{
	int i;

	if (r == NULL || !r->r_busy)
		return;
	for (i = 0; i < r->r_pieces; i++)
		(void) cpf_revoke(r->r_iov[i].iov_grant);
	if (GRANT_VALID(r->r_vec_grant))
		(void) cpf_revoke(r->r_vec_grant);
	r->r_busy = false;
}

static int reply_type(int type)
{
	switch (type) {
	case NDEV_CONF:		return NDEV_CONF_REPLY;
	case NDEV_SEND:		return NDEV_SEND_REPLY;
	case NDEV_RECV:		return NDEV_RECV_REPLY;
	case NDEV_GETSTAT:	return NDEV_STAT_REPLY;
	default:		return -1;
	}
}

/* The request m answers (by id; an error in m_type answers whatever
 * request had the id), marked answered; NULL if none. */
static struct req *match(const message *m)
{
	uint32_t id = m->m_ndev_reply.id;
	struct req *r;
	int i;

	for (i = 0; i < NREQ; i++) {
		r = &reqs[i];
		if (!r->r_busy || r->r_answered || r->r_id != id
		    || r->r_driver != m->m_source)
			continue;
		if (m->m_type >= 0 && reply_type(r->r_type) != m->m_type)
			continue;
		r->r_answered = true;
		r->r_status = m->m_type < 0 ? m->m_type : m->m_ndev_reply.status;
		if (m->m_type == NDEV_CONF_REPLY)
			r->r_conf = m->m_ndev_conf_reply;
		return r;
	}
	return NULL;
}

/* DS says keys changed: did our driver announce a new instance? */
static bool driver_announced(void)
{
	char key[DS_MAX_KEYLEN];
	endpoint_t old = driver;
	bool seen = false;
	int type;

	while (ds_check(key, &type, NULL) == OK)
		if (strcmp(key, up_key) == 0)
			seen = true;
	return seen && nt_lookup() == OK && driver != old;
}

/* Wait at most ticks for an answer (*answered) or a new instance. */
enum event nt_wait(uint32_t ticks, struct req **answered)
{
	uint32_t deadline = nt_now() + ticks;
	message m;

	(void) sys_setalarm(ticks, 0);
	for (;;) {
		if (sef_receive(ANY, &m) != OK)
			continue;
		if (is_notify(m.m_type)) {
			if (m.m_source == DS_PROC_EP && driver_announced())
				return EV_DRIVER_UP;
			if (m.m_source == CLOCK && nt_now() >= deadline)
				return EV_TIMEOUT;
			if (m.m_source == CLOCK)
				(void) sys_setalarm(deadline - nt_now(), 0);
			continue;
		}
		if (m.m_source != driver)
			continue;	/* from an instance that is gone */
		if (m.m_type == NDEV_STATUS) {
			link_changes++;
			continue;
		}
		if ((*answered = match(&m)) != NULL) {
			(void) sys_setalarm(0, 0);
			return EV_REPLY;
		}
	}
}

/* Wait at most ticks for r's answer: its status, -ETIMEDOUT, or
 * -EDEADSRCDST if the instance it went to is gone. */
int nt_finish(struct req *r, uint32_t ticks)
{
	uint32_t deadline = nt_now() + ticks, now;
	struct req *got;

	while (!r->r_answered) {
		if (r->r_driver != driver)
			return -EDEADSRCDST;
		now = nt_now();
		if (now >= deadline)
			return -ETIMEDOUT;
		(void) nt_wait(deadline - now, &got);
	}
	return r->r_status;
}

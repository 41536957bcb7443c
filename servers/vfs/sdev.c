/*
 * sdev.c - the socket driver protocol, VFS's side (minix/msg/sock.h).
 *
 * Each socket domain has a driver, named by its label in the one list of
 * domains (SOCKET_DOMAINS, minix/dmap.h).  VFS learns the driver's
 * endpoint from DS and follows its instances through their driver-up
 * events (sdev_event) and PM's news of exits (sdev_exited).
 *
 * A socket call becomes one request, posted with asynsend; the caller is
 * suspended (FP_SOCK) until the driver's SDEV_REPLY brings the request's
 * id back (sdev_reply).  The id is the caller's slot and a count of
 * requests, so that the late answer to a request a signal cancelled
 * cannot finish a later one.
 *
 * A socket lives at the driver instance that made it (v_sock_ep).  When
 * that instance is gone its sockets are too: requests waiting there and
 * every later call on them fail with ECONNRESET, and select sees them
 * ready.  A socket() whose driver died before answering is sent again to
 * the next instance; only when the driver is gone for good does it fail.
 *
 * Entry points: sdev_domain, sdev_alive, sdev_create, sdev_request,
 * sdev_close, sdev_select, sdev_reply, sdev_cancel, sdev_event,
 * sdev_exited.
 */
#include <string.h>
#include <sys/socket.h>
#include <minix/dmap.h>
#include "vfs.h"

struct sdomain {
	int sd_domain;			/* AF_* */
	const char *sd_label;		/* its driver's */
	endpoint_t sd_ep;		/* the driver; NONE: ask DS */
};

#define SDOMAIN(domain, label)	{ domain, label, NONE },
static struct sdomain sdomain[] = { SOCKET_DOMAINS(SDOMAIN) };
#undef SDOMAIN
#define NR_SDOMAINS	((int) (sizeof(sdomain) / sizeof(sdomain[0])))

_Static_assert(NR_PROCS <= 256, "a slot fits in the top byte of an id");

/* The index of domain's entry, or -1 if no driver serves it. */
int sdev_domain(int domain)
{
	int i;

	for (i = 0; i < NR_SDOMAINS; i++)
		if (sdomain[i].sd_domain == domain)
			return i;
	return -1;
}

/* The endpoint of dom's driver: looked up in DS when not known. */
static endpoint_t domain_ep(int dom)
{
	endpoint_t ep;

	if (sdomain[dom].sd_ep == NONE
	    && ds_retrieve_label_endpt(sdomain[dom].sd_label, &ep) == OK)
		sdomain[dom].sd_ep = ep;
	return sdomain[dom].sd_ep;
}

/* Does the driver instance that made vp's socket still run? */
bool sdev_alive(const struct vnode *vp)
{
	return vp->v_sock_ep != NONE
		&& vp->v_sock_ep == domain_ep(vp->v_sock_dom);
}

static uint32_t new_id(struct fproc *rfp)
{
	static uint32_t count;

	count = (count + 1) & 0xFFFFFF;
	return (uint32_t) (rfp - fproc) << 24 | count;
}

/* Post m to dom's driver ep.  OK, -EDEADSRCDST (that instance is gone:
 * forgotten, DS is asked next time) or -ENOBUFS. */
static int post(int dom, endpoint_t ep, message *m)
{
	int r = asynsend3(ep, m, AMF_NOREPLY);

	if (r == OK)
		return OK;
	if (r == -ENOSPC)
		return -ENOBUFS;
	if (sdomain[dom].sd_ep == ep)
		sdomain[dom].sd_ep = NONE;
	return -EDEADSRCDST;
}

/* rfp's request m (its header filled in) goes to dom's driver, and rfp
 * waits for the answer. */
static int send_and_wait(struct fproc *rfp, int dom, message *m,
	cp_grant_id_t grant, cp_grant_id_t grant2)
{
	endpoint_t ep = domain_ep(dom);
	int r;

	if (ep == NONE)
		r = -EDEADSRCDST;
	else
		r = post(dom, ep, m);
	if (r != OK && (m->m_type != SDEV_CREATE || r != -EDEADSRCDST)) {
		if (grant != GRANT_INVALID)
			cpf_revoke(grant);
		if (grant2 != GRANT_INVALID)
			cpf_revoke(grant2);
		return r == -EDEADSRCDST ? -ECONNRESET : r;
	}
	suspend(rfp, FP_SOCK);
	rfp->fp_driver = r == OK ? ep : NONE;	/* CREATE: the next one */
	rfp->fp_sock_req = m->m_sdev_create.h.id;
	rfp->fp_sock_call = m->m_type;
	rfp->fp_sock_dom = dom;
	rfp->fp_grant = grant;
	rfp->fp_grant2 = grant2;
	return -EDONTREPLY;
}

static void fill_header(struct sdev_hdr *h, struct fproc *rfp, int sock)
{
	h->id = new_id(rfp);
	h->sock = sock;
	h->user = rfp->fp_endpoint;
	h->uid = rfp->fp_euid;
}

/* socket(): the socket at rfp's descriptor fd has no id yet; m has the
 * domain, type and protocol.  If the driver is not there (it died and
 * its next instance has not announced itself) the request waits for it. */
int sdev_create(struct fproc *rfp, int fd, message *m)
{
	int dom = rfp->fp_filp[fd]->f_vno->v_sock_dom, r;

	if (domain_ep(dom) == NONE) {
		drop_fd(rfp, fd);
		return -EAFNOSUPPORT;
	}
	m->m_type = SDEV_CREATE;
	fill_header(&m->m_sdev_create.h, rfp, -1);
	rfp->fp_sock_msg = *m;
	rfp->fp_sock_fd = fd;
	rfp->fp_sock_lenp = 0;
	r = send_and_wait(rfp, dom, m, GRANT_INVALID, GRANT_INVALID);
	if (r != -EDONTREPLY)
		drop_fd(rfp, fd);
	return r;
}

/* A request on vp's socket.  m holds the call's payload, and in its
 * header the flags; the grants are revoked when the answer comes, or now
 * if the request cannot be sent.  rfp's fp_sock_fd and fp_sock_lenp must
 * be set for the calls that use them. */
int sdev_request(struct fproc *rfp, struct vnode *vp, int type, message *m,
	cp_grant_id_t grant, cp_grant_id_t grant2)
{
	if (!sdev_alive(vp)) {
		if (grant != GRANT_INVALID)
			cpf_revoke(grant);
		if (grant2 != GRANT_INVALID)
			cpf_revoke(grant2);
		return -ECONNRESET;
	}
	m->m_type = type;
	fill_header(&m->m_sdev_create.h, rfp, vp->v_sock);
	return send_and_wait(rfp, vp->v_sock_dom, m, grant, grant2);
}

/* The last descriptor of vp's socket is closed. */
void sdev_close(struct vnode *vp)
{
	message m;

	if (vp->v_sock < 0 || !sdev_alive(vp))
		return;
	memset(&m, 0, sizeof(m));
	m.m_type = SDEV_CLOSE;
	m.m_sdev_close.h.sock = vp->v_sock;
	m.m_sdev_close.h.user = NONE;
	(void) post(vp->v_sock_dom, vp->v_sock_ep, &m);
}

/* Ask which of ops are ready on vp's socket; the answer is an
 * SDEV_SEL_REPLY with id.  Returns the driver asked, or NONE: the socket
 * is gone, and every call on it fails at once. */
endpoint_t sdev_select(struct fproc *rfp, struct vnode *vp, unsigned ops,
	uint32_t id)
{
	message m;

	if (!sdev_alive(vp))
		return NONE;
	memset(&m, 0, sizeof(m));
	m.m_type = SDEV_SELECT;
	m.m_sdev_select.h.id = id;
	m.m_sdev_select.h.sock = vp->v_sock;
	m.m_sdev_select.h.user = rfp->fp_endpoint;
	m.m_sdev_select.h.uid = rfp->fp_euid;
	m.m_sdev_select.ops = ops;
	if (post(vp->v_sock_dom, vp->v_sock_ep, &m) != OK)
		return NONE;
	return vp->v_sock_ep;
}

/* Write a socklen_t back to the caller. */
static void put_len(struct fproc *rfp, uint32_t len)
{
	if (rfp->fp_sock_lenp != 0)
		(void) sys_vircopy(SELF, (vir_bytes) &len, rfp->fp_endpoint,
			rfp->fp_sock_lenp, sizeof(len));
}

/* The new socket of a CREATE or ACCEPT gets its id, or its descriptor
 * goes.  Returns what the caller gets. */
static int new_socket(struct fproc *rfp, int status, int sock)
{
	struct vnode *vp = rfp->fp_filp[rfp->fp_sock_fd]->f_vno;

	if (status >= 0 && sock < 0)
		status = -EIO;			/* a broken answer */
	if (status < 0) {
		drop_fd(rfp, rfp->fp_sock_fd);
		return status;
	}
	vp->v_sock = sock;
	vp->v_sock_ep = rfp->fp_driver;
	return rfp->fp_sock_fd;
}

/* End rfp's wait with status; r is the driver's answer (NULL: none). */
static void finish(struct fproc *rfp, int status, const struct m_sdev_reply *r)
{
	if (rfp->fp_grant != GRANT_INVALID)
		cpf_revoke(rfp->fp_grant);
	if (rfp->fp_grant2 != GRANT_INVALID)
		cpf_revoke(rfp->fp_grant2);
	rfp->fp_grant = rfp->fp_grant2 = GRANT_INVALID;
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
	switch (rfp->fp_sock_call) {
	case SDEV_CREATE:
	case SDEV_ACCEPT:
		status = new_socket(rfp, status, r != NULL ? r->sock : -1);
		if (status >= 0 && r != NULL)
			put_len(rfp, r->addr_len);
		break;
	case SDEV_RECV:
	case SDEV_GETSOCKNAME:
	case SDEV_GETPEERNAME:
		if (status >= 0 && r != NULL)
			put_len(rfp, r->addr_len);
		break;
	case SDEV_GETSOCKOPT:
		if (status >= 0) {
			put_len(rfp, (uint32_t) status);
			status = OK;
		}
		break;
	}
	rfp->fp_sock_lenp = 0;
	reply(rfp, status);
}

/* Is ep the driver of some domain? */
static int driver_domain(endpoint_t ep)
{
	int i;

	for (i = 0; i < NR_SDOMAINS; i++)
		if (sdomain[i].sd_ep == ep && ep != NONE)
			return i;
	return -1;
}

/* A driver answers a request. */
void sdev_reply(const message *m)
{
	const struct m_sdev_reply *r = &m->m_sdev_reply;
	uint32_t slot = r->id >> 24;
	struct fproc *rfp = slot < NR_PROCS ? &fproc[slot] : NULL;
	message close;
	int dom;

	if (rfp != NULL && rfp->fp_in_use && rfp->fp_blocked_on == FP_SOCK
	    && rfp->fp_sock_req == r->id && rfp->fp_driver == m->m_source) {
		finish(rfp, r->status, r);
		return;
	}
	/* Nobody waits for it (a signal came first): a socket it made
	 * would have no descriptor, so it goes. */
	if (r->status < 0 || r->sock < 0
	    || (dom = driver_domain(m->m_source)) < 0)
		return;
	memset(&close, 0, sizeof(close));
	close.m_type = SDEV_CLOSE;
	close.m_sdev_close.h.sock = r->sock;
	close.m_sdev_close.h.user = NONE;
	(void) post(dom, m->m_source, &close);
}

/* rfp's call ends now, without the driver's answer (a signal, an exit):
 * the driver is told to drop the request. */
void sdev_cancel(struct fproc *rfp)
{
	message m;

	if (rfp->fp_driver != NONE) {
		memset(&m, 0, sizeof(m));
		m.m_type = SDEV_CANCEL;
		m.m_sdev_cancel.h.id = rfp->fp_sock_req;
		m.m_sdev_cancel.h.user = rfp->fp_endpoint;
		(void) post(rfp->fp_sock_dom, rfp->fp_driver, &m);
	}
	finish(rfp, -EINTR, NULL);
}

/* dom's driver is now ep (NONE: none for now): requests waiting at any
 * other instance will never be answered.  A socket() is sent again to
 * ep, or waits for the next instance unless the driver is gone for
 * good. */
static void driver_changed(int dom, endpoint_t ep, bool for_good)
{
	struct fproc *rfp;
	message m;
	int i;

	select_sock_restarted(dom, ep);
	for (i = 0; i < NR_PROCS; i++) {
		rfp = &fproc[i];
		if (!rfp->fp_in_use || rfp->fp_blocked_on != FP_SOCK
		    || rfp->fp_sock_dom != dom || rfp->fp_driver == ep)
			continue;
		if (rfp->fp_sock_call != SDEV_CREATE) {
			finish(rfp, -ECONNRESET, NULL);
		} else if (ep != NONE) {
			m = rfp->fp_sock_msg;
			rfp->fp_driver = post(dom, ep, &m) == OK ? ep : NONE;
		} else if (for_good) {
			finish(rfp, -EAFNOSUPPORT, NULL);
		} else {
			rfp->fp_driver = NONE;
		}
	}
}

/* DS has news of the driver labelled label (a new instance, or none). */
void sdev_event(const char *label)
{
	endpoint_t ep;
	int i;

	for (i = 0; i < NR_SDOMAINS; i++) {
		if (strcmp(sdomain[i].sd_label, label) != 0)
			continue;
		if (ds_retrieve_label_endpt(label, &ep) != OK)
			ep = NONE;
		sdomain[i].sd_ep = ep;
		driver_changed(i, ep, ep == NONE);
	}
}

/* PM: process ep has exited; if it was a socket driver, its sockets and
 * what waits at it are gone now, before its next instance says so. */
void sdev_exited(endpoint_t ep)
{
	int dom;

	while ((dom = driver_domain(ep)) >= 0) {
		sdomain[dom].sd_ep = NONE;
		driver_changed(dom, NONE, false);
	}
}

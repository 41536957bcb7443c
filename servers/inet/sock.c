/*
 * sock.c - INET's sockets: the table, the requests of the socket
 * protocol as libsockdriver hands them over, and the requests that wait.
 *
 * Each request is checked here for what all sockets share (a socket that
 * exists, an address of the right family and length, a port below 1024
 * for root only), then given to the socket's protocol (struct sockops).
 * A protocol answers -EAGAIN for a call that would wait: a blocking
 * request then waits on the socket (struct sreq) and is tried again by
 * sock_wake() whenever the protocol says something changed; a
 * non-blocking one is answered EAGAIN (a connect: EINPROGRESS, and the
 * connection goes on).  A send that waits keeps what it has sent so far,
 * and is answered with that count if it ends early.
 *
 * Entry points: the callbacks of inet_sockdriver, sock_init, sock_new,
 * sock_wake, sock_set_error, sock_take_error, sock_reset_all.
 */
#include <stdlib.h>
#include <stdio.h>
#include <minix/syslib.h>
#include "sock.h"

#define WAIT		(-EDONTREPLY)	/* the request goes on waiting */
#define ANSWERED	(-0x7FFF)	/* ... or has been answered already */
#define ID_SLOT_BITS	9
#define ID_SLOT_MASK	((1 << ID_SLOT_BITS) - 1)
#define DEFAULT_BUF	32768

_Static_assert(NR_SOCKS <= (1 << ID_SLOT_BITS), "a slot fits in an id");

static struct sock socks[NR_SOCKS];
static uint32_t sock_gen[NR_SOCKS];

void sock_init(void)
{
	memset(socks, 0, sizeof(socks));
}

static struct sock *sock_get(int32_t id)
{
	struct sock *s;

	if (id < 0)
		return NULL;
	s = &socks[id & ID_SLOT_MASK];
	return s->s_used && s->s_id == id ? s : NULL;
}

/* The socket in slot i of the table, if one is there (netstat). */
struct sock *sock_at(int i)
{
	if (i < 0 || i >= NR_SOCKS || !socks[i].s_used)
		return NULL;
	return &socks[i];
}

/* A new socket with the defaults; NULL if the table is full. */
struct sock *sock_new(int type, int proto, uint32_t uid)
{
	struct sock *s;
	int i;

	for (i = 0; i < NR_SOCKS && socks[i].s_used; i++)
		;
	if (i == NR_SOCKS)
		return NULL;
	s = &socks[i];
	memset(s, 0, sizeof(*s));
	sock_gen[i] = (sock_gen[i] + 1) & 0x3FFFFF;
	s->s_used = true;
	s->s_id = (int32_t) (sock_gen[i] << ID_SLOT_BITS | (uint32_t) i);
	s->s_type = type;
	s->s_proto = proto;
	s->s_uid = uid;
	s->s_rcvbuf = s->s_sndbuf = DEFAULT_BUF;
	s->s_sel_watcher = NONE;
	return s;
}

static void sock_free(struct sock *s)
{
	s->s_used = false;
}

void sock_set_error(struct sock *s, int err)
{
	s->s_error = err;
	sock_wake(s);
}

/* SO_ERROR's semantics: the pending error, once. */
int sock_take_error(struct sock *s)
{
	int e = s->s_error;

	s->s_error = 0;
	return e;
}

/* --- addresses -------------------------------------------------------------- */

/* The request's address: EINVAL for a short one, EAFNOSUPPORT for
 * another family (AF_UNSPEC is allowed if unspec: connect's "forget
 * the peer"). */
static int get_sin(const struct sockdriver_req *req, struct sockaddr_in *sin,
	bool unspec)
{
	size_t len = req->sr_addr_len;
	int r;

	memset(sin, 0, sizeof(*sin));
	if (len < sizeof(sa_family_t))
		return -EINVAL;
	if (len > sizeof(*sin))
		len = sizeof(*sin);
	if ((r = sockdriver_copyin_addr(req, sin, len)) != OK)
		return r;
	if (sin->sin_family == AF_UNSPEC && unspec)
		return OK;
	if (sin->sin_family != AF_INET)
		return -EAFNOSUPPORT;
	if (req->sr_addr_len < sizeof(*sin))
		return -EINVAL;
	return OK;
}

static int put_sin(const struct sockdriver_req *req,
	const struct sockaddr_in *sin)
{
	return sockdriver_copyout_addr(req, sin, sizeof(*sin));
}

/* --- requests that wait ----------------------------------------------------- */

static int try_recv(struct sock *s, struct sreq *w)
{
	const struct sockdriver_req *req = &w->sr_req;
	struct sockdata d = { req, w->sr_done, NULL };
	struct sockaddr_in from;
	int rflags = 0, r;

	memset(&from, 0, sizeof(from));
	r = s->s_ops->so_recv(s, &d, req->sr_len - w->sr_done, &from,
		req->sr_flags & 0xFFFF, &rflags);
	if (r > 0) {
		w->sr_done += r;
		if ((req->sr_flags & MSG_WAITALL) && s->s_type == SOCK_STREAM
		    && w->sr_done < req->sr_len)
			return WAIT;
	} else if (r == -EAGAIN) {
		return w->sr_done > 0 ? (int) w->sr_done : WAIT;
	} else if (r < 0) {
		return w->sr_done > 0 ? (int) w->sr_done : r;
	}
	if (req->sr_addr_grant != GRANT_INVALID
	    && (r = put_sin(req, &from)) != OK)
		return r;
	sockdriver_reply_full(req, (int) w->sr_done, -1, sizeof(from),
		rflags);
	return ANSWERED;
}

static int try_send(struct sock *s, struct sreq *w)
{
	const struct sockdriver_req *req = &w->sr_req;
	struct sockdata d = { req, 0, NULL };
	struct sockaddr_in to, *top = NULL;
	int r;

	if (req->sr_addr_grant != GRANT_INVALID) {
		if ((r = get_sin(req, &to, false)) != OK)
			return r;
		top = &to;
	}
	r = s->s_ops->so_send(s, &d, req->sr_len, &w->sr_done, top,
		req->sr_flags & 0xFFFF);
	if (r == -EAGAIN)
		return WAIT;
	if (r < 0)
		return w->sr_done > 0 ? (int) w->sr_done : r;
	return (int) w->sr_done;
}

static int try_accept(struct sock *s, struct sreq *w)
{
	const struct sockdriver_req *req = &w->sr_req;
	struct sockaddr_in peer;
	struct sock *ns;
	int r;

	memset(&peer, 0, sizeof(peer));
	if ((r = s->s_ops->so_accept(s, &ns, &peer)) == -EAGAIN)
		return WAIT;
	if (r < 0)
		return r;
	(void) put_sin(req, &peer);	/* a bad pointer loses the address */
	sockdriver_reply_full(req, OK, ns->s_id, sizeof(peer), 0);
	return ANSWERED;
}

/* One try of a request that may wait: its answer, WAIT, or ANSWERED. */
static int attempt(struct sock *s, struct sreq *w)
{
	int r;

	switch (w->sr_req.sr_type) {
	case SDEV_RECV:
		return try_recv(s, w);
	case SDEV_SEND:
		return try_send(s, w);
	case SDEV_ACCEPT:
		return try_accept(s, w);
	case SDEV_CONNECT:
		r = s->s_ops->so_connected(s);
		return r == -EINPROGRESS ? WAIT : r;
	}
	return -EINVAL;
}

static void unlink_req(struct sreq *w)
{
	struct sreq **pp;

	for (pp = &w->sr_sock->s_reqs; *pp != NULL; pp = &(*pp)->sr_next)
		if (*pp == w) {
			*pp = w->sr_next;
			break;
		}
	timer_stop(&w->sr_timer);
}

/* SO_RCVTIMEO or SO_SNDTIMEO ran out for a waiting request. */
static void req_timeout(void *arg)
{
	struct sreq *w = arg;
	const struct sockdriver_req *req = &w->sr_req;

	unlink_req(w);
	if (req->sr_type == SDEV_CONNECT)
		sockdriver_reply(req, -EINPROGRESS);
	else if (w->sr_done > 0 && req->sr_type == SDEV_RECV)
		sockdriver_reply_full(req, (int) w->sr_done, -1, 0, 0);
	else
		sockdriver_reply(req, w->sr_done > 0 ? (int) w->sr_done
			: -EAGAIN);
	free(w);
}

/* req cannot be done now: it waits, or (non-blocking) is answered. */
static int start_waiting(struct sock *s, struct sreq *w)
{
	const struct sockdriver_req *req = &w->sr_req;
	struct sreq **pp;
	uint32_t t;

	if (req->sr_flags & SDEV_NONBLOCK) {
		free(w);
		return req->sr_type == SDEV_CONNECT ? -EINPROGRESS : -EAGAIN;
	}
	for (pp = &s->s_reqs; *pp != NULL; pp = &(*pp)->sr_next)
		;
	*pp = w;
	t = (req->sr_type == SDEV_SEND || req->sr_type == SDEV_CONNECT)
		? s->s_sndtimeo : s->s_rcvtimeo;
	if (t != 0)
		timer_set(&w->sr_timer, t, req_timeout, w);
	return -EDONTREPLY;
}

/* A request that may wait: try it now; a send that is partly done and
 * non-blocking answers with what it did. */
static int waitable(struct sock *s, const struct sockdriver_req *req)
{
	struct sreq *w = calloc(1, sizeof(*w));
	int r;

	if (w == NULL)
		return -ENOBUFS;
	w->sr_sock = s;
	w->sr_req = *req;
	r = attempt(s, w);
	if (r == WAIT && (req->sr_flags & SDEV_NONBLOCK) && w->sr_done > 0)
		r = (int) w->sr_done;
	if (r != WAIT) {
		free(w);
		return r == ANSWERED ? -EDONTREPLY : r;
	}
	return start_waiting(s, w);
}

/* What a datagram socket (UDP, raw) is ready for, rcvq its received
 * packets: writing always (a datagram goes or fails at once); reading
 * when one waits, an error is pending, or reading was shut down. */
unsigned sock_dgram_ready(const struct sock *s, const struct pktq *rcvq)
{
	unsigned r = SDEV_OP_WR;

	if (rcvq->q_len > 0 || s->s_error != 0 || (s->s_shut & SHUT_RD_DONE))
		r |= SDEV_OP_RD;
	if (s->s_error != 0)
		r |= SDEV_OP_ERROR;
	return r;
}

/* FIONREAD of a datagram socket: the size of the next datagram. */
size_t sock_dgram_nread(const struct pktq *rcvq)
{
	return rcvq->q_head != NULL ? rcvq->q_head->p_len : 0;
}

/* Try every waiting request again; tell select's watcher what became
 * ready. */
void sock_wake(struct sock *s)
{
	struct sreq *w, *next;
	unsigned ready;
	int r;

	for (w = s->s_reqs; w != NULL; w = next) {
		next = w->sr_next;
		if ((r = attempt(s, w)) == WAIT)
			continue;
		unlink_req(w);
		if (r != ANSWERED)
			sockdriver_reply(&w->sr_req, r);
		free(w);
	}
	if (s->s_sel_ops == 0)
		return;
	ready = s->s_ops->so_ready(s);
	if ((ready & s->s_sel_ops) != 0) {
		sockdriver_notify(s->s_sel_watcher, s->s_id,
			(ready & s->s_sel_ops)
			| (ready & (SDEV_OP_HUP | SDEV_OP_ERROR)));
		s->s_sel_ops &= ~ready;
	}
}

/* --- the requests ------------------------------------------------------------ */

static int do_create(int domain, int type, int protocol,
	const struct sockdriver_req *req)
{
	struct sock *s;
	int r;

	if (domain != AF_INET)
		return -EAFNOSUPPORT;
	if (type != SOCK_STREAM && type != SOCK_DGRAM && type != SOCK_RAW)
		return -EPROTOTYPE;
	if (type == SOCK_RAW && req->sr_uid != 0)
		return -EACCES;
	if ((s = sock_new(type, protocol, req->sr_uid)) == NULL)
		return -ENFILE;
	if (type == SOCK_STREAM)
		r = tcp_create(s);
	else if (type == SOCK_DGRAM)
		r = udp_create(s);
	else
		r = raw_create(s);
	if (r != OK) {
		sock_free(s);
		return r;
	}
	return s->s_id;
}

static int do_bind(struct sock *s, const struct sockdriver_req *req)
{
	struct sockaddr_in sin;
	int r;

	if ((r = get_sin(req, &sin, false)) != OK)
		return r;
	if (sin.sin_port != 0 && ntohs(sin.sin_port) < 1024
	    && req->sr_uid != 0 && s->s_type != SOCK_RAW)
		return -EACCES;
	return s->s_ops->so_bind(s, &sin);
}

static int do_connect(struct sock *s, const struct sockdriver_req *req)
{
	struct sockaddr_in sin;
	int r;

	if ((r = get_sin(req, &sin, true)) != OK)
		return r;
	r = s->s_ops->so_connect(s, &sin);
	if (r != -EINPROGRESS)
		return r;
	return waitable(s, req);
}

static int do_name(struct sock *s, const struct sockdriver_req *req,
	bool peer)
{
	struct sockaddr_in sin;
	int r;

	memset(&sin, 0, sizeof(sin));
	if ((r = s->s_ops->so_name(s, &sin, peer)) != OK)
		return r;
	if ((r = put_sin(req, &sin)) != OK)
		return r;
	sockdriver_reply_full(req, OK, -1, sizeof(sin), 0);
	return -EDONTREPLY;
}

static int do_setsockopt(struct sock *s, const struct sockdriver_req *req)
{
	uint8_t val[256];
	int r;

	if (req->sr_len > sizeof(val))
		return -EINVAL;
	if ((r = sockdriver_copyin(req, 0, val, req->sr_len)) != OK)
		return r;
	return sockopt_set(s, req->sr_param, req->sr_param2, val,
		req->sr_len);
}

static int do_getsockopt(struct sock *s, const struct sockdriver_req *req)
{
	uint8_t val[256];
	size_t len = req->sr_len > sizeof(val) ? sizeof(val) : req->sr_len;
	int r;

	memset(val, 0, sizeof(val));
	if ((r = sockopt_get(s, req->sr_param, req->sr_param2, val, &len)))
		return r;
	if ((r = sockdriver_copyout(req, 0, val, len)) != OK)
		return r;
	return (int) len;
}

static int do_request(const struct sockdriver_req *req)
{
	struct sock *s = sock_get(req->sr_sock);

	if (s == NULL)
		return -EBADF;
	switch (req->sr_type) {
	case SDEV_BIND:		return do_bind(s, req);
	case SDEV_CONNECT:	return do_connect(s, req);
	case SDEV_LISTEN:	return s->s_ops->so_listen(s, req->sr_param);
	case SDEV_ACCEPT:	return waitable(s, req);
	case SDEV_SEND:		return waitable(s, req);
	case SDEV_RECV:		return waitable(s, req);
	case SDEV_SHUTDOWN:	return s->s_ops->so_shutdown(s, req->sr_param);
	case SDEV_GETSOCKNAME:	return do_name(s, req, false);
	case SDEV_GETPEERNAME:	return do_name(s, req, true);
	case SDEV_SETSOCKOPT:	return do_setsockopt(s, req);
	case SDEV_GETSOCKOPT:	return do_getsockopt(s, req);
	case SDEV_IOCTL:	return sock_ioctl(s, req);
	}
	return -EINVAL;
}

/* The last descriptor is closed: what still waits ends, and the
 * protocol lets go of the socket (TCP finishes the connection). */
static void do_close(int32_t id)
{
	struct sock *s = sock_get(id);
	struct sreq *w;

	if (s == NULL)
		return;
	while ((w = s->s_reqs) != NULL) {
		unlink_req(w);
		sockdriver_reply(&w->sr_req, -EBADF);
		free(w);
	}
	s->s_ops->so_close(s);
	sock_free(s);
}

static void do_cancel(endpoint_t caller, uint32_t id)
{
	struct sreq *w;
	int i;

	for (i = 0; i < NR_SOCKS; i++) {
		if (!socks[i].s_used)
			continue;
		for (w = socks[i].s_reqs; w != NULL; w = w->sr_next) {
			if (w->sr_req.sr_id == id
			    && w->sr_req.sr_caller == caller) {
				unlink_req(w);
				free(w);
				return;
			}
		}
	}
}

static int do_select(int32_t id, unsigned ops, endpoint_t watcher)
{
	struct sock *s = sock_get(id);
	unsigned ready, asked = ops & (SDEV_OP_RD | SDEV_OP_WR | SDEV_OP_ERR);

	if (s == NULL)
		return -EBADF;
	ready = s->s_ops->so_ready(s);
	if (ops & SDEV_NOTIFY) {
		s->s_sel_ops |= asked & ~ready;
		s->s_sel_watcher = watcher;
	}
	return (ready & asked) | (ready & (SDEV_OP_HUP | SDEV_OP_ERROR));
}

/* INET restarted: nothing of an earlier instance is left, and VFS
 * fails what it had sent there. */
void sock_reset_all(void)
{
	sock_init();
}

const struct sockdriver inet_sockdriver = {
	.sd_create = do_create,
	.sd_request = do_request,
	.sd_close = do_close,
	.sd_cancel = do_cancel,
	.sd_select = do_select,
};

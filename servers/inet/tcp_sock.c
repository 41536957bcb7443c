/*
 * tcp_sock.c - the socket calls on a TCP socket (struct sockops), with
 * POSIX's errors for each state of the connection.
 *
 * connect sends the SYN and answers EINPROGRESS: the socket layer waits
 * for so_connected (or answers EINPROGRESS to a non-blocking connect).
 * listen makes the connection a listener with a backlog (1 .. SOMAXCONN)
 * that counts connections still in their handshake and those waiting
 * for accept.  close lets the connection finish on its own: what is in
 * the send buffer goes, then the FIN; unread data, or SO_LINGER with a
 * zero time, resets it instead.
 *
 * Entry points: tcp_create, tcp_wake, tcp_pcb_of, the struct sockops.
 */
#include <netinet/tcp.h>
#include "tcp.h"

#define SEND_LOWAT	2048		/* room that makes a socket writable */

static const struct sockops tcp_ops;

struct tcp_pcb *tcp_pcb_of(struct sock *s)
{
	return s->s_pcb;
}

void tcp_wake(struct tcp_pcb *tp)
{
	if (tp->t_sock != NULL)
		sock_wake(tp->t_sock);
}

static bool connected(const struct tcp_pcb *tp)
{
	return TCPS_HAVERCVDSYN(tp->t_state) && tp->t_state != TCPS_SYN_RECEIVED;
}

static int tcp_bind(struct sock *s, const struct sockaddr_in *sin)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	ipaddr_t a = sin->sin_addr.s_addr;

	if (tp->t_lport != 0 || tp->t_state != TCPS_CLOSED)
		return -EINVAL;
	if (a != 0 && !ip_is_mine(a))
		return -EADDRNOTAVAIL;
	if (sin->sin_port == 0) {
		tp->t_laddr = a;
		return tcp_pick_port(tp);
	}
	return tcp_bind_port(tp, a, sin->sin_port,
		(s->s_opts & SO_REUSEADDR) != 0);
}

/* Choose the local address (and port) for a connection to dst. */
static int local_end(struct tcp_pcb *tp, ipaddr_t dst, uint16_t dport)
{
	ipaddr_t src = tp->t_laddr != 0 ? tp->t_laddr : ip_source(dst);
	struct tcp_pcb *o;
	int r;

	if (src == 0)
		return -ENETUNREACH;
	tp->t_laddr = src;
	if (tp->t_lport == 0 && (r = tcp_pick_port(tp)) != OK)
		return r;
	o = tcp_lookup(dst, dport, src, tp->t_lport, false);
	if (o != NULL && o != tp)
		return -EADDRINUSE;	/* that connection exists */
	return OK;
}

static int tcp_connect(struct sock *s, const struct sockaddr_in *sin)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	ipaddr_t dst = sin->sin_addr.s_addr;
	int r;

	if (tp->t_state == TCPS_LISTEN)
		return -EOPNOTSUPP;
	if (tp->t_state == TCPS_SYN_SENT || tp->t_state == TCPS_SYN_RECEIVED)
		return -EALREADY;
	if (tp->t_state != TCPS_CLOSED || (tp->t_flags & TF_WASCONN))
		return -EISCONN;
	if (sin->sin_family != AF_INET)
		return -EAFNOSUPPORT;
	if (dst == 0)
		dst = IP_LOOPBACK;	/* BSD: "this host" */
	if (sin->sin_port == 0)
		return -EADDRNOTAVAIL;
	if (ip_is_bcast(dst) || IN_MULTICAST(dst))
		return -ENETUNREACH;
	if ((r = local_end(tp, dst, sin->sin_port)) != OK)
		return r;
	if (tp->t_rcv.r_data == NULL
	    && (r = tcp_bufs(tp, s->s_rcvbuf, s->s_sndbuf)) != OK)
		return r;
	tp->t_faddr = dst;
	tp->t_fport = sin->sin_port;
	tp->iss = tcp_iss(tp);
	tp->snd_una = tp->snd_nxt = tp->snd_max = tp->iss;
	tp->t_data_seq = tp->iss + 1;
	tp->t_ourmss = tp->t_mss = tcp_mss_for(dst);
	tp->t_softerr = 0;
	s->s_error = 0;
	tcp_set_state(tp, TCPS_SYN_SENT);
	tcp_output(tp);
	return -EINPROGRESS;
}

/* A connect waits: done (OK), still going (-EINPROGRESS), or failed
 * (its error, taken from SO_ERROR). */
static int tcp_connected(struct sock *s)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	int e;

	if (connected(tp))
		return OK;
	if (tp->t_state == TCPS_SYN_SENT || tp->t_state == TCPS_SYN_RECEIVED)
		return -EINPROGRESS;
	e = sock_take_error(s);
	return -(e != 0 ? e : ECONNABORTED);
}

static int tcp_listen(struct sock *s, int backlog)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	int r;

	if (tp->t_state != TCPS_CLOSED && tp->t_state != TCPS_LISTEN)
		return -EINVAL;
	if (tp->t_flags & TF_WASCONN)
		return -EINVAL;
	if (tp->t_lport == 0 && (r = tcp_pick_port(tp)) != OK)
		return r;
	tp->t_backlog = backlog < 1 ? 1 : backlog > TCP_BACKLOG_MAX
		? TCP_BACKLOG_MAX : backlog;
	tp->t_state = TCPS_LISTEN;
	return OK;
}

static int tcp_accept(struct sock *s, struct sock **newp,
	struct sockaddr_in *peer)
{
	struct tcp_pcb *tp = tcp_pcb_of(s), *c;
	struct sock *ns;

	if (tp->t_state != TCPS_LISTEN)
		return -EINVAL;
	if ((c = tp->t_acceptq) == NULL)
		return -EAGAIN;
	if ((ns = sock_new(SOCK_STREAM, IPPROTO_TCP, s->s_uid)) == NULL)
		return -ENFILE;
	tcp_unqueue(c);
	ns->s_ops = &tcp_ops;
	ns->s_pcb = c;
	ns->s_opts = s->s_opts;
	ns->s_rcvbuf = s->s_rcvbuf;
	ns->s_sndbuf = s->s_sndbuf;
	ns->s_linger = s->s_linger;
	ns->s_ip = s->s_ip;
	c->t_sock = ns;
	peer->sin_family = AF_INET;
	peer->sin_addr.s_addr = c->t_faddr;
	peer->sin_port = c->t_fport;
	*newp = ns;
	return OK;
}

/* No more sending: the FIN follows what is in the send buffer. */
static void user_closed(struct tcp_pcb *tp)
{
	switch (tp->t_state) {
	case TCPS_SYN_RECEIVED:
	case TCPS_ESTABLISHED:
		tcp_set_state(tp, TCPS_FIN_WAIT_1);
		break;
	case TCPS_CLOSE_WAIT:
		tcp_set_state(tp, TCPS_LAST_ACK);
		break;
	default:
		return;
	}
	tp->t_flags |= TF_NEEDFIN;
	tcp_output(tp);
}

static int tcp_send(struct sock *s, const struct sockdata *d, size_t len,
	size_t *done, const struct sockaddr_in *to, int flags)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	size_t n;
	int r;

	if (s->s_error != 0)
		return -sock_take_error(s);
	if ((s->s_shut & SHUT_WR_DONE) || (tp->t_flags & TF_NEEDFIN))
		return -EPIPE;
	switch (tp->t_state) {
	case TCPS_CLOSED:
		return (tp->t_flags & TF_WASCONN) ? -EPIPE : -ENOTCONN;
	case TCPS_LISTEN:
		return -ENOTCONN;
	case TCPS_SYN_SENT:
	case TCPS_SYN_RECEIVED:
		return -EAGAIN;		/* once connected */
	case TCPS_ESTABLISHED:
	case TCPS_CLOSE_WAIT:
		break;
	default:
		return -EPIPE;
	}
	if (flags & MSG_OOB)
		return -EOPNOTSUPP;
	n = len - *done < ring_space(&tp->t_snd) ? len - *done
		: ring_space(&tp->t_snd);
	if ((r = ring_put_user(&tp->t_snd, d, *done, n)) != OK)
		return r;
	*done += n;
	tcp_output(tp);
	return *done == len ? OK : -EAGAIN;
}

/* After a read: a window update if it opened enough (tcp_output's
 * rule). */
static int tcp_recv(struct sock *s, const struct sockdata *d, size_t len,
	struct sockaddr_in *from, int flags, int *rflags)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	size_t n = tp->t_rcv.r_len < len ? tp->t_rcv.r_len : len;
	int r;

	if (tp->t_state == TCPS_LISTEN)
		return -ENOTCONN;
	if (flags & MSG_OOB)
		return -EINVAL;		/* no urgent data here */
	if (len == 0)
		return 0;
	if (n > 0) {
		if ((r = ring_get_user(&tp->t_rcv, d, n)) != OK)
			return r;
		if (!(flags & MSG_PEEK)) {
			ring_drop(&tp->t_rcv, n);
			tcp_output(tp);
		}
		from->sin_family = AF_INET;
		from->sin_addr.s_addr = tp->t_faddr;
		from->sin_port = tp->t_fport;
		return (int) n;
	}
	if ((s->s_shut & SHUT_RD_DONE) || (tp->t_flags & TF_RCVDFIN))
		return 0;
	if (s->s_error != 0)
		return -sock_take_error(s);
	if (tp->t_state == TCPS_CLOSED)
		return (tp->t_flags & TF_WASCONN) ? 0 : -ENOTCONN;
	return -EAGAIN;
}

static int tcp_shutdown(struct sock *s, int how)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);

	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return -EINVAL;
	if (!connected(tp))
		return -ENOTCONN;
	if (how != SHUT_WR) {
		s->s_shut |= SHUT_RD_DONE;
		ring_drop(&tp->t_rcv, tp->t_rcv.r_len);
	}
	if (how != SHUT_RD && !(s->s_shut & SHUT_WR_DONE)) {
		s->s_shut |= SHUT_WR_DONE;
		user_closed(tp);
	}
	sock_wake(s);
	return OK;
}

static int tcp_name(struct sock *s, struct sockaddr_in *sin, bool peer)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);

	sin->sin_family = AF_INET;
	if (peer) {
		if (tp->t_fport == 0 || tp->t_state == TCPS_CLOSED
		    || tp->t_state == TCPS_LISTEN)
			return -ENOTCONN;
		sin->sin_addr.s_addr = tp->t_faddr;
		sin->sin_port = tp->t_fport;
		return OK;
	}
	sin->sin_addr.s_addr = tp->t_laddr;
	sin->sin_port = tp->t_lport;
	return OK;
}

static int tcp_setopt(struct sock *s, int level, int name, const void *val,
	size_t len)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	int v, r;

	if ((r = opt_int(val, len, &v)) != OK)
		return r;
	if (level == SOL_SOCKET && name == SO_KEEPALIVE) {
		tp->t_flags = v ? tp->t_flags | TF_KEEPALIVE
			: tp->t_flags & ~TF_KEEPALIVE;
		tcp_timer_keep(tp);
		return OK;
	}
	if (level == SOL_SOCKET && name == SO_RCVBUF && tp->t_rcv.r_data)
		return ring_resize(&tp->t_rcv, s->s_rcvbuf > TCP_MAXWIN
			? TCP_MAXWIN : s->s_rcvbuf);
	if (level == SOL_SOCKET && name == SO_SNDBUF && tp->t_snd.r_data)
		return ring_resize(&tp->t_snd, s->s_sndbuf);
	if (level == IPPROTO_TCP && name == TCP_NODELAY) {
		tp->t_flags = v ? tp->t_flags | TF_NODELAY
			: tp->t_flags & ~TF_NODELAY;
		tcp_output(tp);
		return OK;
	}
	return -ENOPROTOOPT;
}

static int tcp_getopt(struct sock *s, int level, int name, void *val,
	size_t *len)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);

	if (level == SOL_SOCKET && name == SO_ACCEPTCONN)
		return opt_put_int(val, len, tp->t_state == TCPS_LISTEN);
	if (level == IPPROTO_TCP && name == TCP_NODELAY)
		return opt_put_int(val, len, (tp->t_flags & TF_NODELAY) != 0);
	if (level == IPPROTO_TCP && name == TCP_MAXSEG)
		return opt_put_int(val, len, tp->t_mss);
	return -ENOPROTOOPT;
}

static unsigned tcp_ready(struct sock *s)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);
	size_t lowat = tp->t_snd.r_size / 2 < SEND_LOWAT
		? tp->t_snd.r_size / 2 : SEND_LOWAT;
	unsigned r = s->s_error != 0 ? SDEV_OP_ERROR | SDEV_OP_RD
		| SDEV_OP_WR : 0;

	switch (tp->t_state) {
	case TCPS_LISTEN:
		return r | (tp->t_acceptq != NULL ? SDEV_OP_RD : 0);
	case TCPS_CLOSED:		/* calls fail at once */
		r |= SDEV_OP_WR;
		return r | ((tp->t_flags & TF_WASCONN) ? SDEV_OP_RD
			| SDEV_OP_HUP : 0);
	case TCPS_SYN_SENT:
	case TCPS_SYN_RECEIVED:
		return r;
	default:
		break;
	}
	if (tp->t_rcv.r_len > 0 || (tp->t_flags & TF_RCVDFIN)
	    || (s->s_shut & SHUT_RD_DONE))
		r |= SDEV_OP_RD;
	if ((tp->t_state != TCPS_ESTABLISHED && tp->t_state != TCPS_CLOSE_WAIT)
	    || (s->s_shut & SHUT_WR_DONE) || ring_space(&tp->t_snd) >= lowat)
		r |= SDEV_OP_WR;
	if ((tp->t_flags & TF_RCVDFIN) && (tp->t_flags & TF_NEEDFIN))
		r |= SDEV_OP_HUP;
	return r;
}

static size_t tcp_nread(struct sock *s)
{
	return tcp_pcb_of(s)->t_rcv.r_len;
}

/* A listener goes: its connections that nobody accepted are reset. */
static void close_listener(struct tcp_pcb *tp)
{
	struct tcp_pcb *c, *next;

	for (c = tcp_pcbs; c != NULL; c = next) {
		next = c->t_next;
		if (c->t_listener == tp)
			tcp_drop(c, 0);
	}
	tcp_pcb_free(tp);
}

static void tcp_close(struct sock *s)
{
	struct tcp_pcb *tp = tcp_pcb_of(s);

	tp->t_sock = NULL;
	switch (tp->t_state) {
	case TCPS_CLOSED:
	case TCPS_SYN_SENT:
		tcp_pcb_free(tp);
		return;
	case TCPS_LISTEN:
		close_listener(tp);
		return;
	default:
		break;
	}
	if (tp->t_state == TCPS_TIME_WAIT) {
		ring_drop(&tp->t_rcv, tp->t_rcv.r_len);
		return;			/* all is said: nothing to reset */
	}
	if ((s->s_linger.l_onoff && s->s_linger.l_linger == 0)
	    || tp->t_rcv.r_len > 0) {
		tcp_drop(tp, 0);	/* RFC 2525 2.17: data would be lost */
		return;
	}
	if (tp->t_state == TCPS_FIN_WAIT_2)
		tcp_timer_2msl(tp, TCP_FIN2_TIME);
	user_closed(tp);
}

static const struct sockops tcp_ops = {
	.so_bind = tcp_bind,
	.so_connect = tcp_connect,
	.so_connected = tcp_connected,
	.so_listen = tcp_listen,
	.so_accept = tcp_accept,
	.so_send = tcp_send,
	.so_recv = tcp_recv,
	.so_shutdown = tcp_shutdown,
	.so_name = tcp_name,
	.so_setopt = tcp_setopt,
	.so_getopt = tcp_getopt,
	.so_ready = tcp_ready,
	.so_nread = tcp_nread,
	.so_close = tcp_close,
};

int tcp_create(struct sock *s)
{
	struct tcp_pcb *tp;

	if (s->s_proto != 0 && s->s_proto != IPPROTO_TCP)
		return -EPROTONOSUPPORT;
	if ((tp = tcp_pcb_new()) == NULL)
		return -ENOBUFS;
	s->s_proto = IPPROTO_TCP;
	s->s_ops = &tcp_ops;
	s->s_pcb = tp;
	tp->t_sock = s;
	return OK;
}

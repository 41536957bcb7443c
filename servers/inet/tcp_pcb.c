/*
 * tcp_pcb.c - TCP connections: making one, finding the one a segment is
 * for, ports, initial sequence numbers, the state changes that concern
 * more than one file, and the end of a connection.
 *
 * A connection lives on after its program closes the socket (t_sock
 * NULL) until its FIN is acknowledged and TIME_WAIT is over.
 *
 * Ports: a bind conflicts with a listener on the same port and address
 * (or wildcard) always; with any other connection unless both sockets
 * say SO_REUSEADDR, or the other has no socket any more (TIME_WAIT, or
 * closing) and this one says SO_REUSEADDR.
 *
 * Entry points: tcp_init, tcp_pcb_new, tcp_pcb_free, tcp_bufs,
 * tcp_lookup, tcp_lookup_listener, tcp_bind_port, tcp_pick_port, tcp_iss, tcp_mss_for,
 * tcp_set_state, tcp_queue_accept, tcp_unqueue, tcp_established,
 * tcp_drop, tcp_closed, tcp_state_name.
 */
#include <stdio.h>
#include <stdlib.h>
#include "tcp.h"

#define PORT_FIRST	49152
#define PORT_LAST	65535

struct tcp_pcb *tcp_pcbs;
static uint32_t iss_secret;

void tcp_init(void)
{
	iss_secret = inet_random();
}

struct tcp_pcb *tcp_pcb_new(void)
{
	struct tcp_pcb *tp = calloc(1, sizeof(*tp));

	if (tp == NULL)
		return NULL;
	tp->t_state = TCPS_CLOSED;
	tp->t_mss = TCP_MSS_DEFAULT;
	tp->t_rto = TCP_RTO_INIT;
	tp->t_srtt = -1;		/* no round trip measured yet */
	tp->ssthresh = 0xFFFFFFFF;
	tp->t_next = tcp_pcbs;
	tcp_pcbs = tp;
	return tp;
}

/* The rings, rcv and snd bytes (within what TCP can use). */
int tcp_bufs(struct tcp_pcb *tp, size_t rcv, size_t snd)
{
	if (rcv > TCP_MAXWIN)
		rcv = TCP_MAXWIN;	/* no window scaling */
	if (snd > TCP_BUF_MAX)
		snd = TCP_BUF_MAX;
	if (ring_alloc(&tp->t_rcv, rcv) != OK)
		return -ENOBUFS;
	if (ring_alloc(&tp->t_snd, snd) != OK) {
		ring_free(&tp->t_rcv);
		return -ENOBUFS;
	}
	return OK;
}

void tcp_pcb_free(struct tcp_pcb *tp)
{
	struct tcp_pcb **pp;

	for (pp = &tcp_pcbs; *pp != NULL; pp = &(*pp)->t_next)
		if (*pp == tp) {
			*pp = tp->t_next;
			break;
		}
	tcp_timers_stop(tp);
	ring_free(&tp->t_snd);
	ring_free(&tp->t_rcv);
	ooo_free(tp);
	free(tp);
}

/* The connection for a segment from src:sport to dst:dport: the one
 * with all four, else (listeners) a listener on dport at dst or at the
 * wildcard address. */
struct tcp_pcb *tcp_lookup(ipaddr_t src, uint16_t sport, ipaddr_t dst,
	uint16_t dport, bool listeners)
{
	struct tcp_pcb *tp, *wild = NULL;

	for (tp = tcp_pcbs; tp != NULL; tp = tp->t_next) {
		if (tp->t_lport != dport)
			continue;
		if (tp->t_state != TCPS_LISTEN) {
			if (tp->t_fport == sport && tp->t_faddr == src
			    && tp->t_laddr == dst)
				return tp;
			continue;
		}
		if (!listeners)
			continue;
		if (tp->t_laddr == dst)
			wild = tp;
		else if (tp->t_laddr == 0 && wild == NULL)
			wild = tp;
	}
	return wild;
}

/* The listener on dport at dst, or at the wildcard address. */
struct tcp_pcb *tcp_lookup_listener(ipaddr_t dst, uint16_t dport)
{
	struct tcp_pcb *tp, *wild = NULL;

	for (tp = tcp_pcbs; tp != NULL; tp = tp->t_next) {
		if (tp->t_state != TCPS_LISTEN || tp->t_lport != dport)
			continue;
		if (tp->t_laddr == dst)
			return tp;
		if (tp->t_laddr == 0)
			wild = tp;
	}
	return wild;
}

static bool reuse(const struct tcp_pcb *tp)
{
	return tp->t_sock != NULL && (tp->t_sock->s_opts & SO_REUSEADDR);
}

/* May tp take port at laddr?  reuse: tp's socket says SO_REUSEADDR. */
static bool port_free(struct tcp_pcb *tp, ipaddr_t laddr, uint16_t port,
	bool reuse_me)
{
	struct tcp_pcb *o;

	for (o = tcp_pcbs; o != NULL; o = o->t_next) {
		if (o == tp || o->t_lport != port)
			continue;
		if (o->t_laddr != laddr && o->t_laddr != 0 && laddr != 0)
			continue;
		if (o->t_state == TCPS_LISTEN || !reuse_me)
			return false;
		if (o->t_sock != NULL && !reuse(o))
			return false;
	}
	return true;
}

int tcp_bind_port(struct tcp_pcb *tp, ipaddr_t laddr, uint16_t port,
	bool reuse_me)
{
	if (!port_free(tp, laddr, port, reuse_me))
		return -EADDRINUSE;
	tp->t_laddr = laddr;
	tp->t_lport = port;
	return OK;
}

/* An ephemeral port (RFC 6335's range), not used at all at laddr. */
int tcp_pick_port(struct tcp_pcb *tp)
{
	uint32_t n = PORT_LAST - PORT_FIRST + 1, start = inet_random() % n, i;
	uint16_t port;

	for (i = 0; i < n; i++) {
		port = htons((uint16_t) (PORT_FIRST + (start + i) % n));
		if (port_free(tp, tp->t_laddr, port, false)) {
			tp->t_lport = port;
			return OK;
		}
	}
	return -EADDRNOTAVAIL;
}

/* RFC 6528: a clock (4 microseconds a step) plus a function of the
 * connection's addresses and a secret, so that a new incarnation of a
 * connection starts beyond the old one and strangers cannot guess. */
uint32_t tcp_iss(const struct tcp_pcb *tp)
{
	uint32_t h = iss_secret;

	h = (h ^ tp->t_laddr) * 0x9E3779B1u;
	h = (h ^ tp->t_faddr) * 0x9E3779B1u;
	h = (h ^ ((uint32_t) tp->t_lport << 16 | tp->t_fport)) * 0x9E3779B1u;
	return now() * (250000 / HZ) + (h ^ (h >> 15));
}

/* The largest segment we can take from faddr: the MTU of the way there
 * less the IP and TCP headers. */
uint16_t tcp_mss_for(ipaddr_t faddr)
{
	struct iface *ifp = ip_is_mine(faddr) ? loop_iface() : NULL;
	ipaddr_t hop;
	uint32_t mtu;

	if (ifp == NULL)
		ifp = route_lookup(faddr, &hop);
	mtu = ifp != NULL ? ifp->if_mtu : ETH_MTU;
	if (mtu > 65535)
		mtu = 65535;
	return (uint16_t) (mtu - IP_HLEN - TCP_HLEN);
}

const char *tcp_state_name(enum tcp_state s)
{
	static const char *const names[] = {
		"CLOSED", "LISTEN", "SYN_SENT", "SYN_RECEIVED", "ESTABLISHED",
		"FIN_WAIT_1", "FIN_WAIT_2", "CLOSE_WAIT", "CLOSING",
		"LAST_ACK", "TIME_WAIT"
	};

	return (unsigned) s < sizeof(names) / sizeof(names[0]) ? names[s]
		: "?";
}

void tcp_set_state(struct tcp_pcb *tp, enum tcp_state state)
{
	tp->t_state = state;
	if (state == TCPS_TIME_WAIT) {
		tcp_timers_stop(tp);
		tcp_timer_2msl(tp, 2 * TCP_MSL);
	}
}

/* A listener's new connection has done its handshake: it waits for
 * accept at the end of the queue. */
void tcp_queue_accept(struct tcp_pcb *l, struct tcp_pcb *tp)
{
	struct tcp_pcb **pp;

	for (pp = &l->t_acceptq; *pp != NULL; pp = &(*pp)->t_qnext)
		;
	tp->t_qnext = NULL;
	*pp = tp;
	tcp_wake(l);
}

/* A new connection leaves its listener (accepted, or gone). */
void tcp_unqueue(struct tcp_pcb *tp)
{
	struct tcp_pcb *l = tp->t_listener, **pp;

	if (l == NULL)
		return;
	for (pp = &l->t_acceptq; *pp != NULL; pp = &(*pp)->t_qnext)
		if (*pp == tp) {
			*pp = tp->t_qnext;
			break;
		}
	tp->t_listener = NULL;
	tp->t_qnext = NULL;
	l->t_qlen--;
}

/* The handshake is over: a new connection joins its listener's queue
 * of connections to accept. */
void tcp_established(struct tcp_pcb *tp)
{
	struct tcp_pcb *l = tp->t_listener;

	tcp_set_state(tp, TCPS_ESTABLISHED);
	tp->t_flags |= TF_WASCONN;
	if (l != NULL && tp->t_sock == NULL)
		tcp_queue_accept(l, tp);
	tcp_timer_keep(tp);
	tcp_wake(tp);
}

/* The connection is over (CLOSED): its socket, if it still has one,
 * hears of it; one without a socket goes. */
void tcp_closed(struct tcp_pcb *tp)
{
	tcp_timers_stop(tp);
	tp->t_state = TCPS_CLOSED;
	ooo_free(tp);
	if (tp->t_listener != NULL) {
		tcp_unqueue(tp);
		tcp_pcb_free(tp);
		return;
	}
	if (tp->t_sock == NULL) {
		tcp_pcb_free(tp);
		return;
	}
	tcp_wake(tp);
}

/* Abort: a RST if the other side knows us, then CLOSED with err for the
 * socket (0: none). */
void tcp_drop(struct tcp_pcb *tp, int err)
{
	if (TCPS_HAVERCVDSYN(tp->t_state) && tp->t_state != TCPS_TIME_WAIT)
		tcp_send_ctl(tp, TCP_RST | TCP_ACK, tp->snd_nxt);
	if (err != 0 && tp->t_sock != NULL)
		tp->t_sock->s_error = err;
	tcp_closed(tp);
}

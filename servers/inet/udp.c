/*
 * udp.c - UDP (RFC 768) and its sockets.
 *
 * A UDP socket has a local address and port (bound, or chosen at its
 * first send), and optionally a peer (connect), which then filters what
 * it receives and is where send goes.  Datagrams received wait in the
 * socket's queue, within SO_RCVBUF bytes; more are dropped, as UDP
 * allows.  A datagram for a port nobody has gets an ICMP port
 * unreachable, and such an error received for a connected socket is its
 * next call's ECONNREFUSED.  A send never waits: the datagram goes out
 * at once, or is lost in a full queue like one lost on the wire.
 *
 * Entry points: udp_create, udp_input, udp_ctlinput, the struct sockops.
 */
#include <stdlib.h>
#include "sock.h"

#define UDP_MAXDATA	(IP_MAXPACKET - IP_HLEN - UDP_HLEN)
#define PORT_FIRST	49152		/* ephemeral ports (RFC 6335) */
#define PORT_LAST	65535

struct udp_pcb {
	struct udp_pcb *u_next;
	struct sock *u_sock;
	ipaddr_t u_laddr;
	uint16_t u_lport;		/* 0: not bound */
	ipaddr_t u_faddr;
	uint16_t u_fport;
	bool u_connected;
	struct pktq u_rcvq;
	size_t u_rcvbytes;
};

static struct udp_pcb *pcbs;

static struct udp_pcb *pcb_of(struct sock *s)
{
	return s->s_pcb;
}

/* Is port taken for a socket bound to laddr, other than u? */
static bool port_busy(uint16_t port, ipaddr_t laddr, struct udp_pcb *u)
{
	struct udp_pcb *o;

	for (o = pcbs; o != NULL; o = o->u_next) {
		if (o == u || o->u_lport != port)
			continue;
		if (o->u_laddr != laddr && o->u_laddr != 0 && laddr != 0)
			continue;
		if ((u->u_sock->s_opts & SO_REUSEADDR)
		    && (o->u_sock->s_opts & SO_REUSEADDR))
			continue;
		return true;
	}
	return false;
}

static int pick_port(struct udp_pcb *u, ipaddr_t laddr)
{
	uint32_t n = PORT_LAST - PORT_FIRST + 1, start = inet_random() % n, i;
	uint16_t port;

	for (i = 0; i < n; i++) {
		port = htons((uint16_t) (PORT_FIRST + (start + i) % n));
		if (!port_busy(port, laddr, u)) {
			u->u_lport = port;
			u->u_laddr = laddr;
			return OK;
		}
	}
	return -EADDRINUSE;
}

static int udp_bind(struct sock *s, const struct sockaddr_in *sin)
{
	struct udp_pcb *u = pcb_of(s);
	ipaddr_t a = sin->sin_addr.s_addr;

	if (u->u_lport != 0)
		return -EINVAL;
	if (a != 0 && !ip_is_mine(a) && !ip_is_bcast(a))
		return -EADDRNOTAVAIL;
	if (sin->sin_port == 0)
		return pick_port(u, a);
	if (port_busy(sin->sin_port, a, u))
		return -EADDRINUSE;
	u->u_laddr = a;
	u->u_lport = sin->sin_port;
	return OK;
}

static int udp_connect(struct sock *s, const struct sockaddr_in *sin)
{
	struct udp_pcb *u = pcb_of(s);
	ipaddr_t a = sin->sin_addr.s_addr;
	int r;

	if (sin->sin_family == AF_UNSPEC) {
		u->u_connected = false;
		u->u_faddr = 0;
		u->u_fport = 0;
		return OK;
	}
	if (a == 0)
		a = IP_LOOPBACK;	/* BSD: "this host" */
	if (ip_is_bcast(a) && !(s->s_opts & SO_BROADCAST))
		return -EACCES;
	if (u->u_lport == 0 && (r = pick_port(u, 0)) != OK)
		return r;
	u->u_faddr = a;
	u->u_fport = sin->sin_port;
	u->u_connected = true;
	s->s_error = 0;
	return OK;
}

static int udp_connected(struct sock *s)
{
	return OK;
}

static int udp_listen(struct sock *s, int backlog)
{
	return -EOPNOTSUPP;
}

static int udp_accept(struct sock *s, struct sock **newp,
	struct sockaddr_in *peer)
{
	return -EOPNOTSUPP;
}

/* The datagram's destination: to, or the peer; checks SO_BROADCAST. */
static int destination(struct sock *s, const struct sockaddr_in *to,
	ipaddr_t *addr, uint16_t *port)
{
	struct udp_pcb *u = pcb_of(s);

	if (to != NULL && u->u_connected)
		return -EISCONN;
	if (to == NULL && !u->u_connected)
		return -EDESTADDRREQ;
	*addr = to != NULL ? to->sin_addr.s_addr : u->u_faddr;
	*port = to != NULL ? to->sin_port : u->u_fport;
	if (*addr == 0)
		*addr = IP_LOOPBACK;
	if (*port == 0)
		return -EINVAL;
	if (ip_is_bcast(*addr) && !(s->s_opts & SO_BROADCAST))
		return -EACCES;
	return OK;
}

static int udp_send(struct sock *s, const struct sockdata *d, size_t len,
	size_t *done, const struct sockaddr_in *to, int flags)
{
	struct udp_pcb *u = pcb_of(s);
	struct ip_opts o = s->s_ip;
	struct udp_hdr *uh;
	struct pkt *p;
	ipaddr_t dst, src;
	uint16_t dport;
	int r;

	if (s->s_error != 0)
		return -sock_take_error(s);
	if (s->s_shut & SHUT_WR_DONE)
		return -EPIPE;
	if ((r = destination(s, to, &dst, &dport)) != OK)
		return r;
	if (len > UDP_MAXDATA || len > s->s_sndbuf)
		return -EMSGSIZE;
	if (u->u_lport == 0 && (r = pick_port(u, 0)) != OK)
		return r;
	src = u->u_laddr != 0 && !ip_is_bcast(u->u_laddr) ? u->u_laddr : 0;
	if ((p = pkt_alloc(UDP_HLEN + len)) == NULL)
		return -ENOBUFS;
	if ((r = sockdata_in(d, 0, p->p_data + UDP_HLEN, len)) != OK) {
		pkt_free(p);
		return r;
	}
	if (src == 0 && (src = ip_source(dst)) == 0 && !ip_is_bcast(dst)) {
		pkt_free(p);
		return -ENETUNREACH;
	}
	uh = (struct udp_hdr *) p->p_data;
	uh->uh_sport = u->u_lport;
	uh->uh_dport = dport;
	uh->uh_len = htons((uint16_t) (UDP_HLEN + len));
	uh->uh_sum = 0;
	uh->uh_sum = cksum_pseudo(src, dst, IPPROTO_UDP, p->p_data, p->p_len);
	if (uh->uh_sum == 0)
		uh->uh_sum = 0xFFFF;
	if (s->s_opts & SO_BROADCAST)
		o.io_flags |= IPO_BCAST;
	if ((r = ip_output(p, src, dst, IPPROTO_UDP, &o)) != OK)
		return r;
	*done = len;
	return OK;
}

static int udp_recv(struct sock *s, const struct sockdata *d, size_t len,
	struct sockaddr_in *from, int flags, int *rflags)
{
	struct udp_pcb *u = pcb_of(s);
	struct pkt *p = u->u_rcvq.q_head;
	size_t n;
	int r;

	if (s->s_error != 0)
		return -sock_take_error(s);
	if (p == NULL)
		return (s->s_shut & SHUT_RD_DONE) ? 0 : -EAGAIN;
	n = p->p_len < len ? p->p_len : len;
	if ((r = sockdata_out(d, 0, p->p_data, n)) != OK)
		return r;
	if (n < p->p_len)
		*rflags |= MSG_TRUNC;
	from->sin_family = AF_INET;
	from->sin_addr.s_addr = p->p_addr;
	from->sin_port = p->p_port;
	if (!(flags & MSG_PEEK)) {
		pktq_get(&u->u_rcvq);
		u->u_rcvbytes -= p->p_len;
		pkt_free(p);
	}
	return (int) n;
}

static int udp_shutdown(struct sock *s, int how)
{
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return -EINVAL;
	if (!pcb_of(s)->u_connected)
		return -ENOTCONN;
	if (how != SHUT_WR)
		s->s_shut |= SHUT_RD_DONE;
	if (how != SHUT_RD)
		s->s_shut |= SHUT_WR_DONE;
	sock_wake(s);
	return OK;
}

static int udp_name(struct sock *s, struct sockaddr_in *sin, bool peer)
{
	struct udp_pcb *u = pcb_of(s);

	sin->sin_family = AF_INET;
	if (peer) {
		if (!u->u_connected)
			return -ENOTCONN;
		sin->sin_addr.s_addr = u->u_faddr;
		sin->sin_port = u->u_fport;
		return OK;
	}
	sin->sin_addr.s_addr = u->u_laddr == 0 && u->u_connected
		? ip_source(u->u_faddr) : u->u_laddr;
	sin->sin_port = u->u_lport;
	return OK;
}

static int udp_setopt(struct sock *s, int level, int name, const void *val,
	size_t len)
{
	return -ENOPROTOOPT;
}

static int udp_getopt(struct sock *s, int level, int name, void *val,
	size_t *len)
{
	return -ENOPROTOOPT;
}

static unsigned udp_ready(struct sock *s)
{
	return sock_dgram_ready(s, &pcb_of(s)->u_rcvq);
}

static size_t udp_nread(struct sock *s)
{
	return sock_dgram_nread(&pcb_of(s)->u_rcvq);
}

static void udp_close(struct sock *s)
{
	struct udp_pcb *u = pcb_of(s), **pp;

	for (pp = &pcbs; *pp != NULL; pp = &(*pp)->u_next)
		if (*pp == u) {
			*pp = u->u_next;
			break;
		}
	pktq_flush(&u->u_rcvq);
	free(u);
}

static const struct sockops udp_ops = {
	.so_bind = udp_bind,
	.so_connect = udp_connect,
	.so_connected = udp_connected,
	.so_listen = udp_listen,
	.so_accept = udp_accept,
	.so_send = udp_send,
	.so_recv = udp_recv,
	.so_shutdown = udp_shutdown,
	.so_name = udp_name,
	.so_setopt = udp_setopt,
	.so_getopt = udp_getopt,
	.so_ready = udp_ready,
	.so_nread = udp_nread,
	.so_close = udp_close,
};

int udp_create(struct sock *s)
{
	struct udp_pcb *u;

	if (s->s_proto != 0 && s->s_proto != IPPROTO_UDP)
		return -EPROTONOSUPPORT;
	if ((u = calloc(1, sizeof(*u))) == NULL)
		return -ENOBUFS;
	s->s_proto = IPPROTO_UDP;
	s->s_ops = &udp_ops;
	s->s_pcb = u;
	s->s_rcvbuf = 65536;
	s->s_sndbuf = 65536;
	u->u_sock = s;
	u->u_next = pcbs;
	pcbs = u;
	return OK;
}

/* How well u takes a datagram from src:sport to dst:dport: -1 not at
 * all; more for every address or port it names exactly. */
static int match(const struct udp_pcb *u, ipaddr_t src, uint16_t sport,
	ipaddr_t dst, uint16_t dport)
{
	int score = 0;

	if (u->u_lport != dport)
		return -1;
	if (u->u_laddr != 0 && u->u_laddr != dst)
		return -1;
	score += u->u_laddr != 0;
	if (u->u_connected) {
		if (u->u_faddr != src || u->u_fport != sport)
			return -1;
		score += 2;
	}
	return score;
}

static void enqueue(struct udp_pcb *u, struct pkt *p, ipaddr_t src,
	uint16_t sport)
{
	if (u->u_rcvbytes + p->p_len > u->u_sock->s_rcvbuf
	    || (u->u_sock->s_shut & SHUT_RD_DONE)) {
		pkt_free(p);
		return;
	}
	p->p_addr = src;
	p->p_port = sport;
	pktq_put(&u->u_rcvq, p);
	u->u_rcvbytes += p->p_len;
	sock_wake(u->u_sock);
}

/* A broadcast goes to every socket that takes it. */
static void deliver_all(struct pkt *p, ipaddr_t src, uint16_t sport,
	ipaddr_t dst, uint16_t dport)
{
	struct udp_pcb *u;
	struct pkt *c;

	for (u = pcbs; u != NULL; u = u->u_next)
		if (match(u, src, sport, dst, dport) >= 0
		    && (c = pkt_copy(p, 0)) != NULL)
			enqueue(u, c, src, sport);
	pkt_free(p);
}

void udp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst)
{
	const struct udp_hdr *uh = (const struct udp_hdr *) p->p_data;
	struct udp_pcb *u, *best = NULL;
	size_t len;
	int score, best_score = -1;

	if (p->p_len < UDP_HLEN || (len = ntohs(uh->uh_len)) < UDP_HLEN
	    || len > p->p_len
	    || (uh->uh_sum != 0 && cksum_pseudo(src, dst, IPPROTO_UDP,
		p->p_data, len) != 0)) {
		pkt_free(p);
		return;
	}
	if (p->p_if != NULL && dhcp_input(p->p_if, p, src))
		return;
	pkt_trim(p, len);
	uint16_t sport = uh->uh_sport, dport = uh->uh_dport;
	pkt_pull(p, UDP_HLEN);
	if (ip_is_bcast(dst)) {
		deliver_all(p, src, sport, dst, dport);
		return;
	}
	for (u = pcbs; u != NULL; u = u->u_next)
		if ((score = match(u, src, sport, dst, dport)) > best_score) {
			best = u;
			best_score = score;
		}
	if (best == NULL) {
		icmp_error(p->p_iph, (size_t) (p->p_data - p->p_iph) + p->p_len,
			ICMP_UNREACH, ICMP_UNREACH_PORT);
		pkt_free(p);
		return;
	}
	enqueue(best, p, src, sport);
}

/* An ICMP error about a datagram we sent from src to dst (hdr: its UDP
 * header): a connected socket gets it (RFC 1122 4.1.3.3). */
void udp_ctlinput(int err, ipaddr_t src, ipaddr_t dst, const uint8_t *hdr)
{
	const struct udp_hdr *uh = (const struct udp_hdr *) hdr;
	struct udp_pcb *u;

	for (u = pcbs; u != NULL; u = u->u_next)
		if (u->u_connected && u->u_lport == uh->uh_sport
		    && u->u_faddr == dst && u->u_fport == uh->uh_dport
		    && (u->u_laddr == 0 || u->u_laddr == src))
			sock_set_error(u->u_sock, err);
}

/*
 * raw.c - raw IP sockets (root only; ping's): a protocol's datagrams as
 * they come, IP header included, and datagrams sent with the protocol
 * header the program made (ICMP: the program computes its checksum), or
 * with the IP header too (IP_HDRINCL; IPPROTO_RAW sockets always).
 *
 * Every datagram of the socket's protocol that reaches INET is copied
 * to it (ICMP echo replies, errors, requests INET answers itself), if
 * it is bound or connected to another address only from there.
 *
 * Entry points: raw_create, raw_input, the struct sockops.
 */
#include <stdlib.h>
#include "sock.h"

struct raw_pcb {
	struct raw_pcb *r_next;
	struct sock *r_sock;
	ipaddr_t r_laddr;
	ipaddr_t r_faddr;		/* connected: only from it */
	struct pktq r_rcvq;
	size_t r_rcvbytes;
};

static struct raw_pcb *pcbs;

static struct raw_pcb *pcb_of(struct sock *s)
{
	return s->s_pcb;
}

static int raw_bind(struct sock *s, const struct sockaddr_in *sin)
{
	ipaddr_t a = sin->sin_addr.s_addr;

	if (a != 0 && !ip_is_mine(a))
		return -EADDRNOTAVAIL;
	pcb_of(s)->r_laddr = a;
	return OK;
}

static int raw_connect(struct sock *s, const struct sockaddr_in *sin)
{
	pcb_of(s)->r_faddr = sin->sin_family == AF_UNSPEC ? 0
		: sin->sin_addr.s_addr;
	return OK;
}

static int raw_connected(struct sock *s)
{
	return OK;
}

static int raw_listen(struct sock *s, int backlog)
{
	return -EOPNOTSUPP;
}

static int raw_accept(struct sock *s, struct sock **newp,
	struct sockaddr_in *peer)
{
	return -EOPNOTSUPP;
}

static int raw_send(struct sock *s, const struct sockdata *d, size_t len,
	size_t *done, const struct sockaddr_in *to, int flags)
{
	struct raw_pcb *r = pcb_of(s);
	struct ip_opts o = s->s_ip;
	ipaddr_t dst = to != NULL ? to->sin_addr.s_addr : r->r_faddr;
	struct pkt *p;
	int ret;

	if (s->s_error != 0)
		return -sock_take_error(s);
	if (dst == 0)
		return -EDESTADDRREQ;
	if (len > IP_MAXPACKET - IP_HLEN)
		return -EMSGSIZE;
	if ((p = pkt_alloc(len)) == NULL)
		return -ENOBUFS;
	if ((ret = sockdata_in(d, 0, p->p_data, len)) != OK) {
		pkt_free(p);
		return ret;
	}
	if (s->s_opts & SO_BROADCAST)
		o.io_flags |= IPO_BCAST;
	if (s->s_hdrincl || s->s_proto == IPPROTO_RAW) {
		if (len >= IP_HLEN)
			((struct ip_hdr *) p->p_data)->ih_dst = dst;
		ret = ip_output_raw(p, &o);
	} else {
		ret = ip_output(p, r->r_laddr, dst, (uint8_t) s->s_proto, &o);
	}
	if (ret != OK)
		return ret;
	*done = len;
	return OK;
}

static int raw_recv(struct sock *s, const struct sockdata *d, size_t len,
	struct sockaddr_in *from, int flags, int *rflags)
{
	struct raw_pcb *r = pcb_of(s);
	struct pkt *p = r->r_rcvq.q_head;
	size_t n;
	int ret;

	if (s->s_error != 0)
		return -sock_take_error(s);
	if (p == NULL)
		return (s->s_shut & SHUT_RD_DONE) ? 0 : -EAGAIN;
	n = p->p_len < len ? p->p_len : len;
	if ((ret = sockdata_out(d, 0, p->p_data, n)) != OK)
		return ret;
	if (n < p->p_len)
		*rflags |= MSG_TRUNC;
	from->sin_family = AF_INET;
	from->sin_addr.s_addr = p->p_addr;
	if (!(flags & MSG_PEEK)) {
		pktq_get(&r->r_rcvq);
		r->r_rcvbytes -= p->p_len;
		pkt_free(p);
	}
	return (int) n;
}

static int raw_shutdown(struct sock *s, int how)
{
	if (how != SHUT_RD && how != SHUT_WR && how != SHUT_RDWR)
		return -EINVAL;
	if (how != SHUT_WR)
		s->s_shut |= SHUT_RD_DONE;
	if (how != SHUT_RD)
		s->s_shut |= SHUT_WR_DONE;
	sock_wake(s);
	return OK;
}

static int raw_name(struct sock *s, struct sockaddr_in *sin, bool peer)
{
	struct raw_pcb *r = pcb_of(s);

	if (peer && r->r_faddr == 0)
		return -ENOTCONN;
	sin->sin_family = AF_INET;
	sin->sin_addr.s_addr = peer ? r->r_faddr : r->r_laddr;
	return OK;
}

static int raw_setopt(struct sock *s, int level, int name, const void *val,
	size_t len)
{
	return -ENOPROTOOPT;
}

static int raw_getopt(struct sock *s, int level, int name, void *val,
	size_t *len)
{
	return -ENOPROTOOPT;
}

static unsigned raw_ready(struct sock *s)
{
	return sock_dgram_ready(s, &pcb_of(s)->r_rcvq);
}

static size_t raw_nread(struct sock *s)
{
	return sock_dgram_nread(&pcb_of(s)->r_rcvq);
}

static void raw_close(struct sock *s)
{
	struct raw_pcb *r = pcb_of(s), **pp;

	for (pp = &pcbs; *pp != NULL; pp = &(*pp)->r_next)
		if (*pp == r) {
			*pp = r->r_next;
			break;
		}
	pktq_flush(&r->r_rcvq);
	free(r);
}

static const struct sockops raw_ops = {
	.so_bind = raw_bind,
	.so_connect = raw_connect,
	.so_connected = raw_connected,
	.so_listen = raw_listen,
	.so_accept = raw_accept,
	.so_send = raw_send,
	.so_recv = raw_recv,
	.so_shutdown = raw_shutdown,
	.so_name = raw_name,
	.so_setopt = raw_setopt,
	.so_getopt = raw_getopt,
	.so_ready = raw_ready,
	.so_nread = raw_nread,
	.so_close = raw_close,
};

int raw_create(struct sock *s)
{
	struct raw_pcb *r;

	if (s->s_proto <= 0 || s->s_proto > 255 || s->s_proto == IPPROTO_TCP
	    || s->s_proto == IPPROTO_UDP)
		return -EPROTONOSUPPORT;
	if ((r = calloc(1, sizeof(*r))) == NULL)
		return -ENOBUFS;
	s->s_ops = &raw_ops;
	s->s_pcb = r;
	s->s_rcvbuf = 65536;
	s->s_sndbuf = 65536;
	s->s_hdrincl = s->s_proto == IPPROTO_RAW;
	r->r_sock = s;
	r->r_next = pcbs;
	pcbs = r;
	return OK;
}

/* A datagram of protocol proto came (p: its payload, p_iph its IP
 * header): a copy, header and all, for each raw socket that takes it. */
void raw_input(const struct pkt *p, uint8_t proto)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) p->p_iph;
	size_t hl = (size_t) (p->p_data - p->p_iph);
	struct raw_pcb *r;
	struct pkt *c;

	for (r = pcbs; r != NULL; r = r->r_next) {
		if (r->r_sock->s_proto != proto
		    || (r->r_laddr != 0 && r->r_laddr != ih->ih_dst)
		    || (r->r_faddr != 0 && r->r_faddr != ih->ih_src)
		    || (r->r_sock->s_shut & SHUT_RD_DONE)
		    || r->r_rcvbytes + hl + p->p_len > r->r_sock->s_rcvbuf)
			continue;
		if ((c = pkt_alloc(hl + p->p_len)) == NULL)
			continue;
		memcpy(c->p_data, p->p_iph, hl + p->p_len);
		c->p_addr = ih->ih_src;
		pktq_put(&r->r_rcvq, c);
		r->r_rcvbytes += c->p_len;
		sock_wake(r->r_sock);
	}
}

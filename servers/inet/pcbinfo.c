/*
 * pcbinfo.c - INET's protocol endpoints as netstat sees them
 * (SIOCGPCBINFO, <sys/sockio.h>).
 *
 * The endpoints are numbered on each call, not kept in a list of their
 * own: first the TCP connections in tcp_pcbs' order (those a program
 * has closed too, until they are gone), then the UDP and raw sockets in
 * the socket table's.  A listing taken while connections come and go
 * may miss or repeat one; netstat shows a moment, not a snapshot.
 *
 * Entry point: pcbinfo_get.
 */
#include <string.h>
#include <sys/sockio.h>
#include "tcp.h"

static void from_tcp(const struct tcp_pcb *tp, struct pcbinfo *pi)
{
	pi->pi_proto = IPPROTO_TCP;
	pi->pi_laddr.s_addr = tp->t_laddr;
	pi->pi_faddr.s_addr = tp->t_faddr;
	pi->pi_lport = tp->t_lport;
	pi->pi_fport = tp->t_fport;
	strncpy(pi->pi_state, tcp_state_name(tp->t_state),
	    sizeof(pi->pi_state) - 1);
	pi->pi_rcvq = (uint32_t) tp->t_rcv.r_len;
	pi->pi_sndq = (uint32_t) tp->t_snd.r_len;
}

/* A UDP or raw socket: its names, as getsockname and getpeername give
 * them (none when not bound or not connected). */
static void from_sock(struct sock *s, struct pcbinfo *pi)
{
	struct sockaddr_in sin;

	pi->pi_raw = s->s_type == SOCK_RAW;
	pi->pi_proto = pi->pi_raw ? (uint32_t) s->s_proto : IPPROTO_UDP;
	memset(&sin, 0, sizeof(sin));
	if (s->s_ops->so_name(s, &sin, false) == OK) {
		pi->pi_laddr = sin.sin_addr;
		pi->pi_lport = sin.sin_port;
	}
	memset(&sin, 0, sizeof(sin));
	if (s->s_ops->so_name(s, &sin, true) == OK) {
		pi->pi_faddr = sin.sin_addr;
		pi->pi_fport = sin.sin_port;
	}
	pi->pi_rcvq = (uint32_t) s->s_ops->so_nread(s);
}

/* Fill in the pi_index-th endpoint; -ENXIO when there are fewer. */
int pcbinfo_get(struct pcbinfo *pi)
{
	uint32_t n = pi->pi_index;
	struct tcp_pcb *tp;
	struct sock *s;
	int i;

	memset(pi, 0, sizeof(*pi));
	pi->pi_index = n;
	for (tp = tcp_pcbs; tp != NULL; tp = tp->t_next)
		if (n-- == 0) {
			from_tcp(tp, pi);
			return OK;
		}
	for (i = 0; i < NR_SOCKS; i++) {
		if ((s = sock_at(i)) == NULL || s->s_type == SOCK_STREAM)
			continue;
		if (n-- == 0) {
			from_sock(s, pi);
			return OK;
		}
	}
	return -ENXIO;
}

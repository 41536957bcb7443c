/*
 * icmp.c - ICMP (RFC 792, RFC 1122 3.2.2): echo requests answered,
 * errors received passed to the protocol they are about, and errors
 * sent about datagrams we cannot deliver.
 *
 * A received destination unreachable or time exceeded names the
 * datagram it is about (its IP header and first 8 bytes): UDP and TCP
 * find the socket by its ports and give it the error (port and protocol
 * unreachable: ECONNREFUSED; host and net: EHOSTUNREACH, ENETUNREACH).
 * Raw ICMP sockets get a copy of every ICMP message (ip.c).
 *
 * Errors are never sent about an ICMP error, a broadcast or multicast,
 * a fragment other than the first, or a datagram whose source is not a
 * unicast host; and at most ICMP_RATE a second (a token bucket).
 *
 * Entry points: icmp_input, icmp_error.
 */
#include "inet.h"

#define ICMP_RATE	100		/* errors a second at most */
#define ERR_DATA	64		/* bytes of the datagram quoted */

static uint32_t tokens = ICMP_RATE, last_fill;

static void echo_reply(struct pkt *p, ipaddr_t src, ipaddr_t dst)
{
	struct icmp_hdr *ic = (struct icmp_hdr *) p->p_data;
	struct ip_opts o = { 0 };

	if (ip_is_bcast(dst) || IN_MULTICAST(dst)) {
		pkt_free(p);		/* RFC 1122 lets us ignore those */
		return;
	}
	ic->ic_type = ICMP_ECHOREPLY;
	ic->ic_sum = 0;
	ic->ic_sum = cksum(p->p_data, p->p_len);
	(void) ip_output(p, dst, src, IPPROTO_ICMP, &o);
}

/* The error an ICMP message means for a socket; 0: none. */
static int icmp_errno(uint8_t type, uint8_t code)
{
	if (type == ICMP_TIMXCEED)
		return EHOSTUNREACH;
	if (type == ICMP_PARAMPROB)
		return ENOPROTOOPT;
	if (type != ICMP_UNREACH)
		return 0;
	switch (code) {
	case ICMP_UNREACH_NET:		return ENETUNREACH;
	case ICMP_UNREACH_PROTO:
	case ICMP_UNREACH_PORT:		return ECONNREFUSED;
	case ICMP_UNREACH_NEEDFRAG:	return EMSGSIZE;
	default:			return EHOSTUNREACH;
	}
}

/* An error about a datagram we sent: tell its protocol. */
static void error_input(const struct icmp_hdr *ic, const uint8_t *data,
	size_t len)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) data;
	size_t hl;
	int err = icmp_errno(ic->ic_type, ic->ic_code);

	if (err == 0 || len < IP_HLEN)
		return;
	hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	if (hl < IP_HLEN || len < hl + 8)
		return;			/* RFC 792: the first 8 bytes */
	if (ih->ih_proto == IPPROTO_UDP)
		udp_ctlinput(err, ih->ih_src, ih->ih_dst, data + hl);
	else if (ih->ih_proto == IPPROTO_TCP)
		tcp_ctlinput(err, ih->ih_src, ih->ih_dst, data + hl);
}

void icmp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst)
{
	const struct icmp_hdr *ic = (const struct icmp_hdr *) p->p_data;

	if (p->p_len < ICMP_HLEN || cksum(p->p_data, p->p_len) != 0) {
		pkt_free(p);
		return;
	}
	switch (ic->ic_type) {
	case ICMP_ECHO:
		echo_reply(p, src, dst);
		return;
	case ICMP_UNREACH:
	case ICMP_TIMXCEED:
	case ICMP_PARAMPROB:
		error_input(ic, p->p_data + ICMP_HLEN, p->p_len - ICMP_HLEN);
		break;
	}
	pkt_free(p);
}

/* May we send an error about the datagram with header ih? */
static bool may_answer(const struct ip_hdr *ih, size_t len)
{
	size_t hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	const struct icmp_hdr *ic;
	uint32_t n = now();

	if ((ntohs(ih->ih_off) & IP_OFFMASK) != 0 || ih->ih_src == 0
	    || ip_is_bcast(ih->ih_dst) || IN_MULTICAST(ih->ih_dst)
	    || ip_is_bcast(ih->ih_src) || IN_MULTICAST(ih->ih_src))
		return false;
	if (ih->ih_proto == IPPROTO_ICMP) {
		ic = (const struct icmp_hdr *) ((const uint8_t *) ih + hl);
		if (len < hl + 1 || (ic->ic_type != ICMP_ECHO
		    && ic->ic_type != ICMP_ECHOREPLY))
			return false;	/* never about an ICMP error */
	}
	if (n - last_fill >= HZ) {
		tokens = ICMP_RATE;
		last_fill = n;
	}
	if (tokens == 0)
		return false;
	tokens--;
	return true;
}

/* Send an ICMP error of type and code about the datagram whose header
 * is at iph (len bytes there: the header and what follows). */
void icmp_error(const uint8_t *iph, size_t len, uint8_t type, uint8_t code)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) iph;
	size_t hl = (size_t) (ih->ih_vhl & 0xF) * 4, quote;
	struct icmp_hdr *ic;
	struct pkt *p;

	if (len < IP_HLEN || hl < IP_HLEN || hl > len || !may_answer(ih, len))
		return;
	quote = len - hl < ERR_DATA ? len : hl + ERR_DATA;
	if ((p = pkt_alloc(ICMP_HLEN + quote)) == NULL)
		return;
	ic = (struct icmp_hdr *) p->p_data;
	memset(ic, 0, ICMP_HLEN);
	ic->ic_type = type;
	ic->ic_code = code;
	memcpy(p->p_data + ICMP_HLEN, iph, quote);
	ic->ic_sum = cksum(p->p_data, p->p_len);
	(void) ip_output(p, ip_is_mine(ih->ih_dst) ? ih->ih_dst : 0, ih->ih_src,
		IPPROTO_ICMP, NULL);
}

/*
 * ip.c - IPv4 (RFC 791, with RFC 1122's rules for hosts): datagrams out
 * (the header, the route, fragments when the link is too small) and in
 * (the header's checks, reassembly, delivery to the protocol).
 *
 * INET is a host, not a router: a datagram for an address that is not
 * ours is dropped, and nothing is forwarded.  Datagrams to our own
 * addresses and to 127/8 go through lo.  A datagram for a protocol
 * nobody speaks gets an ICMP protocol unreachable, unless a raw socket
 * took it.
 *
 * Entry points: ip_init, ip_output, ip_output_raw, ip_input, ip_is_mine,
 * ip_is_bcast, ip_source.
 */
#include "inet.h"

static uint16_t next_id;

void ip_init(void)
{
	next_id = (uint16_t) inet_random();
}

/* One of our unicast addresses (or 127/8)? */
bool ip_is_mine(ipaddr_t a)
{
	return IN_LOOP(a) || iface_for_addr(a) != NULL;
}

/* A broadcast address: the limited one, or a usable interface's. */
bool ip_is_bcast(ipaddr_t a)
{
	int i;

	if (a == IP_BCAST)
		return true;
	for (i = 0; i < NR_IFACES; i++)
		if (ifaces[i].if_used && ifaces[i].if_addr != 0
		    && !(ifaces[i].if_flags & IFF_LOOPBACK)
		    && iface_bcast(&ifaces[i]) == a)
			return true;
	return false;
}

/* The source address for a datagram to dst: that of the interface it
 * leaves by; 0 if there is no route. */
ipaddr_t ip_source(ipaddr_t dst)
{
	struct iface *ifp;
	ipaddr_t hop;

	if (IN_LOOP(dst))
		return IP_LOOPBACK;
	if (ip_is_mine(dst))
		return dst;
	if ((ifp = route_lookup(dst, &hop)) == NULL)
		return 0;
	return ifp->if_addr;
}

/* Where a datagram to dst goes: the interface and the next hop. */
static int choose_route(ipaddr_t dst, const struct ip_opts *o,
	struct iface **ifpp, ipaddr_t *hop)
{
	if (ip_is_mine(dst)) {
		*ifpp = loop_iface();
		*hop = dst;
		return OK;
	}
	if (o != NULL && (o->io_flags & IPO_IFACE)) {
		*ifpp = o->io_if;
		*hop = dst;
	} else if ((*ifpp = route_lookup(dst, hop)) == NULL) {
		return -ENETUNREACH;
	}
	if (dst == IP_BCAST)
		*hop = dst;		/* on the link, not to the gateway */
	if ((*ifpp)->if_flags & IFF_LOOPBACK)
		return OK;
	if (!iface_usable(*ifpp))
		return -ENETDOWN;
	if (ip_is_bcast(dst) && !(o != NULL && (o->io_flags & IPO_BCAST)))
		return -EACCES;
	return OK;
}

/* A datagram whose header is made: out by ifp to hop, in fragments if
 * it does not fit. */
static int send_datagram(struct iface *ifp, struct pkt *p, ipaddr_t hop,
	bool df)
{
	if (p->p_len <= ifp->if_mtu) {
		ifp->if_output(ifp, p, hop);
		return OK;
	}
	if (df) {
		pkt_free(p);
		return -EMSGSIZE;
	}
	return ipfrag_output(ifp, p, hop);
}

/* Send p (the protocol's header and data) to dst.  src 0: the address
 * of the interface it leaves by.  p is ours from now on. */
int ip_output(struct pkt *p, ipaddr_t src, ipaddr_t dst, uint8_t proto,
	const struct ip_opts *o)
{
	struct ip_hdr *ih;
	struct iface *ifp;
	ipaddr_t hop;
	int r;

	if ((r = choose_route(dst, o, &ifp, &hop)) != OK) {
		pkt_free(p);
		return r;
	}
	if (p->p_len + IP_HLEN > IP_MAXPACKET) {
		pkt_free(p);
		return -EMSGSIZE;
	}
	if (src == 0)
		src = (ifp->if_flags & IFF_LOOPBACK) && !IN_LOOP(dst)
			? dst : ifp->if_addr;
	ih = (struct ip_hdr *) pkt_push(p, IP_HLEN);
	ih->ih_vhl = IP_VERSION << 4 | IP_HLEN / 4;
	ih->ih_tos = o != NULL ? o->io_tos : 0;
	ih->ih_len = htons((uint16_t) p->p_len);
	ih->ih_id = htons(next_id++);
	ih->ih_off = htons((o != NULL && (o->io_flags & IPO_DF)) ? IP_DF : 0);
	ih->ih_ttl = o != NULL && o->io_ttl != 0 ? o->io_ttl : IP_TTL_DEFAULT;
	ih->ih_proto = proto;
	ih->ih_src = src;
	ih->ih_dst = dst;
	ih->ih_sum = 0;
	ih->ih_sum = cksum(ih, IP_HLEN);
	return send_datagram(ifp, p, hop, o != NULL && (o->io_flags & IPO_DF));
}

/* A raw socket's datagram with its own header (IP_HDRINCL): the id, the
 * source and the checksum are filled in when 0, the length always. */
int ip_output_raw(struct pkt *p, const struct ip_opts *o)
{
	struct ip_hdr *ih = (struct ip_hdr *) p->p_data;
	size_t hl;
	struct iface *ifp;
	ipaddr_t hop;
	int r;

	hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	if (p->p_len < IP_HLEN || (ih->ih_vhl >> 4) != IP_VERSION
	    || hl < IP_HLEN || hl > p->p_len) {
		pkt_free(p);
		return -EINVAL;
	}
	if ((r = choose_route(ih->ih_dst, o, &ifp, &hop)) != OK) {
		pkt_free(p);
		return r;
	}
	ih->ih_len = htons((uint16_t) p->p_len);
	if (ih->ih_id == 0)
		ih->ih_id = htons(next_id++);
	if (ih->ih_src == 0)
		ih->ih_src = ip_source(ih->ih_dst);
	ih->ih_sum = 0;
	ih->ih_sum = cksum(ih, hl);
	return send_datagram(ifp, p, hop, (ntohs(ih->ih_off) & IP_DF) != 0);
}

/* Is the datagram's header sound?  Its header length, or 0. */
static size_t check_header(struct pkt *p)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) p->p_data;
	size_t hl, len;

	if (p->p_len < IP_HLEN || (ih->ih_vhl >> 4) != IP_VERSION)
		return 0;
	hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	len = ntohs(ih->ih_len);
	if (hl < IP_HLEN || hl > len || len > p->p_len
	    || cksum(ih, hl) != 0)
		return 0;
	pkt_trim(p, len);		/* drop the link's padding */
	return hl;
}

/* Is a datagram to dst, received on ifp, for us? */
static bool for_us(struct iface *ifp, ipaddr_t dst, const struct pkt *p)
{
	if (ip_is_mine(dst) || ip_is_bcast(dst))
		return true;
	/* An interface still without an address takes what DHCP's server
	 * sends to the address it offers. */
	return ifp->if_addr == 0 && ifp->if_dhcp != NULL;
}

static void deliver(struct pkt *p, const struct ip_hdr *ih)
{
	ipaddr_t src = ih->ih_src, dst = ih->ih_dst;
	uint8_t proto = ih->ih_proto;

	raw_input(p, proto);
	switch (proto) {
	case IPPROTO_ICMP:
		icmp_input(p, src, dst);
		return;
	case IPPROTO_UDP:
		udp_input(p, src, dst);
		return;
	case IPPROTO_TCP:
		tcp_input(p, src, dst);
		return;
	}
	if (proto != IPPROTO_RAW && !ip_is_bcast(dst))
		icmp_error(p->p_iph, (size_t) (p->p_data - p->p_iph) + p->p_len,
			ICMP_UNREACH, ICMP_UNREACH_PROTO);
	pkt_free(p);
}

/* A datagram came in on ifp (the link's header is off). */
void ip_input(struct iface *ifp, struct pkt *p)
{
	const struct ip_hdr *ih;
	size_t hl;

	if ((hl = check_header(p)) == 0) {
		ifp->if_stats.ifc_ierrors++;
		pkt_free(p);
		return;
	}
	ih = (const struct ip_hdr *) p->p_data;
	if (!for_us(ifp, ih->ih_dst, p) || IN_MULTICAST(ih->ih_dst)
	    || ip_is_bcast(ih->ih_src) || IN_MULTICAST(ih->ih_src)) {
		pkt_free(p);
		return;
	}
	p->p_if = ifp;
	if (ntohs(ih->ih_off) & (IP_MF | IP_OFFMASK)) {
		if ((p = ipfrag_reassemble(p)) == NULL)
			return;			/* more to come, or dropped */
		ih = (const struct ip_hdr *) p->p_data;
		hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	}
	p->p_iph = p->p_data;
	pkt_pull(p, hl);
	deliver(p, ih);
}

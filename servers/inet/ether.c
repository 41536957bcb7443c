/*
 * ether.c - Ethernet (RFC 894): IP and ARP in frames.
 *
 * An Ethernet interface sends IP by ARP (arp.c resolves the next hop,
 * then calls ether_send); frames shorter than the 60 bytes Ethernet
 * needs are padded here.  What comes in for our address or for all is
 * handed to IP or ARP by its type; the rest is dropped.
 *
 * Entry points: ether_attach, ether_input, ether_send.
 */
#include "inet.h"

#define ETH_ZLEN	60		/* the shortest frame, without FCS */

static const uint8_t bcast[ETH_ALEN] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

static void ether_output(struct iface *ifp, struct pkt *p, ipaddr_t hop)
{
	if (ip_is_bcast(hop)) {
		ether_send(ifp, p, bcast, ETH_TYPE_IP);
		return;
	}
	arp_resolve(ifp, p, hop);
}

void ether_attach(struct iface *ifp)
{
	ifp->if_output = ether_output;
	ifp->if_flags |= IFF_BROADCAST;
	ifp->if_mtu = ETH_MTU;
}

void ether_send(struct iface *ifp, struct pkt *p, const uint8_t *dst,
	uint16_t type)
{
	struct eth_hdr *eh;
	size_t len = p->p_len + ETH_HLEN;

	eh = (struct eth_hdr *) pkt_push(p, ETH_HLEN);
	memcpy(eh->eh_dst, dst, ETH_ALEN);
	memcpy(eh->eh_src, ifp->if_hwaddr, ETH_ALEN);
	eh->eh_type = htons(type);
	if (len < ETH_ZLEN && p->p_cap - pkt_headroom(p) >= ETH_ZLEN) {
		memset(p->p_data + len, 0, ETH_ZLEN - len);
		p->p_len = ETH_ZLEN;
	}
	ndev_send(ifp->if_ndev, p);
}

void ether_input(struct iface *ifp, struct pkt *p)
{
	const struct eth_hdr *eh = (const struct eth_hdr *) p->p_data;
	uint16_t type;

	if (!(ifp->if_flags & IFF_UP) || p->p_len < ETH_HLEN
	    || (memcmp(eh->eh_dst, ifp->if_hwaddr,
	    ETH_ALEN) != 0 && memcmp(eh->eh_dst, bcast, ETH_ALEN) != 0)) {
		pkt_free(p);
		return;
	}
	type = ntohs(eh->eh_type);
	pkt_pull(p, ETH_HLEN);
	if (type == ETH_TYPE_IP)
		ip_input(ifp, p);
	else if (type == ETH_TYPE_ARP)
		arp_input(ifp, p);
	else
		pkt_free(p);
}

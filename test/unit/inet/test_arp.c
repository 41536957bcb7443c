/*
 * test_arp.c - host tests of ARP: a request for an unknown next hop,
 * packets held meanwhile (a bounded number), the reply that sends them,
 * requests answered and askers learnt, the retries and the host
 * unreachable when nobody answers, and the cache's expiry.
 */
#include <stdlib.h>
#include "harness.h"

static struct iface eth = { .if_used = true, .if_name = "eth0",
	.if_flags = IFF_UP | IFF_RUNNING, .if_mtu = ETH_MTU,
	.if_hwaddr = { 2, 0, 0, 0, 0, 1 } };
static const uint8_t peer_mac[ETH_ALEN] = { 2, 0, 0, 0, 0, 2 };

#define US	htonl(0x0A000001)
#define PEER	htonl(0x0A000002)
#define OTHER	htonl(0x0A000003)

static struct pkt *ip_packet(void)
{
	struct pkt *p = pkt_alloc(IP_HLEN + 8);
	struct ip_hdr *ih = (struct ip_hdr *) p->p_data;

	memset(p->p_data, 0, p->p_len);
	ih->ih_vhl = 0x45;
	ih->ih_len = htons(IP_HLEN + 8);
	ih->ih_src = US;
	ih->ih_dst = PEER;
	return p;
}

static void arp_from(uint16_t op, const uint8_t *sha, ipaddr_t spa,
    ipaddr_t tpa)
{
	struct pkt *p = pkt_alloc(sizeof(struct arp_pkt));
	struct arp_pkt *a = (struct arp_pkt *) p->p_data;

	memset(a, 0, sizeof(*a));
	a->ap_hw = htons(ARP_HW_ETHER);
	a->ap_proto = htons(ETH_TYPE_IP);
	a->ap_hlen = ETH_ALEN;
	a->ap_plen = 4;
	a->ap_op = htons(op);
	memcpy(a->ap_sha, sha, ETH_ALEN);
	a->ap_spa = spa;
	a->ap_tpa = tpa;
	arp_input(&eth, p);
}

static int count_type(uint16_t type)
{
	int i, n = 0;

	for (i = 0; i < ether_sent; i++)
		n += ether_log[i].type == type;
	return n;
}

static void clear_log(void)
{
	int i;

	for (i = 0; i < ether_sent; i++)
		pkt_free(ether_log[i].pkt);
	ether_sent = 0;
}

static void resolution(void)
{
	const struct arp_pkt *req;
	int i;

	eth.if_addr = US;
	for (i = 0; i < 10; i++)
		arp_resolve(&eth, ip_packet(), PEER);
	CHECK("one_request_for_an_unknown_hop",
	    count_type(ETH_TYPE_ARP) == 1 && count_type(ETH_TYPE_IP) == 0);
	req = (const struct arp_pkt *) ether_log[0].pkt->p_data;
	CHECK("the_request_is_broadcast_and_asks_for_it",
	    ether_log[0].dst[0] == 0xFF && req->ap_tpa == PEER
	    && ntohs(req->ap_op) == ARP_REQUEST && req->ap_spa == US);
	clear_log();
	arp_from(ARP_REPLY, peer_mac, PEER, US);
	CHECK("the_reply_sends_at_most_8_held_packets",
	    count_type(ETH_TYPE_IP) == 8);
	CHECK("to_the_address_it_gave",
	    memcmp(ether_log[0].dst, peer_mac, ETH_ALEN) == 0);
	clear_log();
	arp_resolve(&eth, ip_packet(), PEER);
	CHECK("a_known_hop_is_sent_at_once", count_type(ETH_TYPE_IP) == 1
	    && count_type(ETH_TYPE_ARP) == 0);
	clear_log();
}

static void answering(void)
{
	static const uint8_t other_mac[ETH_ALEN] = { 2, 0, 0, 0, 0, 3 };
	const struct arp_pkt *rep;
	uint8_t mac[ETH_ALEN];

	arp_from(ARP_REQUEST, other_mac, OTHER, US);
	rep = (const struct arp_pkt *) ether_log[0].pkt->p_data;
	CHECK("a_request_for_us_is_answered", ether_sent == 1
	    && ntohs(rep->ap_op) == ARP_REPLY && rep->ap_spa == US
	    && memcmp(rep->ap_sha, eth.if_hwaddr, ETH_ALEN) == 0
	    && memcmp(ether_log[0].dst, other_mac, ETH_ALEN) == 0);
	CHECK("and_the_asker_is_learnt", arp_lookup(&eth, OTHER, mac)
	    && memcmp(mac, other_mac, ETH_ALEN) == 0);
	clear_log();
	arp_from(ARP_REQUEST, other_mac, OTHER, htonl(0x0A000009));
	CHECK("a_request_for_another_is_not", ether_sent == 0);
}

static void expiry(void)
{
	advance(SECS(300) - 2);
	CHECK("an_entry_lives_5_minutes", arp_lookup(&eth, PEER, NULL));
	advance(2);
	CHECK("then_it_is_forgotten", !arp_lookup(&eth, PEER, NULL));
	arp_resolve(&eth, ip_packet(), PEER);
	CHECK("and_asked_again_at_the_next_use",
	    count_type(ETH_TYPE_ARP) == 1);
	arp_from(ARP_REPLY, peer_mac, PEER, US);
	clear_log();
}

static void no_answer(void)
{
	ipaddr_t nobody = htonl(0x0A000063);
	int i;

	icmp_errors = 0;
	for (i = 0; i < 3; i++)
		arp_resolve(&eth, ip_packet(), nobody);
	advance(SECS(1));
	advance(SECS(1));
	CHECK("the_request_is_sent_three_times",
	    count_type(ETH_TYPE_ARP) >= 3);
	advance(SECS(1));
	CHECK("then_each_held_packet_gets_host_unreachable",
	    icmp_errors == 3 && icmp_last_type == ICMP_UNREACH
	    && icmp_last_code == ICMP_UNREACH_HOST);
	CHECK("and_the_entry_goes", !arp_lookup(&eth, nobody, NULL));
	clear_log();
}

int main(void)
{
	resolution();
	answering();
	expiry();
	no_answer();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

/*
 * test_dhcp.c - host tests of the DHCP client against a server the test
 * plays: DISCOVER, OFFER, REQUEST, ACK and the address set; renewal at
 * T1 (to the server), rebinding at T2 (broadcast), the address given up
 * when the lease ends; a NAK; and the fallback when nobody answers.
 */
#include <stdlib.h>
#include "harness.h"

#define SERVER	htonl(0x0A000202)
#define OFFERED	htonl(0x0A00020F)
#define MASK	htonl(0xFFFFFF00)
#define XID_OFF	(UDP_HLEN + 4)

static struct iface eth = { .if_used = true, .if_name = "eth0",
	.if_flags = IFF_UP | IFF_RUNNING, .if_mtu = ETH_MTU,
	.if_hwaddr = { 0x52, 0x54, 0, 0x12, 0x34, 0x56 } };

/* iface.c's part, as the client sees it. */
int addr_sets;

void iface_set_addr(struct iface *ifp, ipaddr_t addr, ipaddr_t mask,
    ipaddr_t gw, uint32_t how)
{
	ifp->if_addr = addr;
	ifp->if_mask = mask;
	ifp->if_gateway = gw;
	ifp->if_config = how;
	addr_sets++;
}

void iface_clear_addr(struct iface *ifp)
{
	ifp->if_addr = ifp->if_mask = ifp->if_gateway = 0;
	ifp->if_config = IFCONF_NONE;
}

/* The last message the client sent: its type (option 53), where to,
 * and its transaction id. */
static int last_type(ipaddr_t *dst, uint32_t *xid)
{
	struct sent *s, *last = NULL;
	const uint8_t *o;
	int type = 0;
	size_t i;

	while ((s = sent_get()) != NULL) {
		if (last != NULL)
			sent_free(last);
		last = s;
	}
	if (last == NULL)
		return 0;
	*dst = last->s_dst;
	memcpy(xid, last->s_pkt->p_data + XID_OFF, 4);
	o = last->s_pkt->p_data + UDP_HLEN + 240;
	for (i = 0; i + 2 < last->s_pkt->p_len - UDP_HLEN - 240; i += 2 + o[i + 1])
		if (o[i] == 53) {
			type = o[i + 2];
			break;
		}
	sent_free(last);
	return type;
}

/* The server answers with type (and a lease of lease seconds). */
static void answer(uint32_t xid, int type, uint32_t lease)
{
	struct pkt *p = pkt_alloc(UDP_HLEN + 300);
	uint8_t *b = p->p_data + UDP_HLEN, *o = b + 240;
	struct udp_hdr *uh = (struct udp_hdr *) p->p_data;
	uint32_t v;

	memset(p->p_data, 0, p->p_len);
	uh->uh_sport = htons(67);
	uh->uh_dport = htons(68);
	uh->uh_len = htons(UDP_HLEN + 300);
	b[0] = 2;
	b[1] = 1;
	b[2] = 6;
	memcpy(b + 4, &xid, 4);
	v = OFFERED;
	memcpy(b + 16, &v, 4);
	memcpy(b + 28, eth.if_hwaddr, 6);
	v = htonl(0x63825363);
	memcpy(b + 236, &v, 4);
	*o++ = 53; *o++ = 1; *o++ = (uint8_t) type;
	*o++ = 54; *o++ = 4; v = SERVER; memcpy(o, &v, 4); o += 4;
	*o++ = 1; *o++ = 4; v = MASK; memcpy(o, &v, 4); o += 4;
	*o++ = 51; *o++ = 4; v = htonl(lease); memcpy(o, &v, 4); o += 4;
	*o = 255;
	CHECK("the_client_takes_its_answers", dhcp_input(&eth, p, SERVER));
}

static void lease_and_renewal(void)
{
	ipaddr_t dst;
	uint32_t xid;

	dhcp_start(&eth);
	CHECK("discover_is_broadcast", last_type(&dst, &xid) == 1
	    && dst == IP_BCAST && dhcp_state(&eth) == IFDHCP_SELECTING);
	answer(xid, 2, 1000);
	CHECK("an_offer_is_requested", last_type(&dst, &xid) == 3
	    && dhcp_state(&eth) == IFDHCP_REQUESTING);
	answer(xid, 5, 1000);
	CHECK("the_ack_sets_the_address", eth.if_addr == OFFERED
	    && eth.if_mask == MASK && eth.if_config == IFCONF_DHCP
	    && dhcp_state(&eth) == IFDHCP_BOUND);
	CHECK("the_lease_counts_down", dhcp_lease_left(&eth) == 1000);
	advance(SECS(500) - 1);
	CHECK("nothing_before_t1", sent_count() == 0);
	advance(1);
	CHECK("at_t1_renewing_asks_the_server", last_type(&dst, &xid) == 3
	    && dst == SERVER && dhcp_state(&eth) == IFDHCP_RENEWING);
	advance(SECS(375));
	CHECK("at_t2_rebinding_broadcasts", last_type(&dst, &xid) == 3
	    && dst == IP_BCAST && dhcp_state(&eth) == IFDHCP_REBINDING);
	answer(xid, 5, 1000);
	CHECK("an_ack_renews_the_lease", dhcp_state(&eth) == IFDHCP_BOUND
	    && dhcp_lease_left(&eth) == 1000);
	advance(SECS(1000));
	sent_flush();
	CHECK("when_the_lease_ends_the_address_goes", eth.if_addr == 0
	    && dhcp_state(&eth) == IFDHCP_SELECTING);
}

static void nak_and_fallback(void)
{
	ipaddr_t dst;
	uint32_t xid;

	sent_flush();
	(void) last_type(&dst, &xid);
	dhcp_start(&eth);
	(void) last_type(&dst, &xid);
	answer(xid, 2, 1000);
	(void) last_type(&dst, &xid);
	answer(xid, 6, 0);
	CHECK("a_nak_starts_again", dhcp_state(&eth) == IFDHCP_SELECTING);
	eth.if_fb_addr = htonl(0x0A000263);
	eth.if_fb_mask = MASK;
	advance(SECS(1 + 2 + 4));
	sent_flush();
	CHECK("without_a_server_the_fallback_is_used",
	    eth.if_addr == htonl(0x0A000263)
	    && eth.if_config == IFCONF_FALLBACK);
	dhcp_stop(&eth);
}

int main(void)
{
	lease_and_renewal();
	nak_and_fallback();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

/*
 * arp.c - the frames nettest exchanges with QEMU's user-mode network:
 * an ARP request from 10.0.2.15 (the address QEMU's network gives the
 * guest) for 10.0.2.2 (its virtual gateway), and the gateway's answer.
 * Nothing is ever sent to any other address.
 *
 * Entry points: arp_request(), arp_is_gateway_reply().
 */
#include <string.h>
#include "nettest.h"

#define ETH_ARP		0x0806
#define ARP_REQUEST	1
#define ARP_REPLY	2

static const uint8_t guest_ip[4] = { 10, 0, 2, 15 };
static const uint8_t gateway_ip[4] = { 10, 0, 2, 2 };

static void put16(uint8_t *p, uint16_t v)
{
	p[0] = v >> 8;
	p[1] = v & 0xFF;
}

static uint16_t get16(const uint8_t *p)
{
	return p[0] << 8 | p[1];
}

/* Who has 10.0.2.2?  Tell 10.0.2.15 (mac).  Returns its length. */
size_t arp_request(uint8_t *f, const uint8_t mac[NDEV_HWADDR_LEN])
{
	memset(f, 0xFF, 6);			/* to everyone */
	memcpy(f + 6, mac, 6);
	put16(f + 12, ETH_ARP);
	put16(f + 14, 1);			/* Ethernet */
	put16(f + 16, 0x0800);			/* IPv4 */
	f[18] = 6;
	f[19] = 4;
	put16(f + 20, ARP_REQUEST);
	memcpy(f + 22, mac, 6);
	memcpy(f + 28, guest_ip, 4);
	memset(f + 32, 0, 6);
	memcpy(f + 38, gateway_ip, 4);
	return ARP_FRAME;
}

/* Is it the gateway's answer, to us?  Then gw is its address. */
bool arp_is_gateway_reply(const uint8_t *f, size_t len,
	const uint8_t mac[NDEV_HWADDR_LEN], uint8_t gw[NDEV_HWADDR_LEN])
{
	if (len < ARP_FRAME || memcmp(f, mac, 6) != 0
	    || get16(f + 12) != ETH_ARP || get16(f + 20) != ARP_REPLY
	    || memcmp(f + 28, gateway_ip, 4) != 0
	    || memcmp(f + 32, mac, 6) != 0 || memcmp(f + 38, guest_ip, 4) != 0
	    || memcmp(f + 6, f + 22, 6) != 0)
		return false;
	memcpy(gw, f + 22, 6);
	return true;
}

/*
 * arp.c - ARP (RFC 826, RFC 1122 2.3.2): the Ethernet address of each
 * next hop on a link.
 *
 * The cache has ARP_ENTRIES entries.  An entry is INCOMPLETE while its
 * request is out (sent again every ARP_RETRY, ARP_TRIES times), holding
 * at most ARP_HOLD packets for it (the oldest is dropped for a newer
 * one); then REACHABLE until ARP_EXPIRE after it was last confirmed by
 * a reply or request from that host, when it is forgotten and asked
 * again at the next use.  A host that never answers costs its held
 * packets, each of which gets an ICMP host unreachable toward its
 * sender: a local socket sees EHOSTUNREACH.  A full cache drops the
 * entry that expires first.
 *
 * Requests for our address are answered, and the asker is learnt
 * (RFC 826's merge: a sender already in the cache is refreshed by any
 * packet from it).
 *
 * Entry points: arp_resolve, arp_input, arp_iface_changed, arp_lookup.
 */
#include "inet.h"

#define ARP_ENTRIES	64
#define ARP_RETRY	SECS(1)
#define ARP_TRIES	3
#define ARP_HOLD	8
#define ARP_EXPIRE	SECS(300)

enum { AE_FREE, AE_INCOMPLETE, AE_REACHABLE };

struct arp_entry {
	int ae_state;
	struct iface *ae_if;
	ipaddr_t ae_ip;
	uint8_t ae_mac[ETH_ALEN];
	int ae_tries;
	struct pktq ae_held;
	struct timer ae_timer;		/* retry, or expiry */
};

static struct arp_entry cache[ARP_ENTRIES];
static const uint8_t bcast[ETH_ALEN] = { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF };

static struct arp_entry *find(struct iface *ifp, ipaddr_t ip)
{
	int i;

	for (i = 0; i < ARP_ENTRIES; i++)
		if (cache[i].ae_state != AE_FREE && cache[i].ae_if == ifp
		    && cache[i].ae_ip == ip)
			return &cache[i];
	return NULL;
}

/* Forget e; its held packets get a host unreachable if unreachable. */
static void forget(struct arp_entry *e, bool unreachable)
{
	struct pkt *p;

	timer_stop(&e->ae_timer);
	while ((p = pktq_get(&e->ae_held)) != NULL) {
		if (unreachable)
			icmp_error(p->p_data, p->p_len, ICMP_UNREACH,
				ICMP_UNREACH_HOST);
		pkt_free(p);
	}
	e->ae_state = AE_FREE;
}

/* A free entry; a full cache gives up the one that expires first. */
static struct arp_entry *new_entry(void)
{
	struct arp_entry *victim = NULL;
	int i;

	for (i = 0; i < ARP_ENTRIES; i++) {
		if (cache[i].ae_state == AE_FREE)
			return &cache[i];
		if (victim == NULL || TICK_BEFORE(cache[i].ae_timer.t_when,
		    victim->ae_timer.t_when))
			victim = &cache[i];
	}
	forget(victim, false);
	return victim;
}

/* A new entry for ip on ifp, not yet resolved. */
static struct arp_entry *new_entry_for(struct iface *ifp, ipaddr_t ip)
{
	struct arp_entry *e = new_entry();

	e->ae_state = AE_INCOMPLETE;
	e->ae_if = ifp;
	e->ae_ip = ip;
	e->ae_tries = 0;
	return e;
}

static void send_arp(struct iface *ifp, uint16_t op, const uint8_t *tha,
	ipaddr_t tpa, const uint8_t *dst)
{
	struct pkt *p = pkt_alloc(sizeof(struct arp_pkt));
	struct arp_pkt *a;

	if (p == NULL)
		return;
	a = (struct arp_pkt *) p->p_data;
	a->ap_hw = htons(ARP_HW_ETHER);
	a->ap_proto = htons(ETH_TYPE_IP);
	a->ap_hlen = ETH_ALEN;
	a->ap_plen = 4;
	a->ap_op = htons(op);
	memcpy(a->ap_sha, ifp->if_hwaddr, ETH_ALEN);
	a->ap_spa = ifp->if_addr;
	memcpy(a->ap_tha, tha, ETH_ALEN);
	a->ap_tpa = tpa;
	ether_send(ifp, p, dst, ETH_TYPE_ARP);
}

static void expired(void *arg);

static void request(struct arp_entry *e)
{
	static const uint8_t zero[ETH_ALEN];

	e->ae_tries++;
	send_arp(e->ae_if, ARP_REQUEST, zero, e->ae_ip, bcast);
	timer_set(&e->ae_timer, ARP_RETRY, expired, e);
}

/* An entry's timer: ask again, give up, or forget a stale address. */
static void expired(void *arg)
{
	struct arp_entry *e = arg;

	if (e->ae_state == AE_INCOMPLETE && e->ae_tries < ARP_TRIES)
		request(e);
	else
		forget(e, e->ae_state == AE_INCOMPLETE);
}

/* ip is at mac: the entry is reachable, and what it held goes. */
static void learn(struct arp_entry *e, const uint8_t *mac)
{
	struct pkt *p;

	memcpy(e->ae_mac, mac, ETH_ALEN);
	e->ae_state = AE_REACHABLE;
	e->ae_tries = 0;
	timer_set(&e->ae_timer, ARP_EXPIRE, expired, e);
	while ((p = pktq_get(&e->ae_held)) != NULL)
		ether_send(e->ae_if, p, e->ae_mac, ETH_TYPE_IP);
}

/* Send IP packet p to hop, on ifp, once its address is known. */
void arp_resolve(struct iface *ifp, struct pkt *p, ipaddr_t hop)
{
	struct arp_entry *e = find(ifp, hop);

	if (e != NULL && e->ae_state == AE_REACHABLE) {
		ether_send(ifp, p, e->ae_mac, ETH_TYPE_IP);
		return;
	}
	if (e == NULL) {
		e = new_entry_for(ifp, hop);
		request(e);
	}
	if (e->ae_held.q_len >= ARP_HOLD)
		pkt_free(pktq_get(&e->ae_held));
	pktq_put(&e->ae_held, p);
}

void arp_input(struct iface *ifp, struct pkt *p)
{
	const struct arp_pkt *a = (const struct arp_pkt *) p->p_data;
	struct arp_entry *e;
	bool for_us;

	if (p->p_len < sizeof(*a) || ntohs(a->ap_hw) != ARP_HW_ETHER
	    || ntohs(a->ap_proto) != ETH_TYPE_IP || a->ap_hlen != ETH_ALEN
	    || a->ap_plen != 4 || a->ap_spa == 0 || ip_is_bcast(a->ap_spa)
	    || (a->ap_sha[0] & 1)) {
		pkt_free(p);
		return;
	}
	for_us = ifp->if_addr != 0 && a->ap_tpa == ifp->if_addr;
	if ((e = find(ifp, a->ap_spa)) != NULL)
		learn(e, a->ap_sha);
	else if (for_us)
		learn(new_entry_for(ifp, a->ap_spa), a->ap_sha);
	if (for_us && ntohs(a->ap_op) == ARP_REQUEST)
		send_arp(ifp, ARP_REPLY, a->ap_sha, a->ap_spa, a->ap_sha);
	pkt_free(p);
}

/* ifp's address or state changed: what it knew may be wrong now. */
void arp_iface_changed(struct iface *ifp)
{
	int i;

	for (i = 0; i < ARP_ENTRIES; i++)
		if (cache[i].ae_state != AE_FREE && cache[i].ae_if == ifp)
			forget(&cache[i], false);
}

/* For the tests: is ip known on ifp, and where? */
bool arp_lookup(struct iface *ifp, ipaddr_t ip, uint8_t *mac)
{
	struct arp_entry *e = find(ifp, ip);

	if (e == NULL || e->ae_state != AE_REACHABLE)
		return false;
	if (mac != NULL)
		memcpy(mac, e->ae_mac, ETH_ALEN);
	return true;
}

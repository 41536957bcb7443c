/*
 * dhcp.c - the DHCP client (RFC 2131, options from RFC 2132): an
 * Ethernet interface's address, mask and default gateway from the
 * network's server (QEMU's user network has one at 10.0.2.2).
 *
 * The states are RFC 2131's: SELECTING (DISCOVER broadcast, waiting for
 * an offer), REQUESTING (REQUEST broadcast for the first offer, waiting
 * for the ACK), BOUND (the lease is ours until T1), RENEWING (REQUEST
 * to the server that gave it, until T2), REBINDING (REQUEST broadcast,
 * until the lease ends: then the address goes and SELECTING starts
 * again).  A restarted INET, or an interface that had a lease, starts
 * by asking for the address it had (INIT-REBOOT's REQUEST, here called
 * REQUESTING too).
 *
 * Messages are sent again with a doubling wait (1, 2, 4, ... up to 64
 * seconds: RFC 2131's 4 s is for slower networks than a virtual LAN).  If no server answers DHCP_FALLBACK_TRIES DISCOVERs and the
 * interface has a static fallback (ifconfig -f /etc/inet.conf), the
 * fallback is used meanwhile, and DISCOVERs go on slowly: a server that
 * comes later replaces it.
 *
 * Entry points: dhcp_start, dhcp_stop, dhcp_renew, dhcp_input,
 * dhcp_state, dhcp_lease_left.
 */
#include <stdio.h>
#include <stdlib.h>
#include "inet.h"

#define PORT_SERVER	67
#define PORT_CLIENT	68
#define BOOTREQUEST	1
#define BOOTREPLY	2
#define DHCP_MAGIC	0x63825363
#define BOOTP_MIN	300		/* the smallest BOOTP message */
#define FLAG_BROADCAST	0x8000

/* Message types (option 53) and the options we use. */
enum { DISCOVER = 1, OFFER, REQUEST, DECLINE, ACK, NAK, RELEASE };
#define OPT_PAD		0
#define OPT_MASK	1
#define OPT_ROUTER	3
#define OPT_HOSTNAME	12
#define OPT_REQ_IP	50
#define OPT_LEASE	51
#define OPT_TYPE	53
#define OPT_SERVER	54
#define OPT_PARAMS	55
#define OPT_T1		58
#define OPT_T2		59
#define OPT_END		255

#define RETRY_FIRST	SECS(1)
#define RETRY_MAX	SECS(64)
#define SLOW_RETRY	SECS(60)	/* DISCOVER behind a fallback */
#define DHCP_FALLBACK_TRIES 3
#define REQUEST_TRIES	4

struct bootp {
	uint8_t b_op, b_htype, b_hlen, b_hops;
	uint32_t b_xid;
	uint16_t b_secs, b_flags;
	uint32_t b_ciaddr, b_yiaddr, b_siaddr, b_giaddr;
	uint8_t b_chaddr[16];
	uint8_t b_sname[64];
	uint8_t b_file[128];
	uint32_t b_magic;
	uint8_t b_opts[];
} __attribute__((packed));

struct dhcp {
	struct iface *d_if;
	uint32_t d_state;		/* IFDHCP_* */
	uint32_t d_xid;
	int d_tries;
	uint32_t d_wait;		/* the next retry's wait, ticks */
	ipaddr_t d_offer, d_server, d_mask, d_router;
	uint32_t d_lease, d_t1, d_t2;	/* seconds */
	uint32_t d_bound_at;		/* tick */
	struct timer d_timer;
};

struct reply {				/* what an answer says */
	int r_type;
	ipaddr_t r_addr, r_server, r_mask, r_router;
	uint32_t r_lease, r_t1, r_t2;
};

static void timeout(void *arg);
static void renew_step(struct dhcp *d);

/* --- sending ---------------------------------------------------------------- */

static uint8_t *put_opt(uint8_t *o, uint8_t code, const void *val,
	uint8_t len)
{
	*o++ = code;
	*o++ = len;
	memcpy(o, val, len);
	return o + len;
}

/* The options of a message of type; returns their end. */
static uint8_t *options(struct dhcp *d, uint8_t *o, uint8_t type)
{
	static const uint8_t params[] = { OPT_MASK, OPT_ROUTER, OPT_LEASE,
		OPT_T1, OPT_T2 };
	static const char host[] = "resurgo";

	o = put_opt(o, OPT_TYPE, &type, 1);
	if (type == REQUEST && d->d_state == IFDHCP_REQUESTING) {
		o = put_opt(o, OPT_REQ_IP, &d->d_offer, 4);
		if (d->d_server != 0)
			o = put_opt(o, OPT_SERVER, &d->d_server, 4);
	}
	o = put_opt(o, OPT_PARAMS, params, sizeof(params));
	o = put_opt(o, OPT_HOSTNAME, host, sizeof(host) - 1);
	*o++ = OPT_END;
	return o;
}

/* Send a message of type: broadcast, or to the server when renewing. */
static void send_msg(struct dhcp *d, uint8_t type)
{
	struct iface *ifp = d->d_if;
	bool renew = d->d_state == IFDHCP_RENEWING;
	ipaddr_t src = renew || d->d_state == IFDHCP_REBINDING ? ifp->if_addr : 0;
	ipaddr_t dst = renew ? d->d_server : IP_BCAST;
	struct ip_opts io = { 0, 0, IPO_BCAST | IPO_IFACE, ifp };
	size_t len = sizeof(struct bootp) + 64;
	struct bootp *b;
	struct udp_hdr *uh;
	struct pkt *p;
	uint8_t *end;

	if (len < BOOTP_MIN)
		len = BOOTP_MIN;
	if ((p = pkt_alloc(UDP_HLEN + len)) == NULL)
		return;
	memset(p->p_data, 0, p->p_len);
	b = (struct bootp *) (p->p_data + UDP_HLEN);
	b->b_op = BOOTREQUEST;
	b->b_htype = ARP_HW_ETHER;
	b->b_hlen = ETH_ALEN;
	b->b_xid = d->d_xid;
	b->b_flags = src == 0 ? htons(FLAG_BROADCAST) : 0;
	b->b_ciaddr = src;
	memcpy(b->b_chaddr, ifp->if_hwaddr, ETH_ALEN);
	b->b_magic = htonl(DHCP_MAGIC);
	end = options(d, b->b_opts, type);
	(void) end;
	uh = (struct udp_hdr *) p->p_data;
	uh->uh_sport = htons(PORT_CLIENT);
	uh->uh_dport = htons(PORT_SERVER);
	uh->uh_len = htons((uint16_t) p->p_len);
	uh->uh_sum = cksum_pseudo(src, dst, IPPROTO_UDP, p->p_data, p->p_len);
	if (uh->uh_sum == 0)
		uh->uh_sum = 0xFFFF;
	if (renew)
		io.io_flags = 0;
	(void) ip_output(p, src, dst, IPPROTO_UDP, &io);
}

/* --- states ------------------------------------------------------------------ */

static void set_state(struct dhcp *d, uint32_t state, uint32_t wait)
{
	d->d_state = state;
	d->d_tries = 0;
	d->d_wait = wait;
	timer_set(&d->d_timer, wait, timeout, d);
}

static void selecting(struct dhcp *d)
{
	d->d_xid = inet_random();
	d->d_offer = d->d_server = 0;
	set_state(d, IFDHCP_SELECTING, RETRY_FIRST);
	send_msg(d, DISCOVER);
}

static void requesting(struct dhcp *d, ipaddr_t addr, ipaddr_t server)
{
	d->d_offer = addr;
	d->d_server = server;
	set_state(d, IFDHCP_REQUESTING, RETRY_FIRST);
	send_msg(d, REQUEST);
}

/* Ticks from now until second sec of the lease. */
static uint32_t lease_at(struct dhcp *d, uint32_t sec)
{
	uint32_t at = d->d_bound_at + SECS(sec), n = now();

	return TICK_BEFORE(n, at) ? at - n : 1;
}

static void bound(struct dhcp *d, const struct reply *r)
{
	struct iface *ifp = d->d_if;

	d->d_lease = r->r_lease != 0 ? r->r_lease : 3600;
	d->d_t1 = r->r_t1 != 0 ? r->r_t1 : d->d_lease / 2;
	d->d_t2 = r->r_t2 != 0 ? r->r_t2 : d->d_lease / 8 * 7;
	d->d_server = r->r_server;
	d->d_mask = r->r_mask != 0 ? r->r_mask : htonl(0xFFFFFF00);
	d->d_router = r->r_router;
	d->d_bound_at = now();
	if (d->d_state != IFDHCP_RENEWING && d->d_state != IFDHCP_REBINDING)
		printf("inet: %s: DHCP lease of %s for %u s from %s\n",
			ifp->if_name, ip_ntoa(r->r_addr), d->d_lease,
			ip_ntoa(r->r_server));
	d->d_state = IFDHCP_BOUND;
	timer_set(&d->d_timer, lease_at(d, d->d_t1), timeout, d);
	iface_set_addr(ifp, r->r_addr, d->d_mask, d->d_router, IFCONF_DHCP);
}

/* No server answers: the fallback, if there is one, meanwhile. */
static void use_fallback(struct dhcp *d)
{
	struct iface *ifp = d->d_if;

	if (ifp->if_fb_addr == 0 || ifp->if_config == IFCONF_FALLBACK)
		return;
	printf("inet: %s: no DHCP server; using the fallback address\n",
		ifp->if_name);
	iface_set_addr(ifp, ifp->if_fb_addr, ifp->if_fb_mask,
		ifp->if_fb_gateway, IFCONF_FALLBACK);
}

/* Wait again, twice as long (up to RETRY_MAX). */
static void backoff(struct dhcp *d)
{
	d->d_tries++;
	d->d_wait = d->d_wait * 2 < RETRY_MAX ? d->d_wait * 2 : RETRY_MAX;
	timer_set(&d->d_timer, d->d_wait, timeout, d);
}

static void timeout(void *arg)
{
	struct dhcp *d = arg;

	switch (d->d_state) {
	case IFDHCP_SELECTING:
		backoff(d);
		if (d->d_tries >= DHCP_FALLBACK_TRIES && d->d_if->if_fb_addr) {
			use_fallback(d);
			timer_set(&d->d_timer, SLOW_RETRY, timeout, d);
		}
		send_msg(d, DISCOVER);
		break;
	case IFDHCP_REQUESTING:
		if (d->d_tries >= REQUEST_TRIES) {
			selecting(d);
			break;
		}
		backoff(d);
		send_msg(d, REQUEST);
		break;
	case IFDHCP_BOUND:
		d->d_state = IFDHCP_RENEWING;
		/* fall through */
	case IFDHCP_RENEWING:
	case IFDHCP_REBINDING:
		renew_step(d);
		break;
	}
}

/* RENEWING or REBINDING: ask again, or let the address go when the
 * lease is over.  RFC 2131 4.4.5: wait half the time left until T2 (or
 * the end of the lease), but at least a minute. */
static void renew_step(struct dhcp *d)
{
	uint32_t elapsed = (now() - d->d_bound_at) / HZ, until, wait;

	if (elapsed >= d->d_lease) {
		printf("inet: %s: the DHCP lease has ended\n", d->d_if->if_name);
		iface_clear_addr(d->d_if);
		selecting(d);
		return;
	}
	if (elapsed >= d->d_t2)
		d->d_state = IFDHCP_REBINDING;
	send_msg(d, REQUEST);
	until = d->d_state == IFDHCP_RENEWING ? d->d_t2 : d->d_lease;
	wait = until > elapsed ? (until - elapsed) / 2 : 0;
	if (wait < 60)
		wait = 60;
	timer_set(&d->d_timer, SECS(wait) < lease_at(d, until) ? SECS(wait)
		: lease_at(d, until), timeout, d);
}

/* --- receiving ---------------------------------------------------------------- */

static uint32_t get32(const uint8_t *v)
{
	uint32_t x;

	memcpy(&x, v, 4);
	return x;
}

/* The options of an answer; false if they run past its end. */
static bool parse_options(const uint8_t *o, size_t len, struct reply *r)
{
	size_t i = 0, n;
	uint8_t code;

	while (i < len) {
		if ((code = o[i++]) == OPT_END)
			return true;
		if (code == OPT_PAD)
			continue;
		if (i >= len || i + 1 + (n = o[i]) > len)
			return false;
		i++;
		if (code == OPT_TYPE && n >= 1)
			r->r_type = o[i];
		else if (code == OPT_MASK && n >= 4)
			r->r_mask = get32(o + i);
		else if (code == OPT_ROUTER && n >= 4)
			r->r_router = get32(o + i);
		else if (code == OPT_SERVER && n >= 4)
			r->r_server = get32(o + i);
		else if (code == OPT_LEASE && n >= 4)
			r->r_lease = ntohl(get32(o + i));
		else if (code == OPT_T1 && n >= 4)
			r->r_t1 = ntohl(get32(o + i));
		else if (code == OPT_T2 && n >= 4)
			r->r_t2 = ntohl(get32(o + i));
		i += n;
	}
	return true;
}

/* Is this BOOTP message an answer to us?  Fills in r. */
static bool parse(struct dhcp *d, const uint8_t *msg, size_t len,
	struct reply *r)
{
	const struct bootp *b = (const struct bootp *) msg;

	memset(r, 0, sizeof(*r));
	if (len < sizeof(*b) || b->b_op != BOOTREPLY || b->b_xid != d->d_xid
	    || ntohl(b->b_magic) != DHCP_MAGIC
	    || memcmp(b->b_chaddr, d->d_if->if_hwaddr, ETH_ALEN) != 0)
		return false;
	r->r_addr = b->b_yiaddr;
	if (!parse_options(b->b_opts, len - sizeof(*b), r))
		return false;
	if (r->r_server == 0)
		r->r_server = b->b_siaddr;
	return r->r_type != 0;
}

static void answer(struct dhcp *d, const struct reply *r)
{
	bool addr_ok = r->r_addr != 0 && !ip_is_bcast(r->r_addr)
		&& !IN_MULTICAST(r->r_addr) && !IN_LOOP(r->r_addr);

	switch (d->d_state) {
	case IFDHCP_SELECTING:
		if (r->r_type == OFFER && addr_ok)
			requesting(d, r->r_addr, r->r_server);
		break;
	case IFDHCP_REQUESTING:
	case IFDHCP_RENEWING:
	case IFDHCP_REBINDING:
		if (r->r_type == ACK && addr_ok) {
			if (d->d_state != IFDHCP_REQUESTING)
				printf("inet: %s: DHCP lease renewed\n",
					d->d_if->if_name);
			bound(d, r);
		} else if (r->r_type == NAK) {
			if (d->d_if->if_config == IFCONF_DHCP)
				iface_clear_addr(d->d_if);
			selecting(d);
		}
		break;
	}
}

/* A UDP datagram (p: its header and data) on ifp: DHCP's, if it is
 * from the server port to the client port; then it is taken. */
bool dhcp_input(struct iface *ifp, struct pkt *p, ipaddr_t src)
{
	const struct udp_hdr *uh = (const struct udp_hdr *) p->p_data;
	struct dhcp *d = ifp->if_dhcp;
	struct reply r;

	if (d == NULL || ntohs(uh->uh_dport) != PORT_CLIENT
	    || ntohs(uh->uh_sport) != PORT_SERVER)
		return false;
	if (parse(d, p->p_data + UDP_HLEN, ntohs(uh->uh_len) - UDP_HLEN, &r))
		answer(d, &r);
	pkt_free(p);
	return true;
}

/* --- control ------------------------------------------------------------------ */

/* Start DHCP on ifp: for the address it had, if DHCP gave it one. */
void dhcp_start(struct iface *ifp)
{
	struct dhcp *d = ifp->if_dhcp;

	if (d == NULL) {
		if ((d = calloc(1, sizeof(*d))) == NULL)
			return;
		d->d_if = ifp;
		ifp->if_dhcp = d;
	}
	d->d_xid = inet_random();
	if (ifp->if_config == IFCONF_DHCP && ifp->if_addr != 0)
		requesting(d, ifp->if_addr, 0);
	else
		selecting(d);
}

void dhcp_stop(struct iface *ifp)
{
	struct dhcp *d = ifp->if_dhcp;

	if (d == NULL)
		return;
	timer_stop(&d->d_timer);
	ifp->if_dhcp = NULL;
	free(d);
}

/* Renew the lease now (ifconfig IF renew). */
void dhcp_renew(struct iface *ifp)
{
	struct dhcp *d = ifp->if_dhcp;

	if (d == NULL)
		return;
	if (d->d_state == IFDHCP_SELECTING || d->d_state == IFDHCP_REQUESTING) {
		timer_set(&d->d_timer, 1, timeout, d);
		return;
	}
	d->d_state = IFDHCP_RENEWING;
	renew_step(d);
}

uint32_t dhcp_state(const struct iface *ifp)
{
	return ifp->if_dhcp != NULL ? ifp->if_dhcp->d_state : IFDHCP_OFF;
}

uint32_t dhcp_lease_left(const struct iface *ifp)
{
	const struct dhcp *d = ifp->if_dhcp;
	uint32_t elapsed;

	if (d == NULL || d->d_state < IFDHCP_BOUND)
		return 0;
	elapsed = (now() - d->d_bound_at) / HZ;
	return elapsed < d->d_lease ? d->d_lease - elapsed : 0;
}

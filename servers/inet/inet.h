/*
 * inet.h - INET's declarations: configuration, addresses, and the entry
 * points of each layer (one file each; see docs/net.md for the map).
 *
 * Addresses and ports are kept in network byte order everywhere, as
 * they come in packets and in struct sockaddr_in; only arithmetic on
 * them converts.
 */
#ifndef _INET_INET_H
#define _INET_INET_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <errno.h>
#include <sys/types.h>
#include <netinet/in.h>
#include <net/if.h>
#include <minix/types.h>
#include <minix/endpoint.h>
#include "wire.h"
#include "pkt.h"
#include "timer.h"

#ifndef HZ
#define HZ		100
#endif
#define SECS(s)		((uint32_t) (s) * HZ)
#define MSECS(ms)	(((uint32_t) (ms) * HZ + 999) / 1000)

typedef uint32_t ipaddr_t;		/* network byte order */

#define IP_ANY		((ipaddr_t) 0)
#define IP_BCAST	((ipaddr_t) 0xFFFFFFFF)
#define IP_LOOPBACK	htonl(INADDR_LOOPBACK)
#define IN_LOOP(a)	((ntohl(a) >> 24) == IN_LOOPBACKNET)
#define IN_MULTICAST(a)	((ntohl(a) >> 28) == 0xE)

#define NR_IFACES	8		/* lo and up to seven NICs */
#define LO_MTU		16384		/* loopback: no Ethernet limit */
#define NR_SOCKS	512

/* --- interfaces (iface.c) ---------------------------------------------- */

struct ndev;
struct dhcp;

struct iface {
	bool if_used;
	int if_index;
	char if_name[IFNAMSIZ];
	uint32_t if_flags;		/* IFF_* */
	uint32_t if_mtu;
	uint8_t if_hwaddr[ETH_ALEN];
	ipaddr_t if_addr;		/* 0: none yet */
	ipaddr_t if_mask;
	ipaddr_t if_gateway;		/* the default route through it */
	uint32_t if_config;		/* IFCONF_* */
	ipaddr_t if_fb_addr, if_fb_mask, if_fb_gateway;	/* fallback */
	struct if_counters if_stats;
	/* Send an IP packet (its header made) to nexthop on this link. */
	void (*if_output)(struct iface *ifp, struct pkt *p, ipaddr_t nexthop);
	struct ndev *if_ndev;		/* Ethernet: the NIC client's state */
	struct dhcp *if_dhcp;		/* Ethernet: the DHCP client's */
};

extern struct iface ifaces[NR_IFACES];

struct iface *iface_new(const char *prefix);
struct iface *iface_by_name(const char *name);
struct iface *iface_by_index(int index);
struct iface *iface_for_addr(ipaddr_t addr);
bool iface_usable(const struct iface *ifp);
void iface_set_addr(struct iface *ifp, ipaddr_t addr, ipaddr_t mask,
	ipaddr_t gateway, uint32_t how);
void iface_clear_addr(struct iface *ifp);
void iface_updown(struct iface *ifp, bool up);
ipaddr_t iface_bcast(const struct iface *ifp);

/* --- configuration kept across restarts, ifconfig's ioctls (ifconf.c) -- */

void ifconf_restore(struct iface *ifp);
void ifconf_save(struct iface *ifp);
int ifconf_get(struct ifinfo *ifi);
int ifconf_set(const struct ifset *ifs, uint32_t uid);

/* --- routes (route.c) ---------------------------------------------------- */

struct iface *route_lookup(ipaddr_t dst, ipaddr_t *nexthop);
void route_iface_changed(struct iface *ifp);

/* --- the loopback interface (loop.c) ------------------------------------- */

void loop_init(void);
struct iface *loop_iface(void);
void loop_run(void);			/* deliver what was sent to lo */
bool loop_pending(void);

/* --- network drivers, Ethernet, ARP (ndev.c, ether.c, arp.c) ------------- */

void ndev_init(bool restarted);
void ndev_ds_event(void);
void ndev_reply(const void *msg);	/* a message from a network driver */
bool ndev_is_driver(int endpoint);
void ndev_send(struct ndev *nd, struct pkt *p);
void ndev_getstat(struct iface *ifp);
const char *ndev_label(const struct iface *ifp);
void ndev_counters(const struct iface *ifp, uint32_t *link,
	struct if_counters *c);
int ndev_restarts(const struct iface *ifp);

void ether_attach(struct iface *ifp);
void ether_input(struct iface *ifp, struct pkt *p);
void ether_send(struct iface *ifp, struct pkt *p, const uint8_t *dst,
	uint16_t type);

void arp_input(struct iface *ifp, struct pkt *p);
void arp_resolve(struct iface *ifp, struct pkt *p, ipaddr_t nexthop);
void arp_iface_changed(struct iface *ifp);
bool arp_lookup(struct iface *ifp, ipaddr_t ip, uint8_t *mac);

/* --- DHCP (dhcp.c) -------------------------------------------------------- */

void dhcp_start(struct iface *ifp);
void dhcp_stop(struct iface *ifp);
void dhcp_renew(struct iface *ifp);
bool dhcp_input(struct iface *ifp, struct pkt *p, ipaddr_t src);
uint32_t dhcp_state(const struct iface *ifp);
uint32_t dhcp_lease_left(const struct iface *ifp);

/* --- IP, ICMP (ip.c, ipfrag.c, icmp.c) ----------------------------------- */

#define IPO_DF		0x01		/* do not fragment */
#define IPO_BCAST	0x02		/* a broadcast is allowed */
#define IPO_IFACE	0x04		/* out of the given iface only */

struct ip_opts {			/* what a sender may choose */
	uint8_t io_ttl;			/* 0: the default */
	uint8_t io_tos;
	uint8_t io_flags;		/* IPO_* */
	struct iface *io_if;		/* IPO_IFACE */
};

void ip_init(void);
int ip_output(struct pkt *p, ipaddr_t src, ipaddr_t dst, uint8_t proto,
	const struct ip_opts *opts);
int ip_output_raw(struct pkt *p, const struct ip_opts *opts);
void ip_input(struct iface *ifp, struct pkt *p);
bool ip_is_mine(ipaddr_t a);
bool ip_is_bcast(ipaddr_t a);
ipaddr_t ip_source(ipaddr_t dst);
struct pkt *ipfrag_reassemble(struct pkt *p);
int ipfrag_output(struct iface *ifp, struct pkt *p, ipaddr_t nexthop);
int ipfrag_count(void);			/* datagrams being put together */

void icmp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst);
void icmp_error(const uint8_t *iph, size_t len, uint8_t type, uint8_t code);

/* --- checksums (cksum.c) -------------------------------------------------- */

uint32_t cksum_add(uint32_t sum, const void *data, size_t len);
uint16_t cksum_fold(uint32_t sum);
uint16_t cksum(const void *data, size_t len);
uint16_t cksum_pseudo(ipaddr_t src, ipaddr_t dst, uint8_t proto,
	const void *data, size_t len);

/* --- transports (udp.c, raw.c, tcp_*.c) ----------------------------------- */

void udp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst);
void udp_ctlinput(int err, ipaddr_t src, ipaddr_t dst, const uint8_t *hdr);
void raw_input(const struct pkt *p, uint8_t proto);
void tcp_init(void);
void tcp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst);
void tcp_ctlinput(int err, ipaddr_t src, ipaddr_t dst, const uint8_t *hdr);

/* --- helpers ---------------------------------------------------------------- */

const char *ip_ntoa(ipaddr_t a);	/* a static buffer per call, 4 kept */
uint32_t inet_random(void);

#endif

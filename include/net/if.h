/*
 * net/if.h - network interfaces, as ifconfig sees and changes them
 * through the ioctls of <sys/sockio.h>.
 */
#ifndef _NET_IF_H
#define _NET_IF_H

#include <stdint.h>
#include <netinet/in.h>

#define IFNAMSIZ	16

/* ifi_flags */
#define IFF_UP		0x0001		/* configured up (ifconfig up) */
#define IFF_BROADCAST	0x0002
#define IFF_LOOPBACK	0x0008
#define IFF_RUNNING	0x0040		/* the driver is there and set up */

/* ifi_link */
#define IFLINK_UNKNOWN	0
#define IFLINK_DOWN	1
#define IFLINK_UP	2

/* ifi_config: where the address comes from */
#define IFCONF_NONE	0		/* none yet */
#define IFCONF_STATIC	1		/* set by hand (ifconfig) */
#define IFCONF_DHCP	2		/* DHCP (the default) */
#define IFCONF_FALLBACK	3		/* DHCP found no server: the static
					 * fallback */

/* ifi_dhcp: the DHCP client's state (RFC 2131's names) */
#define IFDHCP_OFF	0
#define IFDHCP_SELECTING 1		/* DISCOVER sent, waiting for offers */
#define IFDHCP_REQUESTING 2		/* REQUEST sent, waiting for the ACK */
#define IFDHCP_BOUND	3
#define IFDHCP_RENEWING	4
#define IFDHCP_REBINDING 5

struct if_counters {
	uint64_t ifc_ibytes;		/* received */
	uint64_t ifc_obytes;		/* sent */
	uint32_t ifc_ipackets;
	uint32_t ifc_opackets;
	uint32_t ifc_ierrors;		/* damaged frames */
	uint32_t ifc_oerrors;		/* frames the card could not send */
	uint32_t ifc_idrops;		/* frames lost for want of room */
	uint32_t ifc_odrops;		/* frames INET had to drop */
	uint32_t ifc_collisions;
};

struct ifinfo {
	uint32_t ifi_index;		/* SIOCGIFINFO by number: which */
	char ifi_name[IFNAMSIZ];	/* lo, eth0, ... */
	char ifi_driver[16];		/* the driver's label; "" for lo */
	uint32_t ifi_flags;		/* IFF_* */
	uint32_t ifi_link;		/* IFLINK_* */
	uint32_t ifi_mtu;
	uint8_t ifi_hwaddr[6];
	uint8_t ifi_pad[2];
	struct in_addr ifi_addr;
	struct in_addr ifi_netmask;
	struct in_addr ifi_broadaddr;
	struct in_addr ifi_gateway;	/* the default route through it */
	uint32_t ifi_config;		/* IFCONF_* */
	uint32_t ifi_dhcp;		/* IFDHCP_* */
	uint32_t ifi_lease;		/* DHCP: seconds the lease has left */
	uint32_t ifi_restarts;		/* driver instances after the first */
	struct in_addr ifi_fb_addr;	/* the static fallback (0: none) */
	struct in_addr ifi_fb_netmask;
	struct in_addr ifi_fb_gateway;
	struct if_counters ifi_stats;
};

/* ifs_set: what SIOCSIFINFO changes */
#define IFS_ADDR	0x0001		/* ifs_addr, ifs_netmask: static */
#define IFS_GATEWAY	0x0002		/* ifs_gateway (0: no default route) */
#define IFS_UP		0x0004
#define IFS_DOWN	0x0008
#define IFS_DHCP	0x0010		/* start DHCP (again) */
#define IFS_FALLBACK	0x0020		/* ifs_addr, _netmask, _gateway are
					 * the fallback if DHCP finds none */
#define IFS_RENEW	0x0040		/* renew the DHCP lease now */
#define IFS_LATER	0x0080		/* no such interface yet: apply this
					 * when it comes (ifconfig -f) */

struct ifset {
	char ifs_name[IFNAMSIZ];
	uint32_t ifs_set;		/* IFS_* */
	struct in_addr ifs_addr;
	struct in_addr ifs_netmask;
	struct in_addr ifs_gateway;
};

#endif

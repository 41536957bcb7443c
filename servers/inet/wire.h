/*
 * wire.h - the packet formats INET speaks, as they are on the wire:
 * Ethernet (RFC 894), ARP (RFC 826), IPv4 (RFC 791), ICMP (RFC 792),
 * UDP (RFC 768), TCP (RFC 793/9293) and DHCP (RFC 2131).  Multi-byte
 * fields are in network byte order.
 */
#ifndef _INET_WIRE_H
#define _INET_WIRE_H

#include <stdint.h>

#define ETH_ALEN	6
#define ETH_HLEN	14
#define ETH_MTU		1500
#define ETH_TYPE_IP	0x0800
#define ETH_TYPE_ARP	0x0806

struct eth_hdr {
	uint8_t eh_dst[ETH_ALEN];
	uint8_t eh_src[ETH_ALEN];
	uint16_t eh_type;
} __attribute__((packed));

#define ARP_HW_ETHER	1
#define ARP_REQUEST	1
#define ARP_REPLY	2

struct arp_pkt {
	uint16_t ap_hw;			/* ARP_HW_ETHER */
	uint16_t ap_proto;		/* ETH_TYPE_IP */
	uint8_t ap_hlen;		/* 6 */
	uint8_t ap_plen;		/* 4 */
	uint16_t ap_op;
	uint8_t ap_sha[ETH_ALEN];	/* sender */
	uint32_t ap_spa;
	uint8_t ap_tha[ETH_ALEN];	/* target */
	uint32_t ap_tpa;
} __attribute__((packed));

#define IP_VERSION	4
#define IP_HLEN		20		/* without options */
#define IP_MAXPACKET	65535
#define IP_DF		0x4000		/* don't fragment */
#define IP_MF		0x2000		/* more fragments */
#define IP_OFFMASK	0x1FFF		/* fragment offset, in 8 bytes */
#define IP_TTL_DEFAULT	64

struct ip_hdr {
	uint8_t ih_vhl;			/* version << 4 | header words */
	uint8_t ih_tos;
	uint16_t ih_len;		/* the whole datagram */
	uint16_t ih_id;
	uint16_t ih_off;		/* flags and fragment offset */
	uint8_t ih_ttl;
	uint8_t ih_proto;
	uint16_t ih_sum;
	uint32_t ih_src;
	uint32_t ih_dst;
} __attribute__((packed));

#define ICMP_ECHOREPLY	0
#define ICMP_UNREACH	3
#define ICMP_UNREACH_NET	0
#define ICMP_UNREACH_HOST	1
#define ICMP_UNREACH_PROTO	2
#define ICMP_UNREACH_PORT	3
#define ICMP_UNREACH_NEEDFRAG	4
#define ICMP_SOURCEQUENCH 4
#define ICMP_ECHO	8
#define ICMP_TIMXCEED	11
#define ICMP_PARAMPROB	12
#define ICMP_HLEN	8

struct icmp_hdr {
	uint8_t ic_type;
	uint8_t ic_code;
	uint16_t ic_sum;
	uint16_t ic_id;			/* echo; unused by errors */
	uint16_t ic_seq;
} __attribute__((packed));

#define UDP_HLEN	8

struct udp_hdr {
	uint16_t uh_sport;
	uint16_t uh_dport;
	uint16_t uh_len;
	uint16_t uh_sum;
} __attribute__((packed));

#define TCP_HLEN	20		/* without options */
#define TCP_FIN		0x01
#define TCP_SYN		0x02
#define TCP_RST		0x04
#define TCP_PSH		0x08
#define TCP_ACK		0x10
#define TCP_URG		0x20
#define TCPOPT_EOL	0
#define TCPOPT_NOP	1
#define TCPOPT_MSS	2

struct tcp_hdr {
	uint16_t th_sport;
	uint16_t th_dport;
	uint32_t th_seq;
	uint32_t th_ack;
	uint8_t th_off;			/* header words << 4 */
	uint8_t th_flags;
	uint16_t th_win;
	uint16_t th_sum;
	uint16_t th_urp;
} __attribute__((packed));

/* The pseudo-header of the UDP and TCP checksums. */
struct pseudo_hdr {
	uint32_t ph_src;
	uint32_t ph_dst;
	uint8_t ph_zero;
	uint8_t ph_proto;
	uint16_t ph_len;
} __attribute__((packed));

_Static_assert(sizeof(struct eth_hdr) == ETH_HLEN, "ethernet header");
_Static_assert(sizeof(struct arp_pkt) == 28, "ARP packet");
_Static_assert(sizeof(struct ip_hdr) == IP_HLEN, "IP header");
_Static_assert(sizeof(struct tcp_hdr) == TCP_HLEN, "TCP header");

#endif

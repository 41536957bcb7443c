/*
 * netinet/in.h - the Internet (IPv4) domain: addresses, ports,
 * protocols and byte order.
 *
 * Addresses and ports in a struct sockaddr_in are in network byte order
 * (big-endian): htonl() and htons() make them from host numbers.
 */
#ifndef _NETINET_IN_H
#define _NETINET_IN_H

#include <stdint.h>
#include <sys/socket.h>

typedef uint16_t	in_port_t;
typedef uint32_t	in_addr_t;

struct in_addr {
	in_addr_t s_addr;
};

struct sockaddr_in {
	sa_family_t sin_family;		/* AF_INET */
	in_port_t sin_port;
	struct in_addr sin_addr;
	unsigned char sin_zero[8];
};

#define IPPROTO_IP	0
#define IPPROTO_ICMP	1
#define IPPROTO_TCP	6
#define IPPROTO_UDP	17
#define IPPROTO_IPV6	41
#define IPPROTO_RAW	255

#define INADDR_ANY		((in_addr_t) 0x00000000)
#define INADDR_BROADCAST	((in_addr_t) 0xFFFFFFFF)
#define INADDR_NONE		((in_addr_t) 0xFFFFFFFF)
#define INADDR_LOOPBACK		((in_addr_t) 0x7F000001)	/* host order */

#define INET_ADDRSTRLEN	16

/* Options at level IPPROTO_IP. */
#define IP_HDRINCL	2		/* raw: the data has its IP header */
#define IP_TOS		3
#define IP_TTL		4

#define IN_LOOPBACKNET	127

/* The machine is little-endian; a constant stays a constant. */
#define htonl(x)	__builtin_bswap32((uint32_t) (x))
#define ntohl(x)	__builtin_bswap32((uint32_t) (x))
#define htons(x)	__builtin_bswap16((uint16_t) (x))
#define ntohs(x)	__builtin_bswap16((uint16_t) (x))

#endif

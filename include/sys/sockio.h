/*
 * sys/sockio.h - socket ioctls: interfaces and their configuration
 * (ifconfig).  Any AF_INET socket will do to ask; changes need root.
 */
#ifndef _SYS_SOCKIO_H
#define _SYS_SOCKIO_H

#include <sys/ioctl.h>
#include <net/if.h>

/* struct ifinfo of the interface named in ifi_name, or (ifi_name "")
 * the ifi_index-th; ENXIO when there is none. */
#define SIOCGIFINFO	_IOWR('i', 1, struct ifinfo)
/* Change an interface: struct ifset. */
#define SIOCSIFINFO	_IOW('i', 2, struct ifset)
/* The pi_index-th protocol endpoint INET has (netstat): every TCP
 * connection and listener, also those no program holds any more
 * (TIME_WAIT), then every UDP and raw socket.  ENXIO past the last. */
#define SIOCGPCBINFO	_IOWR('i', 3, struct pcbinfo)

struct pcbinfo {
	uint32_t pi_index;		/* which: asked */
	uint32_t pi_proto;		/* IPPROTO_TCP, IPPROTO_UDP, or a raw
					 * socket's protocol */
	uint32_t pi_raw;		/* 1: a raw socket */
	struct in_addr pi_laddr;	/* 0: any */
	struct in_addr pi_faddr;	/* 0: none */
	uint16_t pi_lport, pi_fport;	/* network order; 0: none */
	char pi_state[16];		/* TCP: the state, by RFC 793's name;
					 * else "" */
	uint32_t pi_rcvq;		/* bytes received, not yet read */
	uint32_t pi_sndq;		/* TCP: bytes not yet acknowledged */
};

#endif

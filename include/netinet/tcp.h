/*
 * netinet/tcp.h - options at level IPPROTO_TCP.
 */
#ifndef _NETINET_TCP_H
#define _NETINET_TCP_H

#define TCP_NODELAY	1		/* int: send at once, no Nagle */
#define TCP_MAXSEG	2		/* int, get: the segment size */

#endif

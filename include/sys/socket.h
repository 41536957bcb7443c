/*
 * sys/socket.h - sockets: descriptors for network endpoints.
 *
 * A socket is a file descriptor.  VFS takes the calls and hands each to
 * the driver of the socket's domain (AF_INET: the INET server); see
 * docs/net.md.  Every call returns -1 with errno on failure.
 */
#ifndef _SYS_SOCKET_H
#define _SYS_SOCKET_H

#include <stdint.h>
#include <sys/types.h>
#include <sys/uio.h>

typedef uint32_t	socklen_t;
typedef uint16_t	sa_family_t;

struct sockaddr {
	sa_family_t sa_family;
	char sa_data[14];
};

/* Room for any address the system knows. */
struct sockaddr_storage {
	sa_family_t ss_family;
	char __ss_pad[126];
} __attribute__((aligned(8)));

/* Domains (address families). */
#define AF_UNSPEC	0
#define AF_UNIX		1
#define AF_LOCAL	AF_UNIX
#define AF_INET		2
#define AF_INET6	10
#define PF_UNSPEC	AF_UNSPEC
#define PF_UNIX		AF_UNIX
#define PF_LOCAL	AF_LOCAL
#define PF_INET		AF_INET
#define PF_INET6	AF_INET6

/* Types; socket() and accept4() also take the two flags. */
#define SOCK_STREAM	1
#define SOCK_DGRAM	2
#define SOCK_RAW	3
#define SOCK_SEQPACKET	5
#define SOCK_NONBLOCK	0x10000000
#define SOCK_CLOEXEC	0x20000000
#define SOCK_TYPE_MASK	0x0FFFFFFF

/* Options at level SOL_SOCKET. */
#define SOL_SOCKET	0xFFFF
#define SO_DEBUG	0x0001
#define SO_ACCEPTCONN	0x0002		/* get: listening? */
#define SO_REUSEADDR	0x0004
#define SO_KEEPALIVE	0x0008
#define SO_DONTROUTE	0x0010
#define SO_BROADCAST	0x0020
#define SO_LINGER	0x0080		/* struct linger */
#define SO_OOBINLINE	0x0100
#define SO_SNDBUF	0x1001
#define SO_RCVBUF	0x1002
#define SO_SNDLOWAT	0x1003
#define SO_RCVLOWAT	0x1004
#define SO_SNDTIMEO	0x1005		/* struct timeval */
#define SO_RCVTIMEO	0x1006
#define SO_ERROR	0x1007		/* get: the pending error, cleared */
#define SO_TYPE		0x1008		/* get: SOCK_* */

struct linger {
	int l_onoff;
	int l_linger;			/* seconds */
};

#define SOMAXCONN	128		/* the longest listen backlog */

/* Flags of send and recv. */
#define MSG_OOB		0x0001
#define MSG_PEEK	0x0002		/* look, leave the data queued */
#define MSG_DONTROUTE	0x0004
#define MSG_EOR		0x0008
#define MSG_TRUNC	0x0010		/* a datagram was longer */
#define MSG_CTRUNC	0x0020
#define MSG_WAITALL	0x0040		/* wait for all of it */
#define MSG_DONTWAIT	0x0080		/* this call does not wait */
#define MSG_NOSIGNAL	0x0400		/* EPIPE without SIGPIPE */

/* shutdown() */
#define SHUT_RD		0
#define SHUT_WR		1
#define SHUT_RDWR	2

struct msghdr {
	void *msg_name;			/* the address, or NULL */
	socklen_t msg_namelen;
	struct iovec *msg_iov;
	int msg_iovlen;
	void *msg_control;		/* no control data is passed */
	socklen_t msg_controllen;
	int msg_flags;
};

int socket(int domain, int type, int protocol);
int socketpair(int domain, int type, int protocol, int fds[2]);
int bind(int fd, const struct sockaddr *addr, socklen_t len);
int connect(int fd, const struct sockaddr *addr, socklen_t len);
int listen(int fd, int backlog);
int accept(int fd, struct sockaddr *addr, socklen_t *len);
int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags);
ssize_t send(int fd, const void *buf, size_t len, int flags);
ssize_t recv(int fd, void *buf, size_t len, int flags);
ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	const struct sockaddr *to, socklen_t tolen);
ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
	struct sockaddr *from, socklen_t *fromlen);
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags);
ssize_t recvmsg(int fd, struct msghdr *msg, int flags);
int shutdown(int fd, int how);
int getsockname(int fd, struct sockaddr *addr, socklen_t *len);
int getpeername(int fd, struct sockaddr *addr, socklen_t *len);
int setsockopt(int fd, int level, int name, const void *val, socklen_t len);
int getsockopt(int fd, int level, int name, void *val, socklen_t *len);

#endif

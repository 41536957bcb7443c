/*
 * sock.h - INET's sockets: what is common to TCP, UDP and raw sockets
 * (sock.c, sockopt.c), and the operations each protocol provides.
 *
 * A request that cannot be answered at once (a recv with no data, a
 * send with no room, an accept with no connection, a connect under way)
 * waits on its socket as a struct sreq.  Whenever a protocol changes
 * something a request or a select may wait for, it calls sock_wake(),
 * which tries the waiting requests again and tells VFS of what select
 * watches and has become ready.
 */
#ifndef _INET_SOCK_H
#define _INET_SOCK_H

#include <sys/socket.h>
#include <minix/sockdriver.h>
#include "inet.h"

/* Where a send's bytes come from or a recv's go: the user's buffer,
 * through the request's grant, from offset sd_off on (or plain memory,
 * for the host tests). */
struct sockdata {
	const struct sockdriver_req *sd_req;
	size_t sd_off;
	uint8_t *sd_mem;
};

int sockdata_in(const struct sockdata *d, size_t off, void *buf,
	size_t len);
int sockdata_out(const struct sockdata *d, size_t off, const void *buf,
	size_t len);

struct sock;

/* Each returns OK (or a count), a negated error, or -EAGAIN when the
 * call would wait (the socket layer waits, or answers EAGAIN to a
 * non-blocking request). */
struct sockops {
	int (*so_bind)(struct sock *s, const struct sockaddr_in *sin);
	/* OK: connected; -EINPROGRESS: under way (so_connected tells). */
	int (*so_connect)(struct sock *s, const struct sockaddr_in *sin);
	int (*so_connected)(struct sock *s);
	int (*so_listen)(struct sock *s, int backlog);
	int (*so_accept)(struct sock *s, struct sock **newp,
		struct sockaddr_in *peer);
	/* Send bytes *done .. len-1 of d; *done moves on.  OK when all
	 * are taken. */
	int (*so_send)(struct sock *s, const struct sockdata *d, size_t len,
		size_t *done, const struct sockaddr_in *to, int flags);
	/* Bytes received (0: the end of the stream). */
	int (*so_recv)(struct sock *s, const struct sockdata *d, size_t len,
		struct sockaddr_in *from, int flags, int *rflags);
	int (*so_shutdown)(struct sock *s, int how);
	int (*so_name)(struct sock *s, struct sockaddr_in *sin, bool peer);
	int (*so_setopt)(struct sock *s, int level, int name,
		const void *val, size_t len);
	int (*so_getopt)(struct sock *s, int level, int name, void *val,
		size_t *len);
	unsigned (*so_ready)(struct sock *s);	/* SDEV_OP_* */
	size_t (*so_nread)(struct sock *s);	/* FIONREAD */
	void (*so_close)(struct sock *s);	/* the socket goes away */
};

struct sreq {				/* a request that waits */
	struct sreq *sr_next;
	struct sock *sr_sock;
	struct sockdriver_req sr_req;
	size_t sr_done;			/* bytes moved so far */
	struct timer sr_timer;		/* SO_RCVTIMEO, SO_SNDTIMEO */
};

/* s_opts: the boolean options at SOL_SOCKET, as their SO_* bits. */
#define SOCK_BOOL_OPTS	(SO_DEBUG | SO_REUSEADDR | SO_KEEPALIVE \
			| SO_DONTROUTE | SO_BROADCAST | SO_OOBINLINE)

#define SHUT_RD_DONE	0x1
#define SHUT_WR_DONE	0x2

struct sock {
	bool s_used;
	int32_t s_id;			/* VFS's name for it */
	int s_type;			/* SOCK_* */
	int s_proto;			/* IPPROTO_* */
	uint32_t s_uid;			/* who made it */
	const struct sockops *s_ops;
	void *s_pcb;			/* the protocol's state */
	uint32_t s_opts;		/* SO_* bits */
	uint32_t s_rcvbuf, s_sndbuf;	/* bytes */
	int s_error;			/* SO_ERROR: a pending error, errno */
	struct linger s_linger;
	uint32_t s_rcvtimeo, s_sndtimeo; /* ticks; 0: forever */
	uint8_t s_shut;			/* SHUT_*_DONE */
	struct ip_opts s_ip;		/* IP_TTL, IP_TOS */
	bool s_hdrincl;			/* IP_HDRINCL (raw) */
	struct sreq *s_reqs;		/* waiting requests, oldest first */
	unsigned s_sel_ops;		/* watched for select, not ready */
	endpoint_t s_sel_watcher;
};

extern const struct sockdriver inet_sockdriver;

void sock_init(void);
struct sock *sock_new(int type, int proto, uint32_t uid);
struct sock *sock_at(int i);
void sock_wake(struct sock *s);
void sock_set_error(struct sock *s, int err);
int sock_take_error(struct sock *s);
void sock_reset_all(void);
struct pktq;
unsigned sock_dgram_ready(const struct sock *s, const struct pktq *rcvq);
size_t sock_dgram_nread(const struct pktq *rcvq);

/* sockopt.c: SOL_SOCKET options and the ioctls */
int sockopt_set(struct sock *s, int level, int name, const void *val,
	size_t len);
int sockopt_get(struct sock *s, int level, int name, void *val,
	size_t *len);
int sock_ioctl(struct sock *s, const struct sockdriver_req *req);

/* pcbinfo.c: what netstat sees (<sys/sockio.h>) */
struct pcbinfo;
int pcbinfo_get(struct pcbinfo *pi);
int opt_int(const void *val, size_t len, int *out);
int opt_put_int(void *val, size_t *len, int v);

/* The protocols' constructors: fill in s_ops and s_pcb. */
int udp_create(struct sock *s);
int raw_create(struct sock *s);
int tcp_create(struct sock *s);

#endif

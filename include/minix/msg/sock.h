/*
 * msg/sock.h - the socket driver protocol: VFS <-> a socket driver (INET
 * for AF_INET; include/minix/dmap.h maps each domain to its driver).
 *
 * Asynchronous both ways, like the character device protocol: VFS sends
 * every request with asynsend and goes on; the driver answers each one
 * with an SDEV_REPLY carrying the request's id, also by asynsend, at
 * once or when it can (a recv waits for data, an accept for a
 * connection).  Neither side ever waits for the other.
 *
 * A socket is named by the driver's id for it (sock), which SDEV_CREATE
 * and SDEV_ACCEPT answer.  Every request carries the user it is made for,
 * its effective uid (a raw socket, a port below 1024 and changing an
 * interface need root) and SDEV_NONBLOCK when the descriptor is
 * non-blocking or the call said MSG_DONTWAIT.  A request that would wait
 * is answered EAGAIN when SDEV_NONBLOCK is set (EINPROGRESS for a
 * connect, which goes on: SO_ERROR tells how it ended).
 *
 * Data and addresses travel through grants VFS makes of the user's
 * memory, for the driver, for the duration of the request:
 *   BIND, CONNECT		addr: the address (read)
 *   ACCEPT, GETSOCKNAME,	addr: room for the address (written); the
 *     GETPEERNAME		  reply's addr_len is its full length, which
 *				  may exceed the room (it is then cut)
 *   SEND			data (read); addr: a destination or none
 *   RECV			data (written); addr: room for the source
 *				  or none; the reply: bytes, addr_len, and
 *				  MSG_TRUNC in flags when a datagram was cut
 *   SETSOCKOPT, GETSOCKOPT	value (read / written; GET's answer is
 *				  the value's length)
 *   IOCTL			the argument, of the size the request's
 *				  number encodes (<sys/sockio.h>)
 * A grant the driver cannot use makes the request fail with EFAULT.
 *
 * SDEV_CLOSE ends a socket and has no answer; the driver finishes what
 * the socket still has to do (a TCP connection sends what is left and
 * its FIN) on its own.  SDEV_CANCEL (id: the request) makes the driver
 * drop a waiting request; VFS has already answered its user (EINTR), so
 * the cancelled request has no answer of its own any more.
 *
 * select(2) and poll(2): SDEV_SELECT asks which of the SDEV_OP_* in ops
 * are ready on sock; the answer (SDEV_SEL_REPLY, at once) has the ready
 * ones, plus SDEV_OP_HUP and SDEV_OP_ERROR whether asked or not.  With
 * SDEV_NOTIFY the driver remembers what was not ready and sends one
 * SDEV_SEL_NOTIFY (sock; status: what became ready) when some of it
 * does, then forgets it.  "Ready" means that the call would not wait:
 * a recv that would fail or find the end of the stream is ready too.
 *
 * A reply's status is a byte count, a socket id, OK, or a negated error.
 *
 * Recovery: a driver announces every instance in DS (DS_DRV_VFS
 * "<label>", as character drivers do).  Sockets live in the driver's
 * memory, so those of a dead instance are gone: VFS fails every request
 * still waiting at it and every later call on its sockets with
 * ECONNRESET, reports their descriptors ready to select, and sends new
 * sockets to the new instance.
 */
#ifndef _MINIX_MSG_SOCK_H
#define _MINIX_MSG_SOCK_H

#include <minix/types.h>
#include <minix/safecopies.h>

#define SDEV_BASE	0x0F00
#define SDEV_CREATE	(SDEV_BASE + 1)	/* m_sdev_create -> sock */
#define SDEV_BIND	(SDEV_BASE + 2)	/* m_sdev_addr */
#define SDEV_CONNECT	(SDEV_BASE + 3)	/* m_sdev_addr */
#define SDEV_LISTEN	(SDEV_BASE + 4)	/* m_sdev_listen */
#define SDEV_ACCEPT	(SDEV_BASE + 5)	/* m_sdev_addr -> new sock, addr_len */
#define SDEV_SEND	(SDEV_BASE + 6)	/* m_sdev_io -> bytes */
#define SDEV_RECV	(SDEV_BASE + 7)	/* m_sdev_io -> bytes, addr_len */
#define SDEV_SHUTDOWN	(SDEV_BASE + 8)	/* m_sdev_shutdown */
#define SDEV_GETSOCKNAME (SDEV_BASE + 9) /* m_sdev_addr -> addr_len */
#define SDEV_GETPEERNAME (SDEV_BASE + 10) /* m_sdev_addr -> addr_len */
#define SDEV_SETSOCKOPT	(SDEV_BASE + 11) /* m_sdev_opt */
#define SDEV_GETSOCKOPT	(SDEV_BASE + 12) /* m_sdev_opt -> length */
#define SDEV_IOCTL	(SDEV_BASE + 13) /* m_sdev_ioctl -> OK, a value */
#define SDEV_CLOSE	(SDEV_BASE + 14) /* m_sdev_close; no answer */
#define SDEV_CANCEL	(SDEV_BASE + 15) /* m_sdev_cancel; no answer */
#define SDEV_SELECT	(SDEV_BASE + 16) /* m_sdev_select -> SDEV_SEL_REPLY */
#define SDEV_LAST_REQ	SDEV_SELECT
#define SDEV_REPLY	(SDEV_BASE + 32) /* m_sdev_reply */
#define SDEV_SEL_REPLY	(SDEV_BASE + 33) /* m_sdev_sel_reply */
#define SDEV_SEL_NOTIFY	(SDEV_BASE + 34) /* m_sdev_sel_notify */
#define IS_SDEV_REQUEST(t) ((t) >= SDEV_CREATE && (t) <= SDEV_LAST_REQ)

/* sdev_hdr.flags: the MSG_* flags of a send or recv, and: */
#define SDEV_NONBLOCK	0x10000		/* do not wait: EAGAIN */

/* select: the same bits as CDEV_OP_* (VFS's select treats both alike),
 * and two more that are answered without being asked (poll's POLLHUP
 * and POLLERR). */
#define SDEV_OP_RD	0x01		/* a recv or accept would not wait */
#define SDEV_OP_WR	0x02		/* a send would not wait */
#define SDEV_OP_ERR	0x04		/* an exceptional condition */
#define SDEV_NOTIFY	0x08		/* tell me later (SDEV_SEL_NOTIFY) */
#define SDEV_OP_HUP	0x10		/* the peer is gone: no more data */
#define SDEV_OP_ERROR	0x20		/* an error is pending (SO_ERROR) */

struct sdev_hdr {			/* the start of every request */
	uint32_t id;			/* echoed in the answer */
	int32_t sock;			/* the driver's socket (not CREATE) */
	endpoint_t user;		/* on whose behalf */
	uint32_t uid;			/* the user's effective uid */
	uint32_t flags;			/* SDEV_NONBLOCK, MSG_* */
};

struct m_sdev_create {
	struct sdev_hdr h;
	int32_t domain;			/* AF_* */
	int32_t type;			/* SOCK_*, without SOCK_NONBLOCK etc. */
	int32_t protocol;		/* IPPROTO_*, 0: the type's own */
};

struct m_sdev_addr {			/* BIND, CONNECT, ACCEPT, GET*NAME */
	struct sdev_hdr h;
	cp_grant_id_t grant;		/* the address */
	uint32_t len;			/* its length, or the room for it */
};

struct m_sdev_listen {
	struct sdev_hdr h;
	int32_t backlog;		/* connections that may wait */
};

struct m_sdev_shutdown {
	struct sdev_hdr h;
	int32_t how;			/* SHUT_RD, SHUT_WR, SHUT_RDWR */
};

struct m_sdev_close {
	struct sdev_hdr h;		/* sock; user NONE */
};

struct m_sdev_cancel {
	struct sdev_hdr h;		/* id and user: the request to drop */
};

struct m_sdev_io {			/* SEND, RECV */
	struct sdev_hdr h;
	cp_grant_id_t grant;		/* the data */
	uint32_t len;
	cp_grant_id_t addr_grant;	/* GRANT_INVALID: none */
	uint32_t addr_len;		/* its length, or the room for it */
};

struct m_sdev_opt {			/* SETSOCKOPT, GETSOCKOPT */
	struct sdev_hdr h;
	int32_t level;			/* SOL_SOCKET, IPPROTO_* */
	int32_t name;			/* SO_*, TCP_*, IP_* */
	cp_grant_id_t grant;		/* the value */
	uint32_t len;			/* its length, or the room for it */
};

struct m_sdev_ioctl {
	struct sdev_hdr h;
	uint32_t request;		/* <sys/sockio.h> */
	cp_grant_id_t grant;		/* the argument */
};

struct m_sdev_select {
	struct sdev_hdr h;		/* id: VFS's, for the answer */
	uint32_t ops;			/* SDEV_OP_*, SDEV_NOTIFY */
};

struct m_sdev_reply {
	uint32_t id;
	int32_t status;			/* bytes, OK, or a negated error */
	int32_t sock;			/* CREATE, ACCEPT: the new socket;
					 * else -1 */
	uint32_t addr_len;		/* ACCEPT, RECV, GET*NAME */
	uint32_t flags;			/* RECV: MSG_TRUNC */
};

struct m_sdev_sel_reply {
	uint32_t id;			/* the SDEV_SELECT's */
	int32_t sock;
	int32_t status;			/* SDEV_OP_* ready, or an error */
};

struct m_sdev_sel_notify {
	int32_t sock;
	uint32_t ops;			/* watched SDEV_OP_* now ready */
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_SOCK(X) \
	X(m_sdev_create) \
	X(m_sdev_addr) \
	X(m_sdev_listen) \
	X(m_sdev_shutdown) \
	X(m_sdev_close) \
	X(m_sdev_cancel) \
	X(m_sdev_io) \
	X(m_sdev_opt) \
	X(m_sdev_ioctl) \
	X(m_sdev_select) \
	X(m_sdev_reply) \
	X(m_sdev_sel_reply) \
	X(m_sdev_sel_notify)

#endif

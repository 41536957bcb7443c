/*
 * msg/cdev.h - the character device protocol (VFS -> character driver).
 *
 * Asynchronous both ways, so that neither side can be held up by the
 * other: VFS sends requests with asynsend, the driver answers each with a
 * CDEV_REPLY (also asynsend) carrying the request's id, when it is done -
 * at once for /dev/null, much later for a terminal read.  A CDEV_CANCEL
 * makes the driver answer a pending request at once (EINTR, or the bytes
 * done so far).  Data moves through the grant VFS made of the user's
 * buffer.
 *
 * select(2): a CDEV_SELECT asks which of the CDEV_OP_* in count are ready
 * on a minor.  The driver answers at once with a CDEV_SEL_REPLY (the
 * request's id; status: the ready ops, or a negated error).  With
 * CDEV_NOTIFY in count, it also remembers the asked ops that were not
 * ready and, the first time some become ready, sends one CDEV_SEL_NOTIFY
 * (minor; status: those ops) to the requester, then forgets them; VFS
 * asks again, with CDEV_NOTIFY, for every select that has to wait.  Both
 * go by asynsend: a driver never waits for VFS.
 */
#ifndef _MINIX_MSG_CDEV_H
#define _MINIX_MSG_CDEV_H

#include <minix/types.h>

#define CDEV_BASE	0x0C00
#define CDEV_OPEN	(CDEV_BASE + 1)	/* m_cdev_request */
#define CDEV_CLOSE	(CDEV_BASE + 2)
#define CDEV_READ	(CDEV_BASE + 3)
#define CDEV_WRITE	(CDEV_BASE + 4)
#define CDEV_IOCTL	(CDEV_BASE + 5)	/* count: the request code */
#define CDEV_CANCEL	(CDEV_BASE + 6)	/* id: the request to end */
#define CDEV_SELECT	(CDEV_BASE + 7)	/* count: CDEV_OP_*, CDEV_NOTIFY */
#define CDEV_REPLY	(CDEV_BASE + 8)	/* driver -> VFS: m_cdev_reply */
#define CDEV_SEL_REPLY	(CDEV_BASE + 9)	/* driver -> VFS: m_cdev_reply:
					 * status: the ops ready now */
#define CDEV_SEL_NOTIFY	(CDEV_BASE + 10) /* driver -> VFS: m_cdev_reply:
					 * minor, status: watched ops
					 * that became ready; no id */

#define CDEV_R_BIT	0x01		/* open for reading */
#define CDEV_W_BIT	0x02		/* open for writing */
#define CDEV_NOCTTY	0x04		/* do not make it the controlling tty */

#define CDEV_NONBLOCK	0x01		/* flags: do not wait */

#define CDEV_OP_RD	0x01		/* select: a read would not wait */
#define CDEV_OP_WR	0x02		/* a write would not wait */
#define CDEV_OP_ERR	0x04		/* an exceptional condition */
#define CDEV_OP_ALL	(CDEV_OP_RD | CDEV_OP_WR | CDEV_OP_ERR)
#define CDEV_NOTIFY	0x08		/* tell me later (CDEV_SEL_NOTIFY) */

struct m_cdev_request {
	uint32_t minor;
	uint64_t pos;
	cp_grant_id_t grant;
	uint32_t count;			/* bytes; access bits; ioctl request */
	uint32_t flags;			/* CDEV_NONBLOCK */
	endpoint_t user;		/* on whose behalf */
	uint32_t id;			/* echoed in the reply */
	int pgrp;			/* the user's process group (tty) */
};

struct m_cdev_reply {
	uint32_t id;
	int status;			/* bytes, OK, or a negated error */
	uint32_t minor;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_CDEV(X) \
	X(m_cdev_request) \
	X(m_cdev_reply)

#endif

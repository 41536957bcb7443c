/*
 * msg/cdev.h - the character device protocol (VFS -> character driver).
 *
 * Asynchronous both ways, so that neither side can be held up by the
 * other: VFS sends requests with asynsend, the driver answers each with a
 * CDEV_REPLY (also asynsend) carrying the request's id, when it is done -
 * at once for /dev/null, much later for a terminal read.  The id is
 * VFS's to choose and the driver's to echo: it means nothing to the
 * driver but "this request" (requests nobody waits for carry 0).  A
 * CDEV_CANCEL makes the driver answer a pending request at once (EINTR,
 * or the bytes done so far).  Data moves through the grant VFS made of
 * the user's buffer.
 *
 * select(2): a CDEV_SELECT asks which of the CDEV_OP_* in ops are ready
 * on a minor.  The driver answers at once with a CDEV_SEL_REPLY (the
 * request's id; the ready ops, or a negated error).  With CDEV_NOTIFY in
 * ops, it also remembers the asked ops that were not ready and, the
 * first time some become ready, sends one CDEV_SEL_NOTIFY (minor, those
 * ops) to the requester, then forgets them; VFS asks again, with
 * CDEV_NOTIFY, for every select that has to wait.  Both go by asynsend:
 * a driver never waits for VFS.
 */
#ifndef _MINIX_MSG_CDEV_H
#define _MINIX_MSG_CDEV_H

#include <minix/types.h>

#define CDEV_BASE	0x0C00
#define CDEV_OPEN	(CDEV_BASE + 1)	/* m_cdev_open */
#define CDEV_CLOSE	(CDEV_BASE + 2)	/* m_cdev_close */
#define CDEV_READ	(CDEV_BASE + 3)	/* m_cdev_transfer */
#define CDEV_WRITE	(CDEV_BASE + 4)	/* m_cdev_transfer */
#define CDEV_IOCTL	(CDEV_BASE + 5)	/* m_cdev_ioctl */
#define CDEV_CANCEL	(CDEV_BASE + 6)	/* m_cdev_cancel: the request it names
					 * answers, not this one */
#define CDEV_SELECT	(CDEV_BASE + 7)	/* m_cdev_select */
#define CDEV_REPLY	(CDEV_BASE + 8)	/* driver -> VFS: m_cdev_reply */
#define CDEV_SEL_REPLY	(CDEV_BASE + 9)	/* driver -> VFS: m_cdev_sel_reply */
#define CDEV_SEL_NOTIFY	(CDEV_BASE + 10) /* driver -> VFS: m_cdev_sel_notify */

#define CDEV_R_BIT	0x01		/* open for reading */
#define CDEV_W_BIT	0x02		/* open for writing */

#define CDEV_NONBLOCK	0x01		/* flags: do not wait */

#define CDEV_OP_RD	0x01		/* select: a read would not wait */
#define CDEV_OP_WR	0x02		/* a write would not wait */
#define CDEV_OP_ERR	0x04		/* an exceptional condition */
#define CDEV_OP_ALL	(CDEV_OP_RD | CDEV_OP_WR | CDEV_OP_ERR)
#define CDEV_NOTIFY	0x08		/* tell me later (CDEV_SEL_NOTIFY) */

struct m_cdev_open {
	uint32_t minor;
	uint32_t access;		/* CDEV_R_BIT, CDEV_W_BIT */
	endpoint_t user;		/* on whose behalf; NONE: a re-open */
	uint32_t id;			/* echoed in the reply */
	int ctty_pgrp;			/* > 0: the device becomes the
					 * controlling terminal of a new
					 * session, this its foreground
					 * group */
};

struct m_cdev_close {
	uint32_t minor;
};

struct m_cdev_transfer {		/* READ, WRITE */
	uint32_t minor;
	uint64_t pos;
	cp_grant_id_t grant;		/* the user's buffer */
	uint32_t count;			/* bytes */
	uint32_t flags;			/* CDEV_NONBLOCK */
	endpoint_t user;		/* on whose behalf */
	uint32_t id;			/* echoed in the reply */
	int pgrp;			/* the user's process group, if this is
					 * its controlling terminal; else 0 */
};

struct m_cdev_ioctl {
	uint32_t minor;
	uint32_t request;		/* the ioctl's request code */
	cp_grant_id_t grant;		/* its argument */
	endpoint_t user;		/* on whose behalf */
	uint32_t id;			/* echoed in the reply */
	int pgrp;			/* as in m_cdev_transfer */
};

struct m_cdev_cancel {
	uint32_t minor;
	endpoint_t user;		/* of the request to end */
	uint32_t id;			/* the request to end */
};

struct m_cdev_select {
	uint32_t minor;
	uint32_t ops;			/* CDEV_OP_*, maybe CDEV_NOTIFY */
	uint32_t id;			/* echoed in the CDEV_SEL_REPLY */
};

struct m_cdev_reply {
	uint32_t id;			/* the request's */
	int status;			/* bytes, OK, or a negated error */
};

struct m_cdev_sel_reply {
	uint32_t id;			/* the CDEV_SELECT's */
	int ready;			/* CDEV_OP_* ready now, or a negated
					 * error */
};

struct m_cdev_sel_notify {
	uint32_t minor;
	uint32_t ops;			/* watched CDEV_OP_* now ready */
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_CDEV(X) \
	X(m_cdev_open) \
	X(m_cdev_close) \
	X(m_cdev_transfer) \
	X(m_cdev_ioctl) \
	X(m_cdev_cancel) \
	X(m_cdev_select) \
	X(m_cdev_reply) \
	X(m_cdev_sel_reply) \
	X(m_cdev_sel_notify)

#endif

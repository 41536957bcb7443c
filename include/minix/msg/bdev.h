/*
 * msg/bdev.h - the block device protocol (file server -> block driver).
 *
 * Synchronous: every request is a sendrec and the reply's m_type is the
 * status (bytes transferred, OK, or a negated error).  Data moves through
 * grants made by the requester.  Positions are byte offsets; transfers
 * need not be block-aligned for the memory driver, but at_wini wants
 * 512-byte sectors.  If the driver dies, the sendrec fails with
 * EDEADSRCDST; the requester waits for the driver's new instance (VFS
 * tells it with REQ_NEWDRIVER) and sends the same request again.
 */
#ifndef _MINIX_MSG_BDEV_H
#define _MINIX_MSG_BDEV_H

#include <minix/types.h>
#include <minix/safecopies.h>

#define BDEV_BASE	0x0B00
#define BDEV_OPEN	(BDEV_BASE + 1)		/* m_bdev_open */
#define BDEV_CLOSE	(BDEV_BASE + 2)		/* m_bdev_close */
#define BDEV_READ	(BDEV_BASE + 3)		/* m_bdev_transfer -> bytes */
#define BDEV_WRITE	(BDEV_BASE + 4)		/* m_bdev_transfer -> bytes */
#define BDEV_GATHER	(BDEV_BASE + 5)		/* m_bdev_vector -> bytes */
#define BDEV_SCATTER	(BDEV_BASE + 6)		/* m_bdev_vector -> bytes */
#define BDEV_IOCTL	(BDEV_BASE + 7)		/* m_bdev_ioctl */

#define BDEV_R_BIT	0x01			/* open for reading */
#define BDEV_W_BIT	0x02			/* open for writing */

/* Block-device ioctls. */
#define DIOCGETSIZE	0x6401			/* grant: uint64_t bytes */

#define NR_IOREQS	64			/* pieces per request at most */

struct m_bdev_open {
	uint32_t minor;
	uint32_t access;			/* BDEV_R_BIT, BDEV_W_BIT */
};

struct m_bdev_close {
	uint32_t minor;
};

struct m_bdev_transfer {			/* READ, WRITE */
	uint32_t minor;
	uint64_t pos;				/* on the device, in bytes */
	cp_grant_id_t grant;			/* the requester's buffer */
	uint32_t count;				/* bytes */
};

struct m_bdev_vector {				/* GATHER, SCATTER */
	uint32_t minor;
	uint64_t pos;				/* of the first piece */
	cp_grant_id_t grant;			/* struct iovec_s[nr_iov] */
	uint32_t nr_iov;			/* at most NR_IOREQS */
};

struct m_bdev_ioctl {
	uint32_t minor;
	uint32_t request;			/* DIOC* */
	cp_grant_id_t grant;			/* the request's argument */
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_BDEV(X) \
	X(m_bdev_open) \
	X(m_bdev_close) \
	X(m_bdev_transfer) \
	X(m_bdev_vector) \
	X(m_bdev_ioctl)

#endif

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
#define BDEV_OPEN	(BDEV_BASE + 1)		/* m_bdev_request */
#define BDEV_CLOSE	(BDEV_BASE + 2)
#define BDEV_READ	(BDEV_BASE + 3)
#define BDEV_WRITE	(BDEV_BASE + 4)
#define BDEV_GATHER	(BDEV_BASE + 5)		/* grant: struct iovec_s[] */
#define BDEV_SCATTER	(BDEV_BASE + 6)
#define BDEV_IOCTL	(BDEV_BASE + 7)		/* count: the request code */

#define BDEV_R_BIT	0x01			/* open for reading */
#define BDEV_W_BIT	0x02			/* open for writing */

/* Block-device ioctls. */
#define DIOCGETSIZE	0x6401			/* grant: uint64_t bytes */

#define NR_IOREQS	64			/* pieces per request at most */

struct m_bdev_request {
	uint32_t minor;
	uint64_t pos;
	cp_grant_id_t grant;
	uint32_t count;				/* bytes; iovec entries; access */
	uint32_t id;				/* echoed in the reply */
};

#endif

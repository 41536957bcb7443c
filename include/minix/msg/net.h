/*
 * msg/net.h - the network driver protocol: a network client (INET) <->
 * a network driver (lib/libnetdriver on the driver's side).
 *
 * Asynchronous both ways, like the character device protocol: the client
 * sends each request with asynsend and goes on; the driver answers it
 * with a reply of the matching *_REPLY type that carries the request's id
 * (the client's choice), also by asynsend.  Neither side ever waits for
 * the other, so a driver that hangs or dies holds up nobody.
 *
 * NDEV_CONF makes its sender the driver's client and sets what the card
 *   receives (NDEV_MODE_*; frames for the card's own address always).
 *   The reply has the hardware address, the mode and the link state.  A
 *   driver has one client, the last to configure it; the receives a
 *   former client left waiting are answered ECONNRESET.  Requests from
 *   anyone else are answered ENOTCONN, or ERESTART when this driver is a
 *   restarted instance: the sender was the client of the dead one, and
 *   must configure this one and send its receives again.
 * NDEV_SEND sends one frame: destination, source, type and payload (no
 *   FCS), NDEV_FRAME_MIN to NDEV_FRAME_MAX bytes, gathered from the
 *   pieces of an I/O vector (grant: struct iovec_s[count]).  It is
 *   answered, with the frame's length, once the card has the frame: the
 *   client's buffers are free again.  Frames go out in the order sent;
 *   up to NDEV_SEND_MAX may wait for room in the card, more is EBUSY.
 * NDEV_RECV offers an I/O vector of at least NDEV_FRAME_MAX bytes for
 *   one frame.  It is answered when a frame arrives, with the frame's
 *   length.  The client may keep up to NDEV_RECV_MAX receives waiting
 *   (more is EBUSY); frames fill them in the order they were sent.  A
 *   frame that arrives while no receive waits stays in the card's ring
 *   until one comes; when the ring is full the card drops frames and
 *   counts them (ns_rx_dropped).
 * NDEV_GETSTAT copies the counters into a grant of struct ndev_stat; the
 *   reply carries the link state.
 * NDEV_STATUS (driver -> client, no id) says the link went up or down.
 *
 * A reply's status is a length, OK, or a negated error: EINVAL (a count
 * of 0 or above NDEV_IOV_MAX, a size out of bounds, an unknown mode),
 * EPERM (a grant the driver may not use), EBUSY, ENOTCONN, ERESTART,
 * ECONNRESET.  A type the protocol does not have is answered with
 * ENOSYS in m_type.  A bad request costs nothing but its own answer.
 *
 * Recovery: when the driver dies, what it held is lost.  Requests sent to
 * the dead endpoint fail at once (EDEADSRCDST); those it had taken are
 * never answered.  Its new instance publishes DS_DRIVER_UP under
 * DS_DRV_NET "<label>" (msg/ds.h); the client, subscribed to that key,
 * configures the new endpoint and sends its receives again.  Frames in
 * flight are lost: above the driver, retransmission hides them.
 */
#ifndef _MINIX_MSG_NET_H
#define _MINIX_MSG_NET_H

#include <minix/types.h>
#include <minix/safecopies.h>

#define NDEV_BASE	0x0E00
#define NDEV_CONF	(NDEV_BASE + 1)	 /* m_ndev_conf -> NDEV_CONF_REPLY */
#define NDEV_SEND	(NDEV_BASE + 2)	 /* m_ndev_transfer -> NDEV_SEND_REPLY */
#define NDEV_RECV	(NDEV_BASE + 3)	 /* m_ndev_transfer -> NDEV_RECV_REPLY */
#define NDEV_GETSTAT	(NDEV_BASE + 4)	 /* m_ndev_getstat -> NDEV_STAT_REPLY */
#define NDEV_CONF_REPLY	(NDEV_BASE + 16) /* m_ndev_conf_reply */
#define NDEV_SEND_REPLY	(NDEV_BASE + 17) /* m_ndev_reply: frame length */
#define NDEV_RECV_REPLY	(NDEV_BASE + 18) /* m_ndev_reply: frame length */
#define NDEV_STAT_REPLY	(NDEV_BASE + 19) /* m_ndev_reply */
#define NDEV_STATUS	(NDEV_BASE + 20) /* m_ndev_reply: the link changed */
#define IS_NDEV_REQUEST(t)	((t) >= NDEV_CONF && (t) <= NDEV_GETSTAT)

#define NDEV_MODE_BCAST		0x01	/* broadcast frames too */
#define NDEV_MODE_MCAST		0x02	/* every multicast frame too */
#define NDEV_MODE_PROMISC	0x04	/* every frame on the wire */
#define NDEV_MODE_ALL		0x07

#define NDEV_LINK_UNKNOWN	0
#define NDEV_LINK_DOWN		1
#define NDEV_LINK_UP		2

#define NDEV_HWADDR_LEN	6
#define NDEV_FRAME_MIN	14	/* the header alone */
#define NDEV_FRAME_MAX	1514	/* the header and 1500 bytes of payload */
#define NDEV_IOV_MAX	16	/* pieces of one frame at most */
#define NDEV_SEND_MAX	8	/* sends waiting for room at most */
#define NDEV_RECV_MAX	8	/* receives waiting for frames at most */

struct m_ndev_conf {
	uint32_t id;
	uint32_t mode;			/* NDEV_MODE_* */
};

struct m_ndev_conf_reply {
	uint32_t id;
	int status;			/* OK or a negated error */
	uint32_t mode;			/* what the card now receives */
	uint32_t link;			/* NDEV_LINK_* */
	uint8_t hwaddr[NDEV_HWADDR_LEN];
};

struct m_ndev_transfer {		/* NDEV_SEND, NDEV_RECV */
	uint32_t id;
	cp_grant_id_t grant;		/* struct iovec_s[count] */
	uint32_t count;
};

struct m_ndev_getstat {
	uint32_t id;
	cp_grant_id_t grant;		/* struct ndev_stat, written */
};

struct m_ndev_reply {
	uint32_t id;
	int status;			/* a length, OK, or a negated error */
	uint32_t link;			/* NDEV_LINK_* now */
};

/* The counters of this instance of the driver (a restart starts them
 * again).  Frames and bytes are those the client sent and received. */
struct ndev_stat {
	uint64_t ns_rx_bytes;
	uint64_t ns_tx_bytes;
	uint32_t ns_rx_frames;
	uint32_t ns_tx_frames;
	uint32_t ns_rx_errors;		/* damaged frames the card refused */
	uint32_t ns_tx_errors;		/* frames the card could not send */
	uint32_t ns_rx_dropped;		/* frames lost for want of room */
	uint32_t ns_collisions;
};

_Static_assert(sizeof(struct ndev_stat) == 40, "one layout on both sides");

#define MSG_PAYLOADS_NET(X) \
	X(m_ndev_conf) \
	X(m_ndev_conf_reply) \
	X(m_ndev_transfer) \
	X(m_ndev_getstat) \
	X(m_ndev_reply)

#endif

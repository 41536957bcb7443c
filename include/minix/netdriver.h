/*
 * netdriver.h - libnetdriver: the loop every network driver runs.
 *
 * A driver fills in a struct netdriver and calls netdriver_task(), which
 * never returns.  libnetdriver does the SEF handshake with RS and runs
 * ndr_init (at the first start and after every restart), announces the
 * driver in DS (DS_DRV_NET "<label>"), and speaks the protocol of
 * <minix/msg/net.h>: it checks every request and its I/O vector before
 * the driver sees it, keeps the sends and receives that wait, answers
 * each one with its id, keeps the frame and byte counters, and answers
 * requests from anyone but the client with an error.
 *
 * The driver moves frames: ndr_send hands the card one frame and ndr_recv
 * takes the next one the card received, each copying between its DMA
 * buffers and the client's pieces with netdriver_copyin/copyout.  When a
 * send finds no room (-EBUSY) or a receive no frame (-EAGAIN), the
 * request waits; the driver calls netdriver_send() or netdriver_recv()
 * when its interrupt says there is room or a frame, and netdriver_link()
 * when the link changed.
 */
#ifndef _MINIX_NETDRIVER_H
#define _MINIX_NETDRIVER_H

#include <sys/types.h>
#include <minix/ipc.h>
#include <minix/sef.h>
#include <minix/msg/net.h>

struct netdriver_data {			/* a client's frame: an I/O vector */
	endpoint_t nd_owner;		/* of the grants */
	uint32_t nd_count;		/* pieces */
	size_t nd_size;			/* bytes in all of them */
	struct iovec_s nd_iov[NDEV_IOV_MAX];
};

struct netdriver {
	const char *ndr_name;
	/* Find the card, reset it (it may be running for a dead instance
	 * of this driver) and start it, receiving nothing but what
	 * ndr_mode asks for.  Fill in its address.  OK, -ENODEV if there
	 * is no card (said on the console; RS does not try again), or
	 * another error. */
	int (*ndr_init)(uint8_t hwaddr[NDEV_HWADDR_LEN]);
	void (*ndr_mode)(unsigned int mode);		/* NDEV_MODE_* */
	/* Give the card the frame of len bytes in data (NDEV_FRAME_MIN to
	 * NDEV_FRAME_MAX): OK, -EBUSY (no room now), or an error. */
	int (*ndr_send)(const struct netdriver_data *data, size_t len);
	/* Copy the next received frame into data (room for max bytes):
	 * its length, -EAGAIN (none now), or an error (the frame is
	 * dropped). */
	ssize_t (*ndr_recv)(const struct netdriver_data *data, size_t max);
	int (*ndr_link)(void);				/* NDEV_LINK_* */
	/* Add what the card counts (errors, drops, collisions). */
	void (*ndr_stat)(struct ndev_stat *stat);
	void (*ndr_intr)(uint32_t mask);		/* irq hook bits */
	void (*ndr_alarm)(uint32_t stamp);		/* sys_setalarm */
	/* A clean stop (SIGTERM): the card must stop all DMA. */
	void (*ndr_stop)(void);
	void (*ndr_other)(const message *m);		/* anything else */
};

void netdriver_task(const struct netdriver *ndp);
int netdriver_receive(endpoint_t src, message *m);
void netdriver_announce(void);

void netdriver_send(void);		/* the card has room: send on */
void netdriver_recv(void);		/* frames came: fill receives */
void netdriver_link(void);		/* the link changed: tell */

int netdriver_copyin(const struct netdriver_data *data, size_t off,
	void *buf, size_t len);
int netdriver_copyout(const struct netdriver_data *data, size_t off,
	const void *buf, size_t len);

#endif

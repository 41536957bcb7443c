/*
 * driver.h - libdriver: the loop every block and character driver runs.
 *
 * A driver fills in a struct driver and calls driver_task().  libdriver
 * receives the requests of both device protocols (BDEV_* from file
 * servers, synchronous; CDEV_* from VFS, asynchronous), unpacks gather
 * and scatter vectors, calls the driver's functions and answers.  A
 * character request the driver cannot finish at once returns -EDONTREPLY
 * and is answered later with driver_reply().
 *
 * A driver that waits for its device inside a request keeps receiving
 * (RS's heartbeat must be answered) and sets other clients' requests
 * aside with driver_mq_queue(); the loop serves them next.
 *
 * select: a driver with dr_select says which of the asked CDEV_OP_* are
 * ready now; when CDEV_NOTIFY is among them it also remembers watcher
 * and the ops that were not ready, and calls driver_select_notify() the
 * first time some of them become ready (then forgets them).  A driver
 * without dr_select is taken to be always ready, like a regular file:
 * libdriver answers that every asked op is ready.  That is right for
 * devices whose reads and writes never wait (/dev/null, /dev/zero,
 * random, log); a driver whose requests can wait must have dr_select.
 *
 * A driver starts with driver_startup(init): the handshake with RS, its
 * own init, then driver_announce(), which publishes its driver-up event
 * in DS (VFS and file servers hear of it there) - at the first start and
 * after every restart.
 */
#ifndef _MINIX_DRIVER_H
#define _MINIX_DRIVER_H

#include <sys/types.h>
#include <minix/ipc.h>
#include <minix/sef.h>

struct driver_req {			/* who asked for what */
	endpoint_t dr_caller;		/* VFS, a file server */
	endpoint_t dr_user;		/* CDEV: the process behind it */
	uint32_t dr_id;			/* CDEV: the request's id, for the
					 * answer */
	int dr_minor;
	int dr_type;			/* the request's m_type */
	int dr_pgrp;			/* CDEV_READ, _WRITE, _IOCTL: the user's
					 * process group if this is its
					 * controlling terminal, else 0 */
	int dr_ctty_pgrp;		/* CDEV_OPEN: > 0, the device becomes
					 * the controlling terminal of a new
					 * session with this foreground group */
};

struct driver {
	const char *dr_name;
	int (*dr_open)(int minor, int access, const struct driver_req *req);
	int (*dr_close)(int minor, const struct driver_req *req);
	/* Move count bytes at pos between the device and the grant, from
	 * offset off in it.  Returns bytes, a negated error, or (character
	 * requests only) -EDONTREPLY. */
	ssize_t (*dr_transfer)(int minor, int write, uint64_t pos,
		endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
		int flags, const struct driver_req *req);
	int (*dr_ioctl)(int minor, unsigned long request, endpoint_t owner,
		cp_grant_id_t grant, const struct driver_req *req);
	int (*dr_cancel)(int minor, endpoint_t user, uint32_t id);
	/* Which of ops (CDEV_OP_*, maybe with CDEV_NOTIFY) are ready:
	 * CDEV_OP_* bits, or a negated error. */
	int (*dr_select)(int minor, unsigned ops, endpoint_t watcher);
	void (*dr_intr)(uint32_t mask);
	void (*dr_alarm)(uint32_t stamp);
	void (*dr_other)(message *m);
};

void driver_startup(sef_cb_init_t init);
void driver_task(const struct driver *dp);
int driver_receive(endpoint_t src, message *m);
int driver_receive_mq(endpoint_t src, message *m);
int driver_mq_queue(const message *m);
void driver_announce(void);
void driver_reply(const struct driver_req *req, int status);
void driver_select_notify(endpoint_t watcher, int minor, unsigned ops);

#endif

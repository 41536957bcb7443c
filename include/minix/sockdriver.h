/*
 * sockdriver.h - libsockdriver: the socket driver's side of the socket
 * protocol (minix/msg/sock.h).
 *
 * The driver hands every message of the protocol to sockdriver_process(),
 * which checks and unpacks it into a struct sockdriver_req and calls one
 * of the driver's functions.  sd_create answers at once (a socket id or
 * an error).  sd_request does every other request: it returns the answer
 * (a count, OK or a negated error), or -EDONTREPLY when the request must
 * wait; the driver then keeps its copy of the request and answers it
 * later with sockdriver_reply().  sd_cancel drops a waiting request
 * (VFS has answered its user already), sd_close ends a socket, and
 * sd_select answers select's question, remembering the watcher when the
 * ops carry SDEV_NOTIFY; the driver calls sockdriver_notify() when some
 * become ready.
 *
 * Data moves with sockdriver_copyin()/copyout() through the request's
 * grants.  Answers go by asynsend; one the kernel's table has no room for
 * is kept and sent again by sockdriver_flush(), which the driver calls in
 * its loop, so an answer is never lost.  sockdriver_announce() publishes
 * the driver-up event that VFS follows (DS_DRV_VFS "<label>").
 */
#ifndef _MINIX_SOCKDRIVER_H
#define _MINIX_SOCKDRIVER_H

#include <sys/types.h>
#include <minix/ipc.h>

struct sockdriver_req {			/* one request, as the driver keeps it */
	endpoint_t sr_caller;		/* VFS */
	int sr_type;			/* SDEV_* */
	uint32_t sr_id;
	int32_t sr_sock;
	endpoint_t sr_user;
	uint32_t sr_uid;
	uint32_t sr_flags;		/* SDEV_NONBLOCK, MSG_* */
	cp_grant_id_t sr_grant;		/* data, option value, ioctl arg */
	uint32_t sr_len;
	cp_grant_id_t sr_addr_grant;	/* an address, or GRANT_INVALID */
	uint32_t sr_addr_len;
	int32_t sr_param;		/* backlog, how, level, request */
	int32_t sr_param2;		/* option name */
	uint32_t sr_ops;		/* SELECT: SDEV_OP_*, SDEV_NOTIFY */
};

struct sockdriver {
	/* A new socket: its id (>= 0, < 2^31) or a negated error. */
	int (*sd_create)(int domain, int type, int protocol,
		const struct sockdriver_req *req);
	/* Any other request but CLOSE, CANCEL and SELECT. */
	int (*sd_request)(const struct sockdriver_req *req);
	void (*sd_close)(int32_t sock);
	void (*sd_cancel)(endpoint_t caller, uint32_t id);
	/* The ready ops (SDEV_OP_*), or a negated error. */
	int (*sd_select)(int32_t sock, unsigned ops, endpoint_t watcher);
};

void sockdriver_process(const struct sockdriver *sd, const message *m);
void sockdriver_reply(const struct sockdriver_req *req, int status);
void sockdriver_reply_full(const struct sockdriver_req *req, int status,
	int32_t sock, uint32_t addr_len, uint32_t flags);
void sockdriver_notify(endpoint_t watcher, int32_t sock, unsigned ops);
void sockdriver_flush(void);
void sockdriver_announce(void);

int sockdriver_copyin(const struct sockdriver_req *req, size_t off,
	void *buf, size_t len);
int sockdriver_copyout(const struct sockdriver_req *req, size_t off,
	const void *buf, size_t len);
int sockdriver_copyin_addr(const struct sockdriver_req *req, void *buf,
	size_t len);
int sockdriver_copyout_addr(const struct sockdriver_req *req,
	const void *buf, size_t len);

#endif

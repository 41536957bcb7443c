/*
 * driver.c - the driver loop (see <minix/driver.h>).
 *
 * Entry points: driver_task(), driver_receive(), driver_reply(),
 * driver_select_notify().
 */
#include <string.h>
#include <minix/syslib.h>
#include <minix/driver.h>
#include "driver_impl.h"


int driver_receive(endpoint_t src, message *m)
{
	return sef_receive(src, m);
}

static void reply(const struct driver_req *req, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_REPLY;
	m.m_cdev_reply.id = req->dr_id;
	m.m_cdev_reply.status = status;
	m.m_cdev_reply.minor = req->dr_minor;
	(void) asynsend3(req->dr_caller, &m, AMF_NOREPLY);
}

/* The answer to a request the driver suspended (-EDONTREPLY). */
void driver_reply(const struct driver_req *req, int status)
{
	if (drv_outstanding > 0)
		drv_outstanding--;
	reply(req, status);
}

/* Watched ops of minor became ready: tell the one who asked (VFS). */
void driver_select_notify(endpoint_t watcher, int minor, unsigned ops)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = CDEV_SEL_NOTIFY;
	m.m_cdev_reply.minor = minor;
	m.m_cdev_reply.status = ops;
	(void) asynsend3(watcher, &m, AMF_NOREPLY);
}

/* CDEV_SELECT is answered at once, with a CDEV_SEL_REPLY: a driver
 * without dr_select is always ready (see <minix/driver.h>). */
static void do_select(const struct driver *dp, const message *m)
{
	const struct m_cdev_request *c = &m->m_cdev_request;
	message reply;
	int r;

	if (drv_reopen_needed(m->m_source, false))
		r = -ERESTART;
	else if (dp->dr_select == NULL)
		r = c->count & CDEV_OP_ALL;
	else
		r = dp->dr_select(c->minor, c->count, m->m_source);
	memset(&reply, 0, sizeof(reply));
	reply.m_type = CDEV_SEL_REPLY;
	reply.m_cdev_reply.id = c->id;
	reply.m_cdev_reply.status = r;
	reply.m_cdev_reply.minor = c->minor;
	(void) asynsend3(m->m_source, &reply, AMF_NOREPLY);
}

/* One piece of a gather/scatter vector after another. */
static ssize_t do_vector(const struct driver *dp, message *m,
	const struct driver_req *req, int write)
{
	struct iovec_s iov[NR_IOREQS];
	const struct m_bdev_request *b = &m->m_bdev_request;
	uint64_t pos = b->pos;
	ssize_t total = 0, r;
	uint32_t i;

	if (b->count == 0 || b->count > NR_IOREQS)
		return -EINVAL;
	r = sys_safecopyfrom(m->m_source, b->grant, 0, iov,
		b->count * sizeof(iov[0]));
	if (r != OK)
		return r;
	for (i = 0; i < b->count; i++) {
		r = dp->dr_transfer(b->minor, write, pos, m->m_source,
			iov[i].iov_grant, 0, iov[i].iov_size, 0, req);
		if (r < 0)
			return total > 0 ? total : r;
		total += r;
		pos += r;
		if ((uint32_t) r < iov[i].iov_size)
			break;			/* end of the device */
	}
	return total;
}

static int do_block(const struct driver *dp, message *m,
	struct driver_req *req)
{
	const struct m_bdev_request *b = &m->m_bdev_request;

	req->dr_minor = b->minor;
	req->dr_id = b->id;
	if (drv_reopen_needed(m->m_source, m->m_type == BDEV_OPEN))
		return -ERESTART;
	switch (m->m_type) {
	case BDEV_OPEN:
		return dp->dr_open(b->minor, b->count, req);
	case BDEV_CLOSE:
		return dp->dr_close(b->minor, req);
	case BDEV_READ:
	case BDEV_WRITE:
		return dp->dr_transfer(b->minor, m->m_type == BDEV_WRITE, b->pos,
			m->m_source, b->grant, 0, b->count, 0, req);
	case BDEV_GATHER:
	case BDEV_SCATTER:
		return do_vector(dp, m, req, m->m_type == BDEV_SCATTER);
	case BDEV_IOCTL:
		if (dp->dr_ioctl == NULL)
			return -ENOTTY;
		return dp->dr_ioctl(b->minor, b->count, m->m_source, b->grant,
			req);
	default:
		return -EINVAL;
	}
}

static int do_char(const struct driver *dp, message *m,
	struct driver_req *req)
{
	const struct m_cdev_request *c = &m->m_cdev_request;

	req->dr_minor = c->minor;
	req->dr_id = c->id;
	req->dr_user = c->user;
	req->dr_pgrp = c->pgrp;
	if (drv_reopen_needed(m->m_source, m->m_type == CDEV_OPEN))
		return -ERESTART;
	switch (m->m_type) {
	case CDEV_OPEN:
		return dp->dr_open(c->minor, c->count, req);
	case CDEV_CLOSE:
		return dp->dr_close(c->minor, req);
	case CDEV_READ:
	case CDEV_WRITE:
		return dp->dr_transfer(c->minor, m->m_type == CDEV_WRITE, c->pos,
			m->m_source, c->grant, 0, c->count, c->flags, req);
	case CDEV_IOCTL:
		if (dp->dr_ioctl == NULL)
			return -ENOTTY;
		return dp->dr_ioctl(c->minor, c->count, m->m_source, c->grant,
			req);
	case CDEV_CANCEL:
		if (dp->dr_cancel != NULL)
			(void) dp->dr_cancel(c->minor, c->user, c->id);
		return -EDONTREPLY;	/* the cancelled request answers */
	default:
		return -EINVAL;
	}
}

static void do_notify(const struct driver *dp, message *m)
{
	if (m->m_source == HARDWARE && dp->dr_intr != NULL)
		dp->dr_intr(m->m_notify.interrupts);
	else if (m->m_source == CLOCK && dp->dr_alarm != NULL)
		dp->dr_alarm(m->m_notify.timestamp);
	else if (dp->dr_other != NULL)
		dp->dr_other(m);
}

/* Serve one request (m is not a notification). */
static void dispatch(const struct driver *dp, message *m)
{
	struct driver_req req;
	int r;

	memset(&req, 0, sizeof(req));
	req.dr_caller = m->m_source;
	req.dr_type = m->m_type;
	if (m->m_type > BDEV_BASE && m->m_type <= BDEV_IOCTL) {
		r = do_block(dp, m, &req);
		m->m_type = r;
		(void) ipc_sendnb(req.dr_caller, m);
	} else if (m->m_type == CDEV_SELECT) {
		do_select(dp, m);
	} else if (m->m_type > CDEV_BASE && m->m_type < CDEV_SELECT) {
		r = do_char(dp, m, &req);
		if (r != -EDONTREPLY)
			reply(&req, r);
		else if (m->m_type != CDEV_CANCEL)
			drv_outstanding++;	/* answered later */
	} else if (dp->dr_other != NULL) {
		dp->dr_other(m);
	} else {
		m->m_type = -EINVAL;
		(void) ipc_sendnb(m->m_source, m);
	}
}

/* The loop.  A live update being prepared may hold requests back
 * (lu.c); libdriver is busy while it serves one, so that an update
 * never finds a request half done. */
void driver_task(const struct driver *dp)
{
	message m;

	for (;;) {
		if (driver_receive_mq(ANY, &m) != OK)
			continue;
		if (!is_notify(m.m_type) && drv_lu_hold(&m))
			continue;
		drv_busy = true;
		if (is_notify(m.m_type))
			do_notify(dp, &m);
		else
			dispatch(dp, &m);
		drv_busy = false;
	}
}

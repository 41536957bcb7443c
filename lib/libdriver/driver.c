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
	m.m_cdev_sel_notify.minor = minor;
	m.m_cdev_sel_notify.ops = ops;
	(void) asynsend3(watcher, &m, AMF_NOREPLY);
}

/* CDEV_SELECT is answered at once, with a CDEV_SEL_REPLY: a driver
 * without dr_select is always ready (see <minix/driver.h>). */
static void do_select(const struct driver *dp, const message *m)
{
	const struct m_cdev_select *c = &m->m_cdev_select;
	message reply;
	int r;

	if (drv_reopen_needed(m->m_source, false))
		r = -ERESTART;
	else if (dp->dr_select == NULL)
		r = c->ops & CDEV_OP_ALL;
	else
		r = dp->dr_select(c->minor, c->ops, m->m_source);
	memset(&reply, 0, sizeof(reply));
	reply.m_type = CDEV_SEL_REPLY;
	reply.m_cdev_sel_reply.id = c->id;
	reply.m_cdev_sel_reply.ready = r;
	(void) asynsend3(m->m_source, &reply, AMF_NOREPLY);
}

/* One piece of a gather/scatter vector after another. */
static ssize_t do_vector(const struct driver *dp, message *m,
	const struct driver_req *req, int write)
{
	struct iovec_s iov[NR_IOREQS];
	const struct m_bdev_vector *v = &m->m_bdev_vector;
	uint64_t pos = v->pos;
	ssize_t total = 0, r;
	uint32_t i;

	if (v->nr_iov == 0 || v->nr_iov > NR_IOREQS)
		return -EINVAL;
	r = sys_safecopyfrom(m->m_source, v->grant, 0, iov,
		v->nr_iov * sizeof(iov[0]));
	if (r != OK)
		return r;
	for (i = 0; i < v->nr_iov; i++) {
		r = dp->dr_transfer(v->minor, write, pos, m->m_source,
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

/* The minor a block request is for (each request's payload names it). */
static uint32_t bdev_minor(const message *m)
{
	switch (m->m_type) {
	case BDEV_OPEN: return m->m_bdev_open.minor;
	case BDEV_CLOSE: return m->m_bdev_close.minor;
	case BDEV_GATHER:
	case BDEV_SCATTER: return m->m_bdev_vector.minor;
	case BDEV_IOCTL: return m->m_bdev_ioctl.minor;
	default: return m->m_bdev_transfer.minor;
	}
}

static int do_block(const struct driver *dp, message *m,
	struct driver_req *req)
{
	const struct m_bdev_transfer *t = &m->m_bdev_transfer;
	const struct m_bdev_ioctl *io = &m->m_bdev_ioctl;

	req->dr_minor = bdev_minor(m);
	if (drv_reopen_needed(m->m_source, m->m_type == BDEV_OPEN))
		return -ERESTART;
	switch (m->m_type) {
	case BDEV_OPEN:
		return dp->dr_open(m->m_bdev_open.minor, m->m_bdev_open.access,
			req);
	case BDEV_CLOSE:
		return dp->dr_close(m->m_bdev_close.minor, req);
	case BDEV_READ:
	case BDEV_WRITE:
		return dp->dr_transfer(t->minor, m->m_type == BDEV_WRITE,
			t->pos, m->m_source, t->grant, 0, t->count, 0, req);
	case BDEV_GATHER:
	case BDEV_SCATTER:
		return do_vector(dp, m, req, m->m_type == BDEV_SCATTER);
	case BDEV_IOCTL:
		if (dp->dr_ioctl == NULL)
			return -ENOTTY;
		return dp->dr_ioctl(io->minor, io->request, m->m_source,
			io->grant, req);
	default:
		return -EINVAL;
	}
}

/* Who asked for what, from each request's own payload. */
static void char_req(const message *m, struct driver_req *req)
{
	switch (m->m_type) {
	case CDEV_OPEN:
		req->dr_minor = m->m_cdev_open.minor;
		req->dr_id = m->m_cdev_open.id;
		req->dr_user = m->m_cdev_open.user;
		req->dr_ctty_pgrp = m->m_cdev_open.ctty_pgrp;
		break;
	case CDEV_CLOSE:
		req->dr_minor = m->m_cdev_close.minor;
		break;
	case CDEV_READ:
	case CDEV_WRITE:
		req->dr_minor = m->m_cdev_transfer.minor;
		req->dr_id = m->m_cdev_transfer.id;
		req->dr_user = m->m_cdev_transfer.user;
		req->dr_pgrp = m->m_cdev_transfer.pgrp;
		break;
	case CDEV_IOCTL:
		req->dr_minor = m->m_cdev_ioctl.minor;
		req->dr_id = m->m_cdev_ioctl.id;
		req->dr_user = m->m_cdev_ioctl.user;
		req->dr_pgrp = m->m_cdev_ioctl.pgrp;
		break;
	case CDEV_CANCEL:
		req->dr_minor = m->m_cdev_cancel.minor;
		break;
	}
}

static int do_char(const struct driver *dp, message *m,
	struct driver_req *req)
{
	const struct m_cdev_transfer *t = &m->m_cdev_transfer;
	const struct m_cdev_ioctl *io = &m->m_cdev_ioctl;
	const struct m_cdev_cancel *c = &m->m_cdev_cancel;

	char_req(m, req);
	if (drv_reopen_needed(m->m_source, m->m_type == CDEV_OPEN))
		return -ERESTART;
	switch (m->m_type) {
	case CDEV_OPEN:
		return dp->dr_open(req->dr_minor, m->m_cdev_open.access, req);
	case CDEV_CLOSE:
		return dp->dr_close(req->dr_minor, req);
	case CDEV_READ:
	case CDEV_WRITE:
		return dp->dr_transfer(t->minor, m->m_type == CDEV_WRITE,
			t->pos, m->m_source, t->grant, 0, t->count, t->flags,
			req);
	case CDEV_IOCTL:
		if (dp->dr_ioctl == NULL)
			return -ENOTTY;
		return dp->dr_ioctl(io->minor, io->request, m->m_source,
			io->grant, req);
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

/* Serve one request (m is not a notification).  Returns whom to
 * answer with m, or NONE: the loop answers as it receives again. */
static endpoint_t dispatch(const struct driver *dp, message *m)
{
	struct driver_req req;
	int r;

	memset(&req, 0, sizeof(req));
	req.dr_caller = m->m_source;
	req.dr_type = m->m_type;
	if (m->m_type > BDEV_BASE && m->m_type <= BDEV_IOCTL) {
		r = do_block(dp, m, &req);
		m->m_type = r;
		return req.dr_caller;
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
		return m->m_source;
	}
	return NONE;
}

/* The loop.  A live update being prepared may hold requests back
 * (lu.c); libdriver is busy while it serves one, so that an update
 * never finds a request half done. */
void driver_task(const struct driver *dp)
{
	endpoint_t answer = NONE;	/* m is the answer for it */
	message m;

	for (;;) {
		if (drv_reply_receive_mq(answer, ANY, &m) != OK) {
			answer = NONE;
			continue;
		}
		answer = NONE;
		if (!is_notify(m.m_type) && drv_lu_hold(&m))
			continue;
		drv_busy = true;
		if (is_notify(m.m_type))
			do_notify(dp, &m);
		else
			answer = dispatch(dp, &m);
		drv_busy = false;
	}
}

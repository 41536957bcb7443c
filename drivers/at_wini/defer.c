/*
 * defer.c - requests that arrive while a command is in flight.
 *
 * Block requests come by sendrec, so each client has at most one
 * outstanding; but several clients (VFS for raw access, one MFS per
 * mounted partition) may ask at once.  While we wait for the disk we
 * receive from ANY (RS's heartbeat must be answered), so such a request
 * can reach us mid-command.  We keep it here, its sender still blocked,
 * and serve it through the same driver functions once the request in
 * hand is done: libdriver's loop has no queue of its own.
 *
 * A deferred request is never from a client libdriver would refuse with
 * ERESTART: it arrived while libdriver was serving an earlier request,
 * so the device had been opened again since our restart.
 *
 * Entry points: defer_push(), defer_serve().
 */
#include <string.h>
#include <minix/syslib.h>
#include "at_wini.h"

#define NR_DEFERRED	16	/* more clients than that at once: EIO */

static message queue[NR_DEFERRED];
static int q_head, q_len;
static bool serving;		/* defer_serve() is on the stack */

static void answer(const message *req, int status)
{
	message m = *req;

	m.m_type = status;
	(void) ipc_sendnb(req->m_source, &m);
}

void defer_push(const message *m)
{
	if (q_len == NR_DEFERRED) {
		answer(m, -EIO);
		return;
	}
	queue[(q_head + q_len) % NR_DEFERRED] = *m;
	q_len++;
}

/* A gather or scatter: the pieces one after another, as libdriver does. */
static ssize_t serve_vector(const struct driver *dp, const message *m,
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
			break;			/* the end of the device */
	}
	return total;
}

static int serve_one(const struct driver *dp, const message *m)
{
	const struct m_bdev_request *b = &m->m_bdev_request;
	struct driver_req req = { .dr_caller = m->m_source,
		.dr_type = m->m_type, .dr_minor = b->minor, .dr_id = b->id };

	switch (m->m_type) {
	case BDEV_OPEN:
		return dp->dr_open(b->minor, b->count, &req);
	case BDEV_CLOSE:
		return dp->dr_close(b->minor, &req);
	case BDEV_READ:
	case BDEV_WRITE:
		return dp->dr_transfer(b->minor, m->m_type == BDEV_WRITE,
			b->pos, m->m_source, b->grant, 0, b->count, 0, &req);
	case BDEV_GATHER:
	case BDEV_SCATTER:
		return serve_vector(dp, m, &req, m->m_type == BDEV_SCATTER);
	case BDEV_IOCTL:
		return dp->dr_ioctl(b->minor, b->count, m->m_source, b->grant,
			&req);
	default:
		return -EINVAL;
	}
}

/* Serve what was set aside, including what arrives meanwhile.  Called
 * at the end of every request; a no-op when nested. */
void defer_serve(const struct driver *dp)
{
	message m;

	if (serving)
		return;
	serving = true;
	while (q_len > 0) {
		m = queue[q_head];
		q_head = (q_head + 1) % NR_DEFERRED;
		q_len--;
		answer(&m, serve_one(dp, &m));
	}
	serving = false;
}

/*
 * select.c - select(2): wait until descriptors are ready to read, to
 * write, or have an exceptional condition.
 *
 * do_select() copies the caller's sets in and looks at every descriptor
 * named in them: a regular file, a directory or a block device is always
 * ready; a pipe is looked at in place (pipe_select); a character device
 * is asked with a CDEV_SELECT, a socket its driver with an SDEV_SELECT,
 * whose answers (CDEV_SEL_REPLY, SDEV_SEL_REPLY) come later as messages
 * of their own.  poll(2) (poll.c) is the same engine with another format
 * for the question and the answer.  Once every answer is in, the select ends if
 * something is ready or the caller would not wait (a zero timeout).
 * Otherwise the caller is suspended (FP_SELECT), its select kept in
 * selecttab at its process slot, until
 *  - a pipe it watches changes (select_pipe_changed, from pipe.c);
 *  - a driver says a watched device or socket became ready
 *    (CDEV_SEL_NOTIFY, SDEV_SEL_NOTIFY: the questions of a select that
 *    may wait carry CDEV_NOTIFY / SDEV_NOTIFY);
 *  - its deadline passes (one kernel alarm, for the earliest deadline of
 *    all waiting selects);
 *  - a driver it asked goes away: its descriptors are reported ready, so
 *    that the program's next read or write sees the error (MINIX ends
 *    the whole select with EIO instead; see docs/select.md);
 *  - a signal comes (PM's unpause): EINTR, the sets left as they were.
 * The caller then gets its sets back holding only the ready descriptors,
 * and their count as the result.  A timeout that passes before a driver
 * has answered ends the select without that answer.
 *
 * A descriptor is also ready for an operation it was not opened for:
 * that read or write would fail at once, and POSIX's "ready" means "would
 * not block".  Entry points: do_select, select_reply, select_notify,
 * select_sock_reply, select_sock_notify, select_expire,
 * select_pipe_changed, select_driver_restarted, select_sock_restarted,
 * select_cancel; and for poll.c select_entry, select_run, select_mark,
 * select_mark_extra.
 */
#include <string.h>
#include "select.h"

#define US_PER_SEC	1000000
#define FOREVER_SECS	10000000	/* a longer timeout waits forever */

/* A question's id: the select's generation, its slot and the fd. */
_Static_assert(NR_PROCS <= 256 && OPEN_MAX <= 64, "ids and se_asking fit");
_Static_assert(SDEV_OP_RD == CDEV_OP_RD && SDEV_OP_WR == CDEV_OP_WR
	&& SDEV_OP_ERR == CDEV_OP_ERR && SDEV_NOTIFY == CDEV_NOTIFY,
	"devices and sockets answer in the same bits");

static struct selectentry selecttab[NR_PROCS];
static int nr_waiting;			/* suspended selects */
static const unsigned set_op[NR_SETS] = { SEL_RD, SEL_WR, SEL_ERR };

static uint32_t uptime(void)
{
	uint32_t up = 0;

	(void) sys_times(NONE, NULL, NULL, &up, NULL);
	return up;
}

/* The ops asked for fd. */
static unsigned wanted(const struct selectentry *se, int fd)
{
	unsigned ops = 0;
	int i;

	for (i = 0; i < NR_SETS; i++)
		if (FD_ISSET(fd, &se->se_want[i]))
			ops |= set_op[i];
	return ops;
}

/* fd is ready for ops: note those that were asked. */
void select_mark(struct selectentry *se, int fd, unsigned ops)
{
	int i;

	for (i = 0; i < NR_SETS; i++) {
		if (!(ops & set_op[i]) || !FD_ISSET(fd, &se->se_want[i])
		    || FD_ISSET(fd, &se->se_ready[i]))
			continue;
		FD_SET(fd, &se->se_ready[i]);
		se->se_nready++;
	}
}

/* fd hung up or has an error (SEL_HUP, SEL_ERROR): poll reports it
 * unasked; select sees only the ops it implies. */
void select_mark_extra(struct selectentry *se, int fd, unsigned bits)
{
	bits &= SEL_HUP | SEL_ERROR;
	if (!se->se_poll || bits == 0 || (se->se_extra[fd] & bits) == bits)
		return;
	if (se->se_extra[fd] == 0)
		se->se_nready++;
	se->se_extra[fd] |= bits;
}

/* Bytes of an fd_set that hold descriptors 0 .. nfds-1. */
static size_t set_bytes(int nfds)
{
	return (size_t) (nfds + _FD_WORDBITS - 1) / _FD_WORDBITS
		* sizeof(unsigned int);
}

/* Copy the caller's sets in; bits at or above nfds are ignored. */
static int copy_in(struct selectentry *se, endpoint_t ep)
{
	size_t n = set_bytes(se->se_nfds);
	int i, fd;

	for (i = 0; i < NR_SETS; i++) {
		FD_ZERO(&se->se_want[i]);
		if (se->se_addr[i] == 0 || n == 0)
			continue;
		if (sys_vircopy(ep, se->se_addr[i], SELF,
		    (vir_bytes) &se->se_want[i], n) != OK)
			return -EFAULT;
		for (fd = se->se_nfds; fd < FD_SETSIZE; fd++)
			FD_CLR(fd, &se->se_want[i]);
	}
	return OK;
}

static int copy_out(struct selectentry *se)
{
	size_t n = set_bytes(se->se_nfds);
	int i;

	if (se->se_poll)
		return poll_copy_out(se);
	for (i = 0; i < NR_SETS; i++) {
		if (se->se_addr[i] == 0 || n == 0)
			continue;
		if (sys_vircopy(SELF, (vir_bytes) &se->se_ready[i],
		    se->se_fp->fp_endpoint, se->se_addr[i], n) != OK)
			return -EFAULT;
	}
	return se->se_nready;
}

/* The caller's timeout in ticks (rounded up); -1: wait forever. */
static int get_timeout(endpoint_t ep, vir_bytes addr, int64_t *ticks)
{
	struct timeval tv;

	*ticks = -1;
	if (addr == 0)
		return OK;
	if (sys_vircopy(ep, addr, SELF, (vir_bytes) &tv, sizeof(tv)) != OK)
		return -EFAULT;
	if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= US_PER_SEC)
		return -EINVAL;
	if (tv.tv_sec <= FOREVER_SECS)
		*ticks = tv.tv_sec * HZ + ((int64_t) tv.tv_usec * HZ
			+ US_PER_SEC - 1) / US_PER_SEC;
	return OK;
}

/* Every descriptor asked about must be open: find their filps. */
static int find_filps(struct selectentry *se, struct fproc *rfp)
{
	int fd;

	for (fd = 0; fd < se->se_nfds; fd++) {
		if (wanted(se, fd) == 0)
			continue;
		if ((se->se_filp[fd] = get_filp(rfp, fd)) == NULL)
			return -EBADF;
	}
	return OK;
}

/* Arm the kernel alarm for the earliest deadline, if any. */
static void set_timer(void)
{
	uint32_t next = 0, d;
	int i;

	for (i = 0; i < NR_PROCS; i++) {
		d = selecttab[i].se_fp != NULL ? selecttab[i].se_deadline : 0;
		if (d != 0 && (next == 0 || d < next))
			next = d;
	}
	(void) sys_setalarm(next, 1);
}

/* se is over: free its slot (answers still on their way are dropped). */
static void release(struct selectentry *se)
{
	uint32_t deadline = se->se_deadline;

	if (se->se_waiting) {
		assert(nr_waiting > 0);
		se->se_fp->fp_blocked_on = FP_NOT_BLOCKED;
		nr_waiting--;
	}
	se->se_fp = NULL;
	se->se_waiting = false;
	se->se_deadline = 0;
	if (deadline != 0)
		set_timer();
}

/* End se: the caller gets the ready descriptors; returns the result. */
static int conclude(struct selectentry *se)
{
	int r = copy_out(se);

	release(se);
	return r;
}

/* Has se its answer?  It needs the drivers' answers unless time is up. */
static bool done(const struct selectentry *se, bool expired)
{
	if (expired)
		return true;
	if (se->se_asking != 0)
		return false;
	return se->se_nready > 0 || !se->se_block;
}

/* Something changed for a suspended select: answer it if it is done. */
static void wake(struct selectentry *se, bool expired)
{
	struct fproc *rfp = se->se_fp;

	if (se->se_waiting && done(se, expired))
		reply(rfp, conclude(se));
}

static uint32_t question_id(struct selectentry *se, int fd)
{
	uint32_t slot = se - selecttab;

	return (uint32_t) se->se_gen << 16 | slot << 8 | (uint32_t) fd;
}

/* Ask fd's driver about ops; a select that may wait asks to be told
 * later too. */
static void ask_driver(struct selectentry *se, int fd, unsigned ops)
{
	dev_t dev = se->se_filp[fd]->f_vno->v_rdev;
	endpoint_t ep;

	ep = cdev_select(se->se_fp, &dev, ops | (se->se_block ? CDEV_NOTIFY
		: 0), question_id(se, fd));
	se->se_dev[fd] = dev;
	se->se_driver[fd] = ep;
	if (ep == NONE)
		select_mark(se, fd, ops);	/* no driver: I/O fails */
	else
		se->se_asking |= 1ull << fd;
}

/* Ask a socket's driver, likewise. */
static void ask_sock(struct selectentry *se, int fd, unsigned ops)
{
	struct vnode *vp = se->se_filp[fd]->f_vno;
	endpoint_t ep;

	ep = sdev_select(se->se_fp, vp, ops | (se->se_block ? SDEV_NOTIFY
		: 0), question_id(se, fd));
	se->se_dev[fd] = (dev_t) vp->v_sock;
	se->se_driver[fd] = ep;
	if (ep == NONE) {			/* gone: calls fail at once */
		select_mark(se, fd, ops);
		select_mark_extra(se, fd, SEL_ERROR | SEL_HUP);
	} else {
		se->se_asking |= 1ull << fd;
	}
}

/* Look at fd: note what is ready now, or ask its driver. */
static void start_fd(struct selectentry *se, int fd)
{
	struct filp *f = se->se_filp[fd];
	struct vnode *vp = f->f_vno;
	int mode = f->f_flags & O_ACCMODE;
	unsigned ops = wanted(se, fd), now = 0;

	if (mode == O_WRONLY)
		now |= ops & SEL_RD;		/* a read fails at once */
	if (mode == O_RDONLY)
		now |= ops & SEL_WR;
	ops &= ~now;
	if (vp->v_pipe != NULL) {
		now |= pipe_select(f, ops);
		select_mark_extra(se, fd, pipe_hangup(f));
	} else if (S_ISSOCK(vp->v_mode)) {
		if (ops != 0)
			ask_sock(se, fd, ops);
	} else if (S_ISCHR(vp->v_mode) && ops != 0) {
		ask_driver(se, fd, ops);
	} else {
		now |= ops;			/* files are always ready */
	}
	select_mark(se, fd, now);
}

/* A new select or poll in rfp's slot: nothing asked or found yet. */
struct selectentry *select_entry(struct fproc *rfp)
{
	struct selectentry *se = &selecttab[rfp - fproc];
	uint16_t gen = se->se_gen + 1;
	int fd;

	memset(se, 0, sizeof(*se));
	se->se_gen = gen;
	for (fd = 0; fd < OPEN_MAX; fd++)
		se->se_driver[fd] = NONE;
	return se;
}

/* se is filled in (what is asked, the filps): look at every descriptor,
 * then answer or suspend the caller for at most ticks (-1: forever). */
int select_run(struct selectentry *se, int64_t ticks)
{
	int fd;

	se->se_fp = fp;
	se->se_block = ticks != 0;
	for (fd = 0; fd < se->se_nfds; fd++)
		if (se->se_filp[fd] != NULL && wanted(se, fd) != 0)
			start_fd(se, fd);
	if (done(se, false))
		return conclude(se);
	if (ticks > 0) {
		se->se_deadline = uptime() + (uint32_t) ticks;
		if (se->se_deadline == 0)
			se->se_deadline = 1;
		set_timer();
	}
	suspend(fp, FP_SELECT);
	se->se_waiting = true;
	nr_waiting++;
	return -EDONTREPLY;
}

int do_select(void)
{
	const struct m_vfs_select *a = &m_in.m_vfs_select;
	struct selectentry *se;
	int64_t ticks;
	int r;

	if (a->nfds < 0 || a->nfds > FD_SETSIZE)
		return -EINVAL;
	se = select_entry(fp);
	se->se_nfds = a->nfds;
	se->se_addr[0] = a->readfds;
	se->se_addr[1] = a->writefds;
	se->se_addr[2] = a->exceptfds;
	if ((r = copy_in(se, fp->fp_endpoint)) != OK
	    || (r = get_timeout(fp->fp_endpoint, a->timeout, &ticks)) != OK
	    || (r = find_filps(se, fp)) != OK)
		return r;
	return select_run(se, ticks);
}

/* A driver answers a question: an error counts as ready (the next read
 * or write sees it). */
static void answer(uint32_t id, int status, endpoint_t from)
{
	uint32_t fd = id & 0xFF, slot = (id >> 8) & 0xFF;
	struct selectentry *se;

	/* The answer of a driver to a select that is over (it timed out,
	 * was cancelled, or the driver was given up for a new instance),
	 * or to none at all (a driver may answer garbage), is dropped. */
	if (slot >= NR_PROCS || fd >= OPEN_MAX)
		return;
	se = &selecttab[slot];
	if (se->se_fp == NULL || se->se_gen != (id >> 16)
	    || !(se->se_asking & (1ull << fd))
	    || se->se_driver[fd] != from)
		return;
	se->se_asking &= ~(1ull << fd);
	if (status < 0) {
		select_mark(se, fd, SEL_ALL);
		select_mark_extra(se, fd, SEL_ERROR);
	} else {
		select_mark(se, fd, (unsigned) status);
		select_mark_extra(se, fd, (unsigned) status);
	}
	wake(se, false);
}

void select_reply(const message *m)
{
	answer(m->m_cdev_sel_reply.id, m->m_cdev_sel_reply.ready, m->m_source);
}

void select_sock_reply(const message *m)
{
	answer(m->m_sdev_sel_reply.id, m->m_sdev_sel_reply.status,
		m->m_source);
}

/* Is fd of se a descriptor of the kind sock tells (a socket or a
 * character device) that asked ep about dev? */
static bool asked(const struct selectentry *se, int fd, bool sock, dev_t dev,
	endpoint_t ep)
{
	const struct filp *f = se->se_filp[fd];

	if (f == NULL || se->se_dev[fd] != dev || se->se_driver[fd] != ep)
		return false;
	return sock ? S_ISSOCK(f->f_vno->v_mode) : S_ISCHR(f->f_vno->v_mode);
}

/* ops became ready on character device or socket dev, whose driver is
 * ep. */
static void became_ready(bool sock, dev_t dev, endpoint_t ep, unsigned ops)
{
	struct selectentry *se;
	bool found;
	int i, fd;

	for (i = 0; i < NR_PROCS; i++) {
		se = &selecttab[i];
		if (!se->se_waiting)
			continue;
		found = false;
		for (fd = 0; fd < se->se_nfds; fd++) {
			if (!asked(se, fd, sock, dev, ep))
				continue;
			select_mark(se, fd, ops);
			select_mark_extra(se, fd, ops);
			found = true;
		}
		if (found)
			wake(se, false);
	}
}

/* A driver tells that watched ops became ready on one of its minors.
 * One that no waiting select watches (the select ended meanwhile), or
 * from a process that drives no major, changes nothing. */
void select_notify(const message *m)
{
	const struct m_cdev_sel_notify *n = &m->m_cdev_sel_notify;
	int major;

	if (nr_waiting == 0 || (n->ops & CDEV_OP_ALL) == 0)
		return;
	for (major = 0; major < NR_MAJORS; major++)
		if (dmap[major].d_driver == m->m_source)
			became_ready(false, makedev(major, n->minor),
				m->m_source, n->ops);
}

/* A socket driver tells that watched ops became ready on a socket. */
void select_sock_notify(const message *m)
{
	const struct m_sdev_sel_notify *n = &m->m_sdev_sel_notify;

	if (nr_waiting == 0 || n->ops == 0 || n->sock < 0)
		return;
	became_ready(true, (dev_t) n->sock, m->m_source, n->ops);
}

/* CLOCK: the selects whose deadline is past end with what they have. */
void select_expire(uint32_t now)
{
	struct selectentry *se;
	int i;

	for (i = 0; i < NR_PROCS; i++) {
		se = &selecttab[i];
		if (se->se_waiting && se->se_deadline != 0
		    && se->se_deadline <= now)
			wake(se, true);
	}
	set_timer();			/* also after a stale alarm */
}

/* vp's pipe changed: look again at the selects that watch it. */
void select_pipe_changed(struct vnode *vp)
{
	struct selectentry *se;
	struct filp *f;
	bool found;
	int i, fd;

	for (i = 0; i < NR_PROCS && nr_waiting > 0; i++) {
		se = &selecttab[i];
		if (!se->se_waiting)
			continue;
		found = false;
		for (fd = 0; fd < se->se_nfds; fd++) {
			if ((f = se->se_filp[fd]) == NULL || f->f_vno != vp)
				continue;
			select_mark(se, fd, pipe_select(f, wanted(se, fd)));
			select_mark_extra(se, fd, pipe_hangup(f));
			found = true;
		}
		if (found)
			wake(se, false);
	}
}

/* Descriptors of waiting selects that asked a driver instance that is
 * gone (match() says which) will hear nothing more from it: they are
 * reported ready. */
static void driver_gone(bool (*match)(const struct selectentry *, int, int,
	endpoint_t), int which, endpoint_t ep)
{
	struct selectentry *se;
	bool found;
	int i, fd;

	for (i = 0; i < NR_PROCS && nr_waiting > 0; i++) {
		se = &selecttab[i];
		if (!se->se_waiting)
			continue;
		found = false;
		for (fd = 0; fd < se->se_nfds; fd++) {
			if (se->se_driver[fd] == NONE || se->se_driver[fd] == ep
			    || !match(se, fd, which, ep))
				continue;
			se->se_asking &= ~(1ull << fd);
			select_mark(se, fd, SEL_ALL);
			select_mark_extra(se, fd, SEL_ERROR);
			found = true;
		}
		if (found)
			wake(se, false);
	}
}

static bool of_major(const struct selectentry *se, int fd, int major,
	endpoint_t ep)
{
	return S_ISCHR(se->se_filp[fd]->f_vno->v_mode)
		&& (int) major(se->se_dev[fd]) == major;
}

static bool of_domain(const struct selectentry *se, int fd, int dom,
	endpoint_t ep)
{
	const struct vnode *vp = se->se_filp[fd]->f_vno;

	return S_ISSOCK(vp->v_mode) && vp->v_sock_dom == dom;
}

/* The driver of major is now ep (NONE: gone for good). */
void select_driver_restarted(int major, endpoint_t ep)
{
	driver_gone(of_major, major, ep);
}

/* The socket driver of domain dom is now ep (NONE: none for now). */
void select_sock_restarted(int dom, endpoint_t ep)
{
	driver_gone(of_domain, dom, ep);
}

/* rfp's select ends without an answer (a signal, an exit).  A select
 * that waits is its slot's until released (release() is what ends the
 * wait), so the slot holds rfp's. */
void select_cancel(struct fproc *rfp)
{
	struct selectentry *se = &selecttab[rfp - fproc];

	assert(rfp->fp_blocked_on == FP_SELECT && se->se_fp == rfp
	    && se->se_waiting);
	release(se);
}

/* Selects and polls under way, for VFS_SYSINFO. */
uint32_t select_count(void)
{
	uint32_t n = 0;
	int i;

	for (i = 0; i < NR_PROCS; i++)
		n += selecttab[i].se_fp != NULL;
	return n;
}

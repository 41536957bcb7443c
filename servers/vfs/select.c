/*
 * select.c - select(2): wait until descriptors are ready to read, to
 * write, or have an exceptional condition.
 *
 * do_select() copies the caller's sets in and looks at every descriptor
 * named in them: a regular file, a directory or a block device is always
 * ready; a pipe is looked at in place (pipe_select); a character device
 * is asked with a CDEV_SELECT, whose answer (CDEV_SEL_REPLY) comes later
 * as a message of its own.  Once every answer is in, the select ends if
 * something is ready or the caller would not wait (a zero timeout).
 * Otherwise the caller is suspended (FP_SELECT), its select kept in
 * selecttab at its process slot, until
 *  - a pipe it watches changes (select_pipe_changed, from pipe.c);
 *  - a driver says a watched device became ready (CDEV_SEL_NOTIFY: the
 *    CDEV_SELECTs of a select that may wait carry CDEV_NOTIFY);
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
 * select_expire, select_pipe_changed, select_driver_restarted,
 * select_cancel.
 */
#include <string.h>
#include <sys/select.h>
#include "vfs.h"

#define NR_SETS		3		/* read, write, except */
#define US_PER_SEC	1000000
#define FOREVER_SECS	10000000	/* a longer timeout waits forever */

struct selectentry {
	struct fproc *se_fp;		/* the caller; NULL: slot free */
	int se_nfds;
	vir_bytes se_addr[NR_SETS];	/* the caller's sets; 0: none */
	fd_set se_want[NR_SETS];	/* what was asked */
	fd_set se_ready[NR_SETS];	/* the answer so far */
	int se_nready;			/* bits in se_ready */
	struct filp *se_filp[OPEN_MAX];	/* NULL: fd not watched */
	dev_t se_dev[OPEN_MAX];		/* character devices: which */
	endpoint_t se_driver[OPEN_MAX];	/* ... and who was asked; NONE */
	uint64_t se_asking;		/* fds whose CDEV_SEL_REPLY is due */
	uint16_t se_gen;		/* tells this select's answers from
					 * those of earlier ones in the slot */
	bool se_block;			/* the caller may wait */
	bool se_waiting;		/* ... and does (suspended) */
	uint32_t se_deadline;		/* tick to give up at; 0: never */
};

/* A CDEV_SELECT's id: the select's generation, its slot and the fd. */
_Static_assert(NR_PROCS <= 256 && OPEN_MAX <= 64, "ids and se_asking fit");

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
static void mark_ready(struct selectentry *se, int fd, unsigned ops)
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

	for (i = 0; i < NR_SETS; i++) {
		if (se->se_addr[i] == 0 || n == 0)
			continue;
		if (sys_vircopy(SELF, (vir_bytes) &se->se_ready[i],
		    se->se_fp->fp_endpoint, se->se_addr[i], n) != OK)
			return -EFAULT;
	}
	return OK;
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

/* End se: the caller's sets get the ready ones; returns select's result. */
static int conclude(struct selectentry *se)
{
	int r = copy_out(se);

	release(se);
	return r == OK ? se->se_nready : r;
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

/* Ask fd's driver about ops; a select that may wait asks to be told
 * later too. */
static void ask_driver(struct selectentry *se, int fd, unsigned ops)
{
	uint32_t slot = se - selecttab;
	uint32_t id = (uint32_t) se->se_gen << 16 | slot << 8 | (uint32_t) fd;
	dev_t dev = se->se_filp[fd]->f_vno->v_rdev;
	endpoint_t ep;

	ep = cdev_select(se->se_fp, &dev, ops | (se->se_block ? CDEV_NOTIFY
		: 0), id);
	se->se_dev[fd] = dev;
	se->se_driver[fd] = ep;
	if (ep == NONE)
		mark_ready(se, fd, ops);	/* no driver: I/O fails */
	else
		se->se_asking |= 1ull << fd;
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
	if (vp->v_pipe != NULL)
		now |= pipe_select(f, ops);
	else if (S_ISCHR(vp->v_mode) && ops != 0)
		ask_driver(se, fd, ops);
	else
		now |= ops;			/* files are always ready */
	mark_ready(se, fd, now);
}

/* A new select in rfp's slot: its arguments, nothing found yet. */
static struct selectentry *new_entry(struct fproc *rfp,
	const struct m_vfs_select *a)
{
	struct selectentry *se = &selecttab[rfp - fproc];
	uint16_t gen = se->se_gen + 1;
	int fd;

	memset(se, 0, sizeof(*se));
	se->se_gen = gen;
	for (fd = 0; fd < OPEN_MAX; fd++)
		se->se_driver[fd] = NONE;
	se->se_nfds = a->nfds;
	se->se_addr[0] = a->readfds;
	se->se_addr[1] = a->writefds;
	se->se_addr[2] = a->exceptfds;
	return se;
}

int do_select(void)
{
	const struct m_vfs_select *a = &m_in.m_vfs_select;
	struct selectentry *se;
	int64_t ticks;
	int fd, r;

	if (a->nfds < 0 || a->nfds > FD_SETSIZE)
		return -EINVAL;
	se = new_entry(fp, a);
	if ((r = copy_in(se, fp->fp_endpoint)) != OK
	    || (r = get_timeout(fp->fp_endpoint, a->timeout, &ticks)) != OK
	    || (r = find_filps(se, fp)) != OK)
		return r;
	se->se_fp = fp;
	se->se_block = ticks != 0;
	for (fd = 0; fd < se->se_nfds; fd++)
		if (se->se_filp[fd] != NULL)
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

/* A driver answers a CDEV_SELECT: an error counts as ready (the next
 * read or write sees it). */
void select_reply(const message *m)
{
	uint32_t id = m->m_cdev_sel_reply.id;
	uint32_t fd = id & 0xFF, slot = (id >> 8) & 0xFF;
	int status = m->m_cdev_sel_reply.ready;
	struct selectentry *se;

	/* The answer of a driver to a select that is over (it timed out,
	 * was cancelled, or the driver was given up for a new instance),
	 * or to none at all (a driver may answer garbage), is dropped. */
	if (slot >= NR_PROCS || fd >= OPEN_MAX)
		return;
	se = &selecttab[slot];
	if (se->se_fp == NULL || se->se_gen != (id >> 16)
	    || !(se->se_asking & (1ull << fd))
	    || se->se_driver[fd] != m->m_source)
		return;
	se->se_asking &= ~(1ull << fd);
	mark_ready(se, fd, status < 0 ? SEL_ALL : (unsigned) status);
	wake(se, false);
}

/* ops are ready on character device dev, whose driver is ep. */
static void device_ready(dev_t dev, endpoint_t ep, unsigned ops)
{
	struct selectentry *se;
	struct filp *f;
	bool found;
	int i, fd;

	for (i = 0; i < NR_PROCS; i++) {
		se = &selecttab[i];
		if (!se->se_waiting)
			continue;
		found = false;
		for (fd = 0; fd < se->se_nfds; fd++) {
			f = se->se_filp[fd];
			if (f == NULL || !S_ISCHR(f->f_vno->v_mode)
			    || se->se_dev[fd] != dev || se->se_driver[fd] != ep)
				continue;
			mark_ready(se, fd, ops);
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
	int major;

	const struct m_cdev_sel_notify *n = &m->m_cdev_sel_notify;

	if (nr_waiting == 0 || (n->ops & CDEV_OP_ALL) == 0)
		return;
	for (major = 0; major < NR_MAJORS; major++)
		if (dmap[major].d_driver == m->m_source)
			device_ready(makedev(major, n->minor), m->m_source,
				n->ops);
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
			mark_ready(se, fd, pipe_select(f, wanted(se, fd)));
			found = true;
		}
		if (found)
			wake(se, false);
	}
}

/* The driver of major is now ep (NONE: gone for good): descriptors whose
 * question went to an earlier instance will hear nothing more from it,
 * and are reported ready. */
void select_driver_restarted(int major, endpoint_t ep)
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
			    || (int) major(se->se_dev[fd]) != major)
				continue;
			se->se_asking &= ~(1ull << fd);
			mark_ready(se, fd, SEL_ALL);
			found = true;
		}
		if (found)
			wake(se, false);
	}
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

/*
 * fifo.c - opening a FIFO: readers and writers wait for each other.
 *
 * As POSIX says: an open for reading only waits until the FIFO has a
 * writer, and one for writing only until it has a reader; with
 * O_NONBLOCK a reader goes ahead at once and a writer with no reader
 * fails with ENXIO.  An open for both never waits.  A waiting opener
 * already counts as a reader or writer (pipe_open), as on other
 * systems, so that a non-blocking opener of the other end finds it; its
 * descriptor is ready, it is only not given yet.  Each open may be what
 * others wait for, so it wakes them; a signal ends a wait with EINTR
 * and takes the descriptor back.
 *
 * Entry points: fifo_open, fifo_cancel.
 */
#include "vfs.h"

/* Does rfp, opening f's FIFO, have the other end it waits for? */
static bool other_end(struct filp *f)
{
	struct pipe *p = f->f_vno->v_pipe;

	switch (f->f_flags & O_ACCMODE) {
	case O_RDONLY: return p->p_writers > 0;
	case O_WRONLY: return p->p_readers > 0;
	default: return true;
	}
}

/* An end of vp was opened: the openers waiting for it get their fds. */
static void wake_openers(struct vnode *vp)
{
	struct fproc *rfp;
	struct filp *f;
	int i;

	for (i = 0; i < NR_PROCS; i++) {
		rfp = &fproc[i];
		if (!rfp->fp_in_use || rfp->fp_blocked_on != FP_FIFO)
			continue;
		/* Its descriptor stays while it waits: it can make no
		 * other call, and its exit ends the wait first. */
		f = get_filp(rfp, rfp->fp_fifo_fd);
		assert(f != NULL);
		if (f->f_vno != vp || !other_end(f))
			continue;
		rfp->fp_blocked_on = FP_NOT_BLOCKED;
		reply(rfp, rfp->fp_fifo_fd);
	}
}

/* The last step of rfp's open of FIFO vp as fd (installed, and counted
 * by pipe_open): returns fd, -ENXIO (fd closed again), or -EDONTREPLY
 * while it waits for the other end. */
int fifo_open(struct fproc *rfp, struct vnode *vp, int flags, int fd)
{
	struct filp *f = get_filp(rfp, fd);

	wake_openers(vp);
	if (other_end(f))
		return fd;
	if ((flags & O_ACCMODE) == O_WRONLY && (flags & O_NONBLOCK)) {
		close_fd(rfp, fd);
		return -ENXIO;
	}
	if (flags & O_NONBLOCK)
		return fd;
	rfp->fp_fifo_fd = fd;
	suspend(rfp, FP_FIFO);
	return -EDONTREPLY;
}

/* rfp's wait ends without the other end: a signal (status -EINTR, the
 * reply) or its exit (status OK: no reply). */
void fifo_cancel(struct fproc *rfp, int status)
{
	assert(rfp->fp_blocked_on == FP_FIFO);
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
	close_fd(rfp, rfp->fp_fifo_fd);
	if (status != OK)
		reply(rfp, status);
}

/*
 * pipe.c - pipes and FIFOs, kept in VFS's memory.
 *
 * A pipe is a ring of PIPE_SIZE bytes.  A reader of an empty pipe waits
 * while a writer exists; a writer waits for room while a reader exists
 * (writes of up to PIPE_BUF bytes are never split).  A write with no
 * reader left fails with EPIPE (libc turns that into SIGPIPE).  A waiting
 * process is suspended with its call and retried whenever the other end
 * moves; a select waiting on the pipe is told then too.  The waiters of
 * a pipe are on its own list (p_waiters), so that moving data costs the
 * same however many processes the system has.
 */
#include <string.h>
#include <stdlib.h>
#include <minix/config.h>
#include "vfs.h"

/* The time of day, as the file servers keep it: boot time and uptime. */
static time_t now(void)
{
	uint32_t up = 0, boot = 0;

	(void) sys_times(NONE, NULL, NULL, &up, &boot);
	return (time_t) boot + up / HZ;
}

/* Set the times p's reads and writes marked for update to now.  A read
 * or write only marks them (asking the kernel the time costs as much as
 * moving 512 bytes); POSIX lets marked times be set at any update point
 * up to the next stat, which calls this. */
void pipe_times(struct pipe *p)
{
	time_t t;

	if (p->p_times_due == 0)
		return;
	t = now();
	if (p->p_times_due & PIPE_ATIME_DUE)
		p->p_atime = t;
	if (p->p_times_due & PIPE_MTIME_DUE)
		p->p_mtime = p->p_ctime = t;
	p->p_times_due = 0;
}

/* A pipe's state, made when it is first opened: empty, its times now
 * (POSIX: pipe() marks all three). */
struct pipe *new_pipe(void)
{
	static ino_t last_ino;
	struct pipe *p = calloc(1, sizeof(struct pipe));

	if (p == NULL)
		return NULL;
	p->p_ino = ++last_ino;
	p->p_atime = p->p_mtime = p->p_ctime = now();
	return p;
}


int do_pipe(void)
{
	struct vnode *vp = new_pipe_vnode();
	struct filp *rf, *wf;
	int fd0, fd1;
	message m;

	if (vp == NULL)
		return -ENFILE;
	if ((rf = new_filp(fp, vp, O_RDONLY)) == NULL) {
		put_vnode(vp);
		return -ENFILE;
	}
	dup_vnode(vp);
	if ((wf = new_filp(fp, vp, O_WRONLY)) == NULL) {
		rf->f_count = 0;
		put_vnode(vp);
		put_vnode(vp);
		return -ENFILE;
	}
	if (install_fd(fp, rf, &fd0) != OK) {
		rf->f_count = wf->f_count = 0;
		put_vnode(vp);
		put_vnode(vp);
		return -EMFILE;
	}
	if (install_fd(fp, wf, &fd1) != OK) {
		fp->fp_filp[fd0] = NULL;
		rf->f_count = wf->f_count = 0;
		put_vnode(vp);
		put_vnode(vp);
		return -EMFILE;
	}
	vp->v_pipe->p_readers = vp->v_pipe->p_writers = 1;
	vp->v_uid = fp->fp_euid;
	vp->v_gid = fp->fp_egid;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_vfs_pipe_reply.read_fd = fd0;
	m.m_vfs_pipe_reply.write_fd = fd1;
	reply_msg(fp, &m);
	return -EDONTREPLY;
}

/* A FIFO opened: one more reader, writer, or both. */
int pipe_open(struct vnode *vp, int flags)
{
	if (vp->v_pipe == NULL && (vp->v_pipe = new_pipe()) == NULL)
		return -ENFILE;
	if ((flags & O_ACCMODE) != O_WRONLY)
		vp->v_pipe->p_readers++;
	if ((flags & O_ACCMODE) != O_RDONLY)
		vp->v_pipe->p_writers++;
	return OK;
}

void pipe_close(struct vnode *vp, int flags)
{
	struct pipe *p = vp->v_pipe;

	if ((flags & O_ACCMODE) != O_WRONLY && p->p_readers > 0)
		p->p_readers--;
	if ((flags & O_ACCMODE) != O_RDONLY && p->p_writers > 0)
		p->p_writers--;
	if (p->p_readers == 0 && p->p_writers == 0)
		p->p_start = p->p_count = 0;	/* a FIFO's data dies with
						 * its last open */
	revive_pipe_waiters(vp);
}

/* Copy n bytes between the ring and the program, in up to two pieces. */
static int ring_copy(struct fproc *rfp, struct pipe *p, int write,
	vir_bytes buf, size_t n)
{
	size_t at = write ? (p->p_start + p->p_count) % PIPE_SIZE : p->p_start;
	size_t first = n < PIPE_SIZE - at ? n : PIPE_SIZE - at;
	int r;

	assert(write ? p->p_count + n <= PIPE_SIZE : n <= p->p_count);
	if (write) {
		r = sys_vircopy(rfp->fp_endpoint, buf, SELF,
			(vir_bytes) p->p_buf + at, first);
		if (r == OK && n > first)
			r = sys_vircopy(rfp->fp_endpoint, buf + first, SELF,
				(vir_bytes) p->p_buf, n - first);
		if (r == OK) {
			p->p_count += n;
			p->p_times_due |= PIPE_MTIME_DUE;
		}
	} else {
		r = sys_vircopy(SELF, (vir_bytes) p->p_buf + at,
			rfp->fp_endpoint, buf, first);
		if (r == OK && n > first)
			r = sys_vircopy(SELF, (vir_bytes) p->p_buf,
				rfp->fp_endpoint, buf + first, n - first);
		if (r == OK) {
			p->p_start = (p->p_start + n) % PIPE_SIZE;
			p->p_count -= n;
			p->p_times_due |= PIPE_ATIME_DUE;
		}
	}
	return r == OK ? OK : -EFAULT;
}

/* A read: returns bytes, 0 at end of file, -EDONTREPLY to wait. */
static int pipe_read(struct fproc *rfp, struct filp *f, vir_bytes buf,
	size_t nbytes)
{
	struct pipe *p = f->f_vno->v_pipe;
	size_t n = nbytes < p->p_count ? nbytes : p->p_count;
	int r;

	if (nbytes == 0)
		return 0;
	if (n == 0) {
		if (p->p_writers == 0)
			return 0;		/* end of file */
		return (f->f_flags & O_NONBLOCK) ? -EAGAIN : -EDONTREPLY;
	}
	if ((r = ring_copy(rfp, p, 0, buf, n)) != OK)
		return r;
	return n;
}

/* A write, continued from rfp->fp_done bytes already in: returns the
 * total written, -EDONTREPLY to wait for room, or an error. */
static int pipe_write(struct fproc *rfp, struct filp *f, vir_bytes buf,
	size_t nbytes)
{
	struct pipe *p = f->f_vno->v_pipe;
	size_t done = rfp->fp_done, left = nbytes - done, room, n;
	int r;

	if (p->p_readers == 0)
		return done > 0 ? (int) done : -EPIPE;
	if (left == 0)
		return done;
	room = PIPE_SIZE - p->p_count;
	if (room == 0 || (nbytes <= PIPE_BUF && room < left)) {
		if (f->f_flags & O_NONBLOCK)
			return done > 0 ? (int) done : -EAGAIN;
		return -EDONTREPLY;
	}
	n = left < room ? left : room;
	if ((r = ring_copy(rfp, p, 1, buf + done, n)) != OK)
		return done > 0 ? (int) done : r;
	rfp->fp_done += n;
	if (n < left)
		return (f->f_flags & O_NONBLOCK) ? (int) rfp->fp_done
			: -EDONTREPLY;
	return rfp->fp_done;
}

/* Suspend rfp's call on vp's pipe, behind the waiters already there. */
static void pipe_wait(struct fproc *rfp, struct vnode *vp)
{
	struct fproc **xpp;

	suspend(rfp, FP_PIPE);
	rfp->fp_pipe_vno = vp;
	rfp->fp_pipe_next = NULL;
	for (xpp = &vp->v_pipe->p_waiters; *xpp != NULL;
	     xpp = &(*xpp)->fp_pipe_next)
		;
	*xpp = rfp;
}

/* Take rfp (FP_PIPE) off its pipe's list; it waits no more. */
void pipe_unwait(struct fproc *rfp)
{
	struct fproc **xpp;

	assert(rfp->fp_blocked_on == FP_PIPE);
	for (xpp = &rfp->fp_pipe_vno->v_pipe->p_waiters; *xpp != rfp;
	     xpp = &(*xpp)->fp_pipe_next)
		assert(*xpp != NULL);
	*xpp = rfp->fp_pipe_next;
	rfp->fp_pipe_next = NULL;
	rfp->fp_pipe_vno = NULL;
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
}

/* One step of rfp's pipe call (its first, or a retry). */
static int pipe_step(struct fproc *rfp, struct filp *f, int write,
	vir_bytes buf, size_t nbytes)
{
	return write ? pipe_write(rfp, f, buf, nbytes)
		: pipe_read(rfp, f, buf, nbytes);
}

int pipe_rw(struct fproc *rfp, struct filp *f, int write, vir_bytes buf,
	size_t nbytes)
{
	int r;

	rfp->fp_done = 0;
	r = pipe_step(rfp, f, write, buf, nbytes);
	if (r == -EDONTREPLY)
		pipe_wait(rfp, f->f_vno);
	revive_pipe_waiters(f->f_vno);
	return r;
}

/* Retry rfp's suspended call; true when it was answered. */
static bool retry(struct fproc *rfp, struct filp *f)
{
	const struct m_vfs_io *io = &rfp->fp_call.m_vfs_io;
	int r = pipe_step(rfp, f, rfp->fp_call.m_type == VFS_WRITE, io->buf,
		io->nbytes);

	if (r == -EDONTREPLY)
		return false;
	pipe_unwait(rfp);
	reply(rfp, r);
	return true;
}

/* vp's pipe changed: retry its waiters, oldest first, until nothing
 * moves any more. */
void revive_pipe_waiters(struct vnode *vp)
{
	struct fproc *rfp, *next;
	struct filp *f;
	size_t before;
	bool moved;

	if (vp->v_pipe == NULL)
		return;
	do {
		moved = false;
		for (rfp = vp->v_pipe->p_waiters; rfp != NULL; rfp = next) {
			next = rfp->fp_pipe_next;	/* retry may unlink it */
			/* Its descriptor cannot have gone: a suspended
			 * process makes no calls (handle_call(), exec). */
			f = get_filp(rfp, rfp->fp_call.m_vfs_io.fd);
			assert(f != NULL && f->f_vno == vp);
			before = vp->v_pipe->p_count;
			if (retry(rfp, f) || vp->v_pipe->p_count != before)
				moved = true;
		}
	} while (moved);
	select_pipe_changed(vp);
}

/* Which of ops (SEL_*) f's pipe is ready for.  A read would not wait
 * when there is data or no writer (end of file); a write of PIPE_BUF
 * bytes would not wait when there is room for it or no reader (EPIPE).
 * Nothing exceptional happens to a pipe. */
unsigned pipe_select(struct filp *f, unsigned ops)
{
	struct pipe *p = f->f_vno->v_pipe;
	unsigned ready = 0;

	if (p->p_count > 0 || p->p_writers == 0)
		ready |= SEL_RD;
	if (PIPE_SIZE - p->p_count >= PIPE_BUF || p->p_readers == 0)
		ready |= SEL_WR;
	return ready & ops;
}

/* poll's POLLHUP and POLLERR for f's pipe (SDEV_OP_HUP, SDEV_OP_ERROR):
 * a reader whose writers are all gone has hung up; a writer whose
 * readers are all gone has an error (its write fails with EPIPE). */
unsigned pipe_hangup(struct filp *f)
{
	struct pipe *p = f->f_vno->v_pipe;
	unsigned bits = 0;

	if ((f->f_flags & O_ACCMODE) != O_WRONLY && p->p_writers == 0)
		bits |= SDEV_OP_HUP;
	if ((f->f_flags & O_ACCMODE) != O_RDONLY && p->p_readers == 0)
		bits |= SDEV_OP_ERROR;
	return bits;
}

/* PM interrupts rfp's wait (a signal): it gets what it has so far, or
 * EINTR. */
void pipe_cancel(struct fproc *rfp)
{
	pipe_unwait(rfp);
	reply(rfp, rfp->fp_done > 0 ? (int) rfp->fp_done : -EINTR);
}

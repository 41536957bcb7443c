/*
 * lock.c - POSIX record locks: fcntl's F_GETLK, F_SETLK and F_SETLKW.
 *
 * A lock is a byte range of a file (a vnode) held by a process, shared
 * (F_RDLCK) or exclusive (F_WRLCK).  A process's locks on one file never
 * overlap each other: a new lock replaces what the process held in its
 * range, cutting older locks around it, and touching locks of one type
 * merge.  Locks of other processes conflict when they overlap and one
 * of the two is exclusive.
 *
 * F_SETLKW suspends a caller that meets a conflict (FP_LOCK), unless
 * waiting would close a cycle of processes each waiting for the next
 * (EDEADLK).  Whenever locks go, the waiters on that file try again; a
 * signal ends the wait with EINTR.  A process's locks on a file go when
 * it closes any descriptor of the file, and when it exits.
 *
 * Entry points: do_lock (from fcntl), lock_release, lock_retry,
 * lock_cancel, lock_count.
 */
#include <string.h>
#include "vfs.h"

#define NR_LOCKS	256
#define OFF_END		INT64_MAX	/* "to the end of the file" */

static struct file_lock locks[NR_LOCKS];

static bool overlap(const struct file_lock *l, off_t start, off_t end)
{
	return l->l_start <= end && start <= l->l_end;
}

/* The first lock of another process than req's owner that stands in
 * req's way, or NULL. */
static struct file_lock *conflict(const struct file_lock *req)
{
	struct file_lock *l;

	for (l = locks; l < locks + NR_LOCKS; l++)
		if (l->l_vno == req->l_vno && l->l_owner != req->l_owner
		    && overlap(l, req->l_start, req->l_end)
		    && (l->l_type == F_WRLCK || req->l_type == F_WRLCK))
			return l;
	return NULL;
}

/* Would rfp, waiting for req, close a cycle?  Follows every process in
 * req's way that itself waits for a lock, depth first, each process at
 * most once (seen[] by slot), so the walk is bounded by the table. */
static bool waits_for(struct fproc *rfp, const struct file_lock *req,
	bool *seen)
{
	struct file_lock *l;
	struct fproc *holder;

	for (l = locks; l < locks + NR_LOCKS; l++) {
		if (l->l_vno != req->l_vno || l->l_owner == req->l_owner
		    || !overlap(l, req->l_start, req->l_end)
		    || (l->l_type != F_WRLCK && req->l_type != F_WRLCK))
			continue;
		holder = l->l_owner;
		if (holder == rfp)
			return true;
		if (seen[holder - fproc] || holder->fp_blocked_on != FP_LOCK)
			continue;
		seen[holder - fproc] = true;
		if (waits_for(rfp, &holder->fp_lock, seen))
			return true;
	}
	return false;
}

static bool deadlock(struct fproc *rfp, const struct file_lock *req)
{
	static bool seen[NR_PROCS];

	memset(seen, 0, sizeof(seen));
	return waits_for(rfp, req, seen);
}

static int free_slots(void)
{
	int n = 0, i;

	for (i = 0; i < NR_LOCKS; i++)
		n += locks[i].l_vno == NULL;
	return n;
}

/* A free slot, now holding lock; room was counted first. */
static void new_slot(const struct file_lock *lock)
{
	struct file_lock *l;

	for (l = locks; l < locks + NR_LOCKS; l++) {
		if (l->l_vno == NULL) {
			*l = *lock;
			l->l_vno->v_nr_locks++;
			return;
		}
	}
}

static void free_slot(struct file_lock *l)
{
	l->l_vno->v_nr_locks--;
	l->l_vno = NULL;
}

/* The slots that putting req in place needs: one for req itself (not
 * for an unlock) and one more when it splits a lock of its owner in
 * two. */
static int slots_needed(const struct file_lock *req, int type)
{
	struct file_lock *l;
	int n = type == F_UNLCK ? 0 : 1;

	for (l = locks; l < locks + NR_LOCKS; l++)
		if (l->l_vno == req->l_vno && l->l_owner == req->l_owner
		    && l->l_start < req->l_start && l->l_end > req->l_end)
			n++;
	return n;
}

/* Takes req's range out of its owner's locks on its file. */
static void cut_range(const struct file_lock *req)
{
	struct file_lock *l, rest;

	for (l = locks; l < locks + NR_LOCKS; l++) {
		if (l->l_vno != req->l_vno || l->l_owner != req->l_owner
		    || !overlap(l, req->l_start, req->l_end))
			continue;
		if (l->l_start < req->l_start && l->l_end > req->l_end) {
			rest = *l;
			rest.l_start = req->l_end + 1;
			new_slot(&rest);
		}
		if (l->l_start < req->l_start)
			l->l_end = req->l_start - 1;
		else if (l->l_end > req->l_end)
			l->l_start = req->l_end + 1;
		else
			free_slot(l);
	}
}

/* Puts req in as a lock, merged with its owner's touching locks of the
 * same type (cut_range has made room: none of them overlap it). */
static void insert(struct file_lock req)
{
	struct file_lock *l;

	for (l = locks; l < locks + NR_LOCKS; l++) {
		if (l->l_vno != req.l_vno || l->l_owner != req.l_owner
		    || l->l_type != req.l_type)
			continue;
		if (l->l_end != OFF_END && l->l_end + 1 == req.l_start) {
			req.l_start = l->l_start;
			free_slot(l);
		} else if (req.l_end != OFF_END && req.l_end + 1 == l->l_start) {
			req.l_end = l->l_end;
			free_slot(l);
		}
	}
	new_slot(&req);
}

/* Sets req (F_UNLCK: clears its range) if nothing is in its way.
 * Returns OK, -EAGAIN for a conflict, or -ENOLCK for a full table. */
static int apply(const struct file_lock *req)
{
	if (req->l_type != F_UNLCK && conflict(req) != NULL)
		return -EAGAIN;
	if (slots_needed(req, req->l_type) > free_slots())
		return -ENOLCK;
	cut_range(req);
	if (req->l_type != F_UNLCK)
		insert(*req);
	return OK;
}

/* The byte range fl names, for descriptor f: *start to *end inclusive.
 * A negative l_len reaches back from l_start. */
static int range(struct filp *f, const struct flock *fl, off_t *start,
	off_t *end)
{
	off_t base;

	switch (fl->l_whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = f->f_pos; break;
	case SEEK_END: base = f->f_vno->v_size; break;
	default: return -EINVAL;
	}
	if ((fl->l_start > 0 && base > OFF_END - fl->l_start)
	    || fl->l_len == INT64_MIN)
		return -EOVERFLOW;
	*start = base + fl->l_start;
	if (fl->l_len > 0) {
		if (*start > OFF_END - (fl->l_len - 1))
			return -EOVERFLOW;
		*end = *start + fl->l_len - 1;
	} else if (fl->l_len == 0) {
		*end = OFF_END;
	} else {
		*end = *start - 1;
		*start += fl->l_len;
	}
	return *start < 0 ? -EINVAL : OK;
}

/* The caller's struct flock, checked, as a request of rfp's. */
static int get_request(struct fproc *rfp, struct filp *f, vir_bytes addr,
	struct flock *fl, struct file_lock *req)
{
	int r;

	if (sys_vircopy(rfp->fp_endpoint, addr, SELF, (vir_bytes) fl,
	    sizeof(*fl)) != OK)
		return -EFAULT;
	if (fl->l_type != F_RDLCK && fl->l_type != F_WRLCK
	    && fl->l_type != F_UNLCK)
		return -EINVAL;
	if ((r = range(f, fl, &req->l_start, &req->l_end)) != OK)
		return r;
	req->l_vno = f->f_vno;
	req->l_owner = rfp;
	req->l_type = fl->l_type;
	return OK;
}

/* F_GETLK: the first lock in the way of req, into the caller's flock. */
static int get_lock(struct fproc *rfp, vir_bytes addr, struct flock *fl,
	const struct file_lock *req)
{
	struct file_lock *l = req->l_type != F_UNLCK ? conflict(req) : NULL;

	if (l == NULL) {
		fl->l_type = F_UNLCK;
	} else {
		fl->l_type = l->l_type;
		fl->l_whence = SEEK_SET;
		fl->l_start = l->l_start;
		fl->l_len = l->l_end == OFF_END ? 0 : l->l_end - l->l_start + 1;
		fl->l_pid = l->l_owner->fp_pid;
	}
	if (sys_vircopy(SELF, (vir_bytes) fl, rfp->fp_endpoint, addr,
	    sizeof(*fl)) != OK)
		return -EFAULT;
	return OK;
}

/* fcntl's lock commands for rfp on descriptor fd; -EDONTREPLY when an
 * F_SETLKW waits. */
int do_lock(struct fproc *rfp, int fd, int cmd, vir_bytes addr)
{
	struct filp *f = get_filp(rfp, fd);
	struct file_lock req;
	struct flock fl;
	int mode, r;

	if (f == NULL)
		return -EBADF;
	if ((r = get_request(rfp, f, addr, &fl, &req)) != OK)
		return r;
	if (cmd == F_GETLK)
		return get_lock(rfp, addr, &fl, &req);
	mode = f->f_flags & O_ACCMODE;
	if ((req.l_type == F_RDLCK && mode == O_WRONLY)
	    || (req.l_type == F_WRLCK && mode == O_RDONLY))
		return -EBADF;
	if ((r = apply(&req)) == OK)
		lock_retry(req.l_vno);	/* a lock that shrank frees room */
	if (r != -EAGAIN || cmd == F_SETLK)
		return r;
	if (deadlock(rfp, &req))
		return -EDEADLK;
	rfp->fp_lock = req;
	suspend(rfp, FP_LOCK);
	return -EDONTREPLY;
}

/* rfp lets go of all its locks on vp (it closed a descriptor of it, or
 * is ending). */
void lock_release(struct fproc *rfp, struct vnode *vp)
{
	struct file_lock *l;
	bool any = false;

	if (vp->v_nr_locks == 0)
		return;			/* most closes: no lock on the file */
	for (l = locks; l < locks + NR_LOCKS; l++) {
		if (l->l_vno == vp && l->l_owner == rfp) {
			free_slot(l);
			any = true;
		}
	}
	if (any)
		lock_retry(vp);
}

/* Locks on vp changed: each process waiting for one there tries again,
 * until no one more gets one (one that does may free room for others:
 * its new lock can replace an exclusive one of its own). */
void lock_retry(struct vnode *vp)
{
	struct fproc *rfp;
	bool granted;
	int i, r;

	do {
		granted = false;
		for (i = 0; i < NR_PROCS; i++) {
			rfp = &fproc[i];
			if (!rfp->fp_in_use || rfp->fp_blocked_on != FP_LOCK
			    || rfp->fp_lock.l_vno != vp)
				continue;
			if ((r = apply(&rfp->fp_lock)) == -EAGAIN)
				continue;
			rfp->fp_blocked_on = FP_NOT_BLOCKED;
			reply(rfp, r);
			granted = true;
		}
	} while (granted);
}

/* A signal (or the end) for rfp, waiting for a lock. */
void lock_cancel(struct fproc *rfp, int status)
{
	assert(rfp->fp_blocked_on == FP_LOCK);
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
	if (status != OK)
		reply(rfp, status);
}

/* Locks held or waited for, for VFS_SYSINFO. */
uint32_t lock_count(void)
{
	uint32_t n = 0;
	int i;

	for (i = 0; i < NR_LOCKS; i++)
		n += locks[i].l_vno != NULL;
	return n;
}

/*
 * filedes.c - file descriptors and the open-file table.
 *
 * A descriptor points at a filp (position and open flags), which points
 * at a vnode.  dup() and fork() share filps; the last close releases it.
 */
#include <string.h>
#include "vfs.h"

struct filp filp[NR_FILPS];

/* The lowest free descriptor at or above start. */
int get_fd(struct fproc *rfp, int start, int *fdp)
{
	int fd;

	if (start < 0 || start >= OPEN_MAX)
		return -EINVAL;
	for (fd = start; fd < OPEN_MAX; fd++) {
		if (rfp->fp_filp[fd] == NULL) {
			*fdp = fd;
			return OK;
		}
	}
	return -EMFILE;
}

struct filp *get_filp(struct fproc *rfp, int fd)
{
	if (fd < 0 || fd >= OPEN_MAX)
		return NULL;
	return rfp->fp_filp[fd];
}

/* A filp for rfp's open of vp (whose reference it takes over), or NULL
 * when the table is full.  The last NR_ROOT_FILPS are root's: a user who
 * opens all he can still leaves root room to stop him. */
struct filp *new_filp(struct fproc *rfp, struct vnode *vp, int flags)
{
	int i, free_ones = 0;

	if (rfp->fp_euid != 0) {
		for (i = 0; i < NR_FILPS; i++)
			free_ones += filp[i].f_count == 0;
		if (free_ones <= NR_ROOT_FILPS)
			return NULL;
	}
	for (i = 0; i < NR_FILPS; i++) {
		if (filp[i].f_count == 0) {
			filp[i].f_count = 1;
			filp[i].f_vno = vp;
			filp[i].f_flags = flags;
			filp[i].f_pos = 0;
			return &filp[i];
		}
	}
	return NULL;
}

/* Put f at the lowest free descriptor. */
int install_fd(struct fproc *rfp, struct filp *f, int *fdp)
{
	int r;

	if ((r = get_fd(rfp, 0, fdp)) != OK)
		return r;
	rfp->fp_filp[*fdp] = f;
	rfp->fp_cloexec &= ~(1ull << *fdp);
	return OK;
}

/* Undo install_fd() of a new filp whose open did not complete: no close
 * goes anywhere. */
void drop_fd(struct fproc *rfp, int fd)
{
	struct filp *f = get_filp(rfp, fd);

	if (f == NULL)
		return;
	rfp->fp_filp[fd] = NULL;
	rfp->fp_cloexec &= ~(1ull << fd);
	f->f_count = 0;
	put_vnode(f->f_vno);
	f->f_vno = NULL;
}

static void release_filp(struct filp *f)
{
	struct vnode *vp = f->f_vno;

	assert(f->f_count > 0 && vp != NULL);
	if (--f->f_count > 0)
		return;
	if (vp->v_pipe != NULL)
		pipe_close(vp, f->f_flags);
	if (S_ISCHR(vp->v_mode) || S_ISBLK(vp->v_mode))
		dev_close(vp->v_rdev, S_ISBLK(vp->v_mode));
	if (S_ISSOCK(vp->v_mode))
		sdev_close(vp);
	put_vnode(vp);
	f->f_vno = NULL;
}

void close_fd(struct fproc *rfp, int fd)
{
	struct filp *f = get_filp(rfp, fd);

	if (f == NULL)
		return;
	lock_release(rfp, f->f_vno);	/* any close ends the file's locks */
	rfp->fp_filp[fd] = NULL;
	rfp->fp_cloexec &= ~(1ull << fd);
	release_filp(f);
}

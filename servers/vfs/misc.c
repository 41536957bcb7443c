/*
 * misc.c - dup, fcntl, chdir, ioctl.
 */
#include <string.h>
#include <sys/ioctl.h>
#include "vfs.h"

int do_dup(void)
{
	int fd = m_in.m_vfs_dup.fd, fd2 = m_in.m_vfs_dup.fd2, r;
	struct filp *f = get_filp(fp, fd);

	if (f == NULL)
		return -EBADF;
	if (fd2 < 0) {
		if ((r = get_fd(fp, 0, &fd2)) != OK)
			return r;
	} else {
		if (fd2 >= OPEN_MAX)
			return -EBADF;
		if (fd2 == fd)
			return fd2;
		close_fd(fp, fd2);
	}
	fp->fp_filp[fd2] = f;
	fp->fp_cloexec &= ~(1ull << fd2);
	f->f_count++;
	return fd2;
}

int do_fcntl(void)
{
	int fd = m_in.m_vfs_fcntl.fd, arg = m_in.m_vfs_fcntl.arg, fd2, r;
	struct filp *f = get_filp(fp, fd);

	if (f == NULL)
		return -EBADF;
	switch (m_in.m_vfs_fcntl.cmd) {
	case F_DUPFD:
	case F_DUPFD_CLOEXEC:
		if ((r = get_fd(fp, arg, &fd2)) != OK)
			return r;
		fp->fp_filp[fd2] = f;
		f->f_count++;
		if (m_in.m_vfs_fcntl.cmd == F_DUPFD_CLOEXEC)
			fp->fp_cloexec |= 1ull << fd2;
		else
			fp->fp_cloexec &= ~(1ull << fd2);
		return fd2;
	case F_GETFD:
		return (fp->fp_cloexec >> fd) & 1 ? FD_CLOEXEC : 0;
	case F_SETFD:
		if (arg & FD_CLOEXEC)
			fp->fp_cloexec |= 1ull << fd;
		else
			fp->fp_cloexec &= ~(1ull << fd);
		return OK;
	case F_GETFL:
		return f->f_flags;
	case F_SETFL:
		f->f_flags = (f->f_flags & ~(O_APPEND | O_NONBLOCK))
			| (arg & (O_APPEND | O_NONBLOCK));
		return OK;
	case F_GETLK:
	case F_SETLK:
	case F_SETLKW:
		return do_lock(fp, fd, m_in.m_vfs_fcntl.cmd,
			m_in.m_vfs_fcntl.flock);
	default:
		return -EINVAL;
	}
}

static int change_dir(struct vnode *vp)
{
	int r;

	if (!S_ISDIR(vp->v_mode))
		r = -ENOTDIR;
	else
		r = forbidden(fp, vp, X_BIT);
	if (r != OK) {
		put_vnode(vp);
		return r;
	}
	put_vnode(fp->fp_wd);
	fp->fp_wd = vp;
	return OK;
}

int do_chdir(void)
{
	char path[PATH_MAX];
	struct vnode *vp;
	int r;

	r = fetch_path(m_in.m_vfs_path.path, m_in.m_vfs_path.path_len, path);
	if (r != OK || (r = lookup(fp, path, LOOK_FOLLOW, &vp, NULL)) != OK)
		return r;
	return change_dir(vp);
}

int do_fchdir(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_fd.fd);

	if (f == NULL)
		return -EBADF;
	dup_vnode(f->f_vno);
	return change_dir(f->f_vno);
}

/* FIONBIO: O_NONBLOCK on or off, for any descriptor. */
static int set_nbio(struct filp *f, vir_bytes arg)
{
	int on;

	if (sys_vircopy(fp->fp_endpoint, arg, SELF, (vir_bytes) &on,
	    sizeof(on)) != OK)
		return -EFAULT;
	if (on)
		f->f_flags |= O_NONBLOCK;
	else
		f->f_flags &= ~O_NONBLOCK;
	return OK;
}

int do_ioctl(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_ioctl.fd);
	struct vnode *vp;

	if (f == NULL)
		return -EBADF;
	vp = f->f_vno;
	if (m_in.m_vfs_ioctl.request == FIONBIO)
		return set_nbio(f, m_in.m_vfs_ioctl.arg);
	if (S_ISSOCK(vp->v_mode))
		return sock_ioctl(fp, f, m_in.m_vfs_ioctl.request,
			m_in.m_vfs_ioctl.arg);
	if (!S_ISCHR(vp->v_mode) && !S_ISBLK(vp->v_mode))
		return -ENOTTY;
	return dev_ioctl(fp, vp, m_in.m_vfs_ioctl.request,
		m_in.m_vfs_ioctl.arg);
}

/*
 * stat.c - file attributes: stat, chmod, chown, utime, access, truncate,
 * umask, statvfs.
 */
#include <string.h>
#include "vfs.h"

static int copy_out(const void *src, vir_bytes dst, size_t n)
{
	int r = sys_vircopy(SELF, (vir_bytes) src, fp->fp_endpoint, dst, n);

	return r == OK ? OK : -EFAULT;
}

/* What stat tells of an anonymous pipe: VFS keeps it all. */
static void stat_pipe(struct vnode *vp, struct stat *st)
{
	struct pipe *p = vp->v_pipe;

	pipe_times(p);
	st->st_dev = PIPE_DEV;
	st->st_ino = p->p_ino;
	st->st_mode = vp->v_mode;
	st->st_nlink = 1;
	st->st_uid = vp->v_uid;
	st->st_gid = vp->v_gid;
	st->st_size = p->p_count;
	st->st_atime = p->p_atime;
	st->st_mtime = p->p_mtime;
	st->st_ctime = p->p_ctime;
	st->st_blksize = PIPE_SIZE;
}

static int stat_vnode(struct vnode *vp, vir_bytes buf)
{
	struct stat st;
	int r;

	memset(&st, 0, sizeof(st));
	if (vp->v_vmnt == NULL && vp->v_pipe != NULL) {	/* a pipe */
		stat_pipe(vp, &st);
	} else if (vp->v_vmnt == NULL) {	/* a socket */
		st.st_mode = vp->v_mode;
		st.st_nlink = 1;
		st.st_uid = vp->v_uid;
		st.st_gid = vp->v_gid;
		st.st_blksize = PIPE_SIZE;
		st.st_ino = vp - vnode + 1;	/* tells them apart */
	} else if ((r = req_stat(vp->v_vmnt, vp->v_ino, &st)) != OK) {
		return r;
	}
	return copy_out(&st, buf, sizeof(st));
}

/* The caller's path at addr, resolved (lookup's flags). */
static int path_vnode(vir_bytes addr, uint32_t len, int flags,
	struct vnode **vpp)
{
	char path[PATH_MAX];
	int r;

	if ((r = fetch_path(addr, len, path)) != OK)
		return r;
	return lookup(fp, path, flags, vpp, NULL);
}

/* The vnode of the caller's descriptor fd, with a reference. */
static int fd_vnode(int fd, struct vnode **vpp)
{
	struct filp *f = get_filp(fp, fd);

	if (f == NULL)
		return -EBADF;
	*vpp = f->f_vno;
	dup_vnode(*vpp);
	return OK;
}

int do_stat(void)
{
	const struct m_vfs_stat *a = &m_in.m_vfs_stat;
	struct vnode *vp;
	int r;

	r = path_vnode(a->path, a->path_len,
		m_in.m_type == VFS_LSTAT ? 0 : LOOK_FOLLOW, &vp);
	if (r != OK)
		return r;
	r = stat_vnode(vp, a->buf);
	put_vnode(vp);
	return r;
}

int do_fstat(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_fstat.fd);

	if (f == NULL)
		return -EBADF;
	return stat_vnode(f->f_vno, m_in.m_vfs_fstat.buf);
}

static int owner_only(struct vnode *vp)
{
	if (vp->v_vmnt == NULL)
		return -EINVAL;
	if (vp->v_vmnt->m_flags & MNT_RDONLY)
		return -EROFS;
	if (fp->fp_euid != 0 && fp->fp_euid != vp->v_uid)
		return -EPERM;
	return OK;
}

/* chmod and fchmod: vp's mode becomes mode; drops the reference. */
static int chmod_vnode(struct vnode *vp, mode_t mode)
{
	struct m_fs_node node;
	int r;

	if ((r = owner_only(vp)) == OK) {
		if (fp->fp_euid != 0 && !in_group(fp, vp->v_gid))
			mode &= ~S_ISGID;	/* only the group may keep it */
		r = req_chmod(vp->v_vmnt, vp->v_ino, mode & 07777, &node);
		if (r == OK)
			update_vnode(vp, &node);
	}
	put_vnode(vp);
	return r;
}

int do_chmod(void)
{
	const struct m_vfs_chmod *a = &m_in.m_vfs_chmod;
	struct vnode *vp;
	int r;

	if ((r = path_vnode(a->path, a->path_len, LOOK_FOLLOW, &vp)) != OK)
		return r;
	return chmod_vnode(vp, a->mode);
}

int do_fchmod(void)
{
	struct vnode *vp;
	int r;

	if ((r = fd_vnode(m_in.m_vfs_fchmod.fd, &vp)) != OK)
		return r;
	return chmod_vnode(vp, m_in.m_vfs_fchmod.mode);
}

/* The mode bits a chown by the caller clears: a user's chown of a
 * program takes its set-id bits away (POSIX), so that a set-id program
 * never runs for another group than the one it was made set-id for. */
static mode_t chown_clears(struct vnode *vp)
{
	if (fp->fp_euid == 0 || !S_ISREG(vp->v_mode) || !(vp->v_mode & 0111))
		return 0;
	return S_ISUID | S_ISGID;
}

/* chown and fchown: (uid_t) -1 and (gid_t) -1 leave an id as it is;
 * drops the reference. */
static int chown_vnode(struct vnode *vp, uid_t uid, gid_t gid)
{
	struct m_fs_node node;
	int r;

	if ((r = owner_only(vp)) == OK && fp->fp_euid != 0
	    && ((uid != (uid_t) -1 && uid != vp->v_uid)
	    || (gid != (gid_t) -1 && !in_group(fp, gid))))
		r = -EPERM;		/* users may only give to their groups */
	uid = uid == (uid_t) -1 ? vp->v_uid : uid;
	gid = gid == (gid_t) -1 ? vp->v_gid : gid;
	if (r == OK) {
		r = req_chown(vp->v_vmnt, vp->v_ino, uid, gid, chown_clears(vp),
			&node);
		if (r == OK)
			update_vnode(vp, &node);
	}
	put_vnode(vp);
	return r;
}

int do_chown(void)
{
	const struct m_vfs_chown *a = &m_in.m_vfs_chown;
	struct vnode *vp;
	int r;

	r = path_vnode(a->path, a->path_len,
		(a->flags & VFS_NOFOLLOW) ? 0 : LOOK_FOLLOW, &vp);
	if (r != OK)
		return r;
	return chown_vnode(vp, a->uid, a->gid);
}

int do_fchown(void)
{
	const struct m_vfs_fchown *a = &m_in.m_vfs_fchown;
	struct vnode *vp;
	int r;

	if ((r = fd_vnode(a->fd, &vp)) != OK)
		return r;
	return chown_vnode(vp, a->uid, a->gid);
}

int do_umask(void)
{
	mode_t old = fp->fp_umask;

	fp->fp_umask = m_in.m_vfs_umask.mask & 0777;
	return old;
}

/* utime: explicit times are the owner's to set; "now" also anyone who
 * may write the file.  -1 asks the file server for its clock. */
int do_utime(void)
{
	const struct m_vfs_utime *u = &m_in.m_vfs_utime;
	char path[PATH_MAX];
	struct vnode *vp;
	int r;

	if ((r = fetch_path(u->path, u->path_len, path)) != OK)
		return r;
	if ((r = lookup(fp, path, LOOK_FOLLOW, &vp, NULL)) != OK)
		return r;
	if (vp->v_vmnt == NULL)
		r = -EINVAL;
	else if (vp->v_vmnt->m_flags & MNT_RDONLY)
		r = -EROFS;
	else if (!u->now || (fp->fp_euid != 0 && fp->fp_euid != vp->v_uid))
		r = u->now ? forbidden(fp, vp, W_BIT) : owner_only(vp);
	if (r == OK)
		r = req_utime(vp->v_vmnt, vp->v_ino, u->now ? -1 : u->atime,
			u->now ? -1 : u->mtime);
	put_vnode(vp);
	return r;
}

int do_access(void)
{
	const struct m_vfs_access *a = &m_in.m_vfs_access;
	int mode = a->amode, r;
	uid_t euid = fp->fp_euid;
	gid_t egid = fp->fp_egid;
	struct vnode *vp;

	if (mode & ~(R_OK | W_OK | X_OK))
		return -EINVAL;
	if ((r = path_vnode(a->path, a->path_len, LOOK_FOLLOW, &vp)) != OK)
		return r;
	fp->fp_euid = fp->fp_ruid;		/* access() asks as the real user */
	fp->fp_egid = fp->fp_rgid;
	r = forbidden(fp, vp, mode);
	fp->fp_euid = euid;
	fp->fp_egid = egid;
	if (r == OK && (mode & W_OK) && vp->v_vmnt != NULL
	    && (vp->v_vmnt->m_flags & MNT_RDONLY))
		r = -EROFS;
	put_vnode(vp);
	return r;
}

static int truncate_vnode(struct vnode *vp, off_t len)
{
	int r;

	if (len < 0)
		return -EINVAL;
	if (S_ISDIR(vp->v_mode))
		return -EISDIR;
	if (!S_ISREG(vp->v_mode))
		return -EINVAL;
	if (vp->v_vmnt->m_flags & MNT_RDONLY)
		return -EROFS;
	if ((r = req_ftrunc(vp->v_vmnt, vp->v_ino, len)) == OK)
		vp->v_size = len;
	return r;
}

int do_truncate(void)
{
	const struct m_vfs_truncate *a = &m_in.m_vfs_truncate;
	struct vnode *vp;
	int r;

	if ((r = path_vnode(a->path, a->path_len, LOOK_FOLLOW, &vp)) != OK)
		return r;
	if ((r = forbidden(fp, vp, W_BIT)) == OK)
		r = truncate_vnode(vp, a->length);
	put_vnode(vp);
	return r;
}

int do_ftruncate(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_ftruncate.fd);

	if (f == NULL || (f->f_flags & O_ACCMODE) == O_RDONLY)
		return f == NULL ? -EBADF : -EINVAL;
	return truncate_vnode(f->f_vno, m_in.m_vfs_ftruncate.length);
}

static int statvfs_vnode(struct vnode *vp, vir_bytes buf)
{
	struct statvfs st;
	int r;

	if (vp->v_vmnt == NULL)
		return -EINVAL;
	memset(&st, 0, sizeof(st));
	if ((r = req_statvfs(vp->v_vmnt, &st)) != OK)
		return r;
	if (vp->v_vmnt->m_flags & MNT_RDONLY)
		st.f_flag |= ST_RDONLY;
	return copy_out(&st, buf, sizeof(st));
}

int do_statvfs(void)
{
	const struct m_vfs_statvfs *a = &m_in.m_vfs_statvfs;
	struct vnode *vp;
	int r;

	if ((r = path_vnode(a->path, a->path_len, LOOK_FOLLOW, &vp)) != OK)
		return r;
	r = statvfs_vnode(vp, a->buf);
	put_vnode(vp);
	return r;
}

int do_fstatvfs(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_fstatvfs.fd);

	if (f == NULL)
		return -EBADF;
	return statvfs_vnode(f->f_vno, m_in.m_vfs_fstatvfs.buf);
}

/*
 * open.c - open, close, mknod, mkdir.
 */
#include <string.h>
#include "vfs.h"

static int rw_bits(int flags)
{
	switch (flags & O_ACCMODE) {
	case O_RDONLY: return R_BIT;
	case O_WRONLY: return W_BIT;
	default: return R_BIT | W_BIT;
	}
}

static bool read_only(struct vnode *vp)
{
	return vp->v_vmnt != NULL && (vp->v_vmnt->m_flags & MNT_RDONLY);
}

/* Create last in dir (mode includes the file type). */
static int create_in(struct fproc *rfp, struct vnode *dir, const char *last,
	mode_t mode, dev_t rdev, int call, struct vnode **vpp)
{
	struct m_fs_node node;
	int r;

	if (strcmp(last, ".") == 0 || strcmp(last, "..") == 0)
		return -EEXIST;
	if (read_only(dir))
		return -EROFS;
	if ((r = forbidden(rfp, dir, W_BIT | X_BIT)) != OK)
		return r;
	r = req_create(dir->v_vmnt, call, dir->v_ino, last, mode, rfp->fp_euid,
		rfp->fp_egid, rdev, &node);
	if (r != OK)
		return r;
	if ((*vpp = get_vnode(dir->v_vmnt, &node)) == NULL)
		return -ENFILE;
	return OK;
}

/* path names a dangling symbolic link: where it points, as a path (a
 * relative target is relative to the link's directory). */
static int link_target(struct fproc *rfp, const char *path, char *out)
{
	char target[PATH_MAX];
	const char *slash = strrchr(path, '/');
	struct vnode *vp;
	int n, dirlen;

	if ((n = lookup(rfp, path, 0, &vp, NULL)) != OK)
		return n;
	n = S_ISLNK(vp->v_mode) ? req_rdlink(vp->v_vmnt, vp->v_ino, target,
		sizeof(target) - 1) : -ENOENT;
	put_vnode(vp);
	if (n <= 0)
		return n < 0 ? n : -ENOENT;
	target[n] = '\0';
	dirlen = (target[0] != '/' && slash != NULL) ? slash - path + 1 : 0;
	if (dirlen + n + 1 > PATH_MAX)
		return -ENAMETOOLONG;
	memcpy(out, path, dirlen);
	strcpy(out + dirlen, target);
	return OK;
}

/* Find or make the file to open, with O_CREAT's rules: an existing name
 * is opened (unless O_EXCL), a dangling symbolic link creates its
 * target. */
static int open_create(struct fproc *rfp, const char *path, int flags,
	mode_t mode, struct vnode **vpp, bool *created)
{
	char last[NAME_MAX + 1], cur[PATH_MAX], next[PATH_MAX];
	struct vnode *dir;
	int links, r;

	strcpy(cur, path);
	for (links = 0; links <= SYMLOOP_MAX; links++) {
		if ((r = lookup(rfp, cur, LOOK_PARENT, &dir, last)) != OK)
			return r;
		r = create_in(rfp, dir, last, S_IFREG
			| (mode & 07777 & ~rfp->fp_umask), 0, REQ_CREATE, vpp);
		put_vnode(dir);
		*created = (r == OK);
		if (r != -EEXIST || (flags & O_EXCL))
			return r;
		r = lookup(rfp, cur, (flags & O_NOFOLLOW) ? 0 : LOOK_FOLLOW, vpp,
			NULL);
		if (r != -ENOENT || (flags & O_NOFOLLOW))
			return r;
		if ((r = link_target(rfp, cur, next)) != OK)
			return r;
		strcpy(cur, next);
	}
	return -ELOOP;
}

/* Checks once the vnode is known; may truncate. */
static int open_checks(struct fproc *rfp, struct vnode *vp, int flags,
	bool created)
{
	int r;

	if (S_ISLNK(vp->v_mode))
		return -ELOOP;		/* O_NOFOLLOW on a link */
	if ((flags & O_DIRECTORY) && !S_ISDIR(vp->v_mode))
		return -ENOTDIR;
	if (S_ISDIR(vp->v_mode) && (rw_bits(flags) & W_BIT))
		return -EISDIR;
	if (!created && (r = forbidden(rfp, vp, rw_bits(flags))) != OK)
		return r;
	if ((S_ISCHR(vp->v_mode) || S_ISBLK(vp->v_mode)) && vp->v_vmnt != NULL
	    && (vp->v_vmnt->m_flags & MNT_NODEV))
		return -EACCES;		/* a node anyone could have made */
	if ((rw_bits(flags) & W_BIT) && read_only(vp) && S_ISREG(vp->v_mode))
		return -EROFS;
	if ((flags & O_TRUNC) && S_ISREG(vp->v_mode) && (rw_bits(flags) & W_BIT)
	    && vp->v_size > 0) {
		if ((r = req_ftrunc(vp->v_vmnt, vp->v_ino, 0)) != OK)
			return r;
		vp->v_size = 0;
	}
	return OK;
}

/* Open path for rfp; returns the new fd, or -EDONTREPLY while a
 * character driver is asked (the reply comes when it answers). */
int common_open(struct fproc *rfp, const char *path, int flags, mode_t mode)
{
	struct vnode *vp;
	struct filp *f;
	bool created = false;
	int fd, r;

	if (flags & O_CREAT) {
		r = open_create(rfp, path, flags, mode, &vp, &created);
	} else {
		r = lookup(rfp, path, (flags & O_NOFOLLOW) ? 0 : LOOK_FOLLOW, &vp,
			NULL);
	}
	if (r != OK)
		return r;
	if ((r = open_checks(rfp, vp, flags, created)) != OK) {
		put_vnode(vp);
		return r;
	}
	flags &= ~(O_CREAT | O_EXCL | O_TRUNC | O_NOCTTY | O_DIRECTORY
		| O_NOFOLLOW);
	if ((f = new_filp(rfp, vp, flags & ~O_CLOEXEC)) == NULL) {
		put_vnode(vp);
		return -ENFILE;
	}
	if ((r = install_fd(rfp, f, &fd)) != OK) {
		f->f_count = 0;
		put_vnode(vp);
		return r;
	}
	if (flags & O_CLOEXEC)
		rfp->fp_cloexec |= 1ull << fd;
	if (S_ISFIFO(vp->v_mode)) {
		if ((r = pipe_open(vp, flags)) != OK) {
			rfp->fp_filp[fd] = NULL;
			f->f_count = 0;
			put_vnode(vp);
			return r;
		}
		return fifo_open(rfp, vp, flags, fd);
	}
	if (S_ISCHR(vp->v_mode) || S_ISBLK(vp->v_mode)) {
		r = dev_open(rfp, vp->v_rdev, S_ISBLK(vp->v_mode), flags, fd);
		if (r != OK && r != -EDONTREPLY) {
			rfp->fp_filp[fd] = NULL;
			f->f_count = 0;
			put_vnode(vp);
			return r;
		}
		if (r == -EDONTREPLY)
			return r;
	}
	return fd;
}

int do_open(void)
{
	const struct m_vfs_open *a = &m_in.m_vfs_open;
	char path[PATH_MAX];
	int r;

	if ((r = fetch_path(a->path, a->path_len, path)) != OK)
		return r;
	return common_open(fp, path, a->flags, a->mode);
}

int do_close(void)
{
	if (get_filp(fp, m_in.m_vfs_fd.fd) == NULL)
		return -EBADF;
	close_fd(fp, m_in.m_vfs_fd.fd);
	return OK;
}

/* Make the node the caller's path names (mkdir, mknod). */
static int make_node(vir_bytes addr, uint32_t len, mode_t mode, dev_t rdev,
	int call)
{
	char path[PATH_MAX], last[NAME_MAX + 1];
	struct vnode *dir, *vp;
	int r;

	if ((r = fetch_path(addr, len, path)) != OK)
		return r;
	if ((r = lookup(fp, path, LOOK_PARENT, &dir, last)) != OK)
		return r;
	r = create_in(fp, dir, last, mode, rdev, call, &vp);
	put_vnode(dir);
	if (r == OK)
		put_vnode(vp);
	return r;
}

int do_mkdir(void)
{
	const struct m_vfs_mkdir *a = &m_in.m_vfs_mkdir;
	mode_t mode = a->mode & 07777 & ~fp->fp_umask;

	return make_node(a->path, a->path_len, S_IFDIR | mode, 0, REQ_MKDIR);
}

int do_mknod(void)
{
	const struct m_vfs_mknod *a = &m_in.m_vfs_mknod;
	mode_t mode = a->mode;
	mode_t type = mode & S_IFMT;

	if (type != S_IFIFO && type != S_IFREG && fp->fp_euid != 0)
		return -EPERM;		/* only root makes device nodes */
	if (type != S_IFIFO && type != S_IFREG && type != S_IFCHR
	    && type != S_IFBLK)
		return -EINVAL;
	mode = type | (mode & 07777 & ~fp->fp_umask);
	return make_node(a->path, a->path_len, mode, a->dev, REQ_MKNOD);
}

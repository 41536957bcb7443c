/*
 * link.c - names: unlink, rmdir, rename, link, symlink, readlink.
 */
#include <string.h>
#include "vfs.h"

static bool is_dot(const char *name)
{
	return strcmp(name, ".") == 0 || strcmp(name, "..") == 0;
}

/* May rfp remove or rename `name` in dir (sticky bit rules)? */
static int may_change_dir(struct fproc *rfp, struct vnode *dir)
{
	if (dir->v_vmnt != NULL && (dir->v_vmnt->m_flags & MNT_RDONLY))
		return -EROFS;
	return forbidden(rfp, dir, W_BIT | X_BIT);
}

int do_unlink(void)
{
	char path[PATH_MAX], last[NAME_MAX + 1];
	struct vnode *dir;
	bool rmdir = m_in.m_type == VFS_RMDIR;
	int r;

	r = fetch_path(m_in.m_vfs_path.path, m_in.m_vfs_path.path_len, path);
	if (r != OK)
		return r;
	if ((r = lookup(fp, path, LOOK_PARENT, &dir, last)) != OK)
		return r;
	if (is_dot(last))
		r = rmdir ? (strcmp(last, ".") == 0 ? -EINVAL : -ENOTEMPTY)
			: -EISDIR;
	else if ((r = may_change_dir(fp, dir)) == OK)
		r = req_unlink(dir->v_vmnt, rmdir ? REQ_RMDIR : REQ_UNLINK,
			dir->v_ino, last);
	put_vnode(dir);
	return r;
}

/* Both paths of a two-path call, fetched. */
static int fetch_two(vir_bytes a1, uint32_t len1, char *p1, vir_bytes a2,
	uint32_t len2, char *p2)
{
	int r;

	if ((r = fetch_path(a1, len1, p1)) != OK)
		return r;
	return fetch_path(a2, len2, p2);
}

int do_rename(void)
{
	const struct m_vfs_rename *a = &m_in.m_vfs_rename;
	char p1[PATH_MAX], p2[PATH_MAX];
	char l1[NAME_MAX + 1], l2[NAME_MAX + 1];
	struct vnode *d1, *d2;
	int r;

	r = fetch_two(a->old_path, a->old_len, p1, a->new_path, a->new_len, p2);
	if (r != OK)
		return r;
	if ((r = lookup(fp, p1, LOOK_PARENT, &d1, l1)) != OK)
		return r;
	if ((r = lookup(fp, p2, LOOK_PARENT, &d2, l2)) != OK) {
		put_vnode(d1);
		return r;
	}
	if (is_dot(l1) || is_dot(l2))
		r = -EINVAL;
	else if (d1->v_vmnt != d2->v_vmnt)
		r = -EXDEV;
	else if ((r = may_change_dir(fp, d1)) == OK
	    && (r = may_change_dir(fp, d2)) == OK)
		r = req_rename(d1->v_vmnt, d1->v_ino, l1, d2->v_ino, l2);
	put_vnode(d1);
	put_vnode(d2);
	return r;
}

int do_link(void)
{
	const struct m_vfs_link *a = &m_in.m_vfs_link;
	char p1[PATH_MAX], p2[PATH_MAX], last[NAME_MAX + 1];
	struct vnode *vp, *dir;
	int r;

	r = fetch_two(a->old_path, a->old_len, p1, a->new_path, a->new_len, p2);
	if (r != OK)
		return r;
	if ((r = lookup(fp, p1, 0, &vp, NULL)) != OK)
		return r;
	if (S_ISDIR(vp->v_mode)) {
		put_vnode(vp);
		return -EPERM;
	}
	if ((r = lookup(fp, p2, LOOK_PARENT, &dir, last)) != OK) {
		put_vnode(vp);
		return r;
	}
	if (is_dot(last))
		r = -EEXIST;
	else if (dir->v_vmnt != vp->v_vmnt)
		r = -EXDEV;
	else if ((r = may_change_dir(fp, dir)) == OK)
		r = req_link(dir->v_vmnt, dir->v_ino, last, vp->v_ino);
	put_vnode(vp);
	put_vnode(dir);
	return r;
}

int do_symlink(void)
{
	const struct m_vfs_symlink *a = &m_in.m_vfs_symlink;
	char target[PATH_MAX], path[PATH_MAX], last[NAME_MAX + 1];
	struct vnode *dir;
	int r;

	r = fetch_two(a->target, a->target_len, target, a->path, a->path_len,
		path);
	if (r != OK)
		return r;
	if ((r = lookup(fp, path, LOOK_PARENT, &dir, last)) != OK)
		return r;
	if (is_dot(last))
		r = -EEXIST;
	else if ((r = may_change_dir(fp, dir)) == OK)
		r = req_slink(dir->v_vmnt, dir->v_ino, last, target,
			fp->fp_euid, fp->fp_egid);
	put_vnode(dir);
	return r;
}

int do_readlink(void)
{
	char path[PATH_MAX], buf[PATH_MAX];
	struct vnode *vp;
	const struct m_vfs_readlink *a = &m_in.m_vfs_readlink;
	size_t size = a->size;
	int r, n;

	r = fetch_path(a->path, a->path_len, path);
	if (r != OK)
		return r;
	if ((r = lookup(fp, path, 0, &vp, NULL)) != OK)
		return r;
	if (!S_ISLNK(vp->v_mode)) {
		put_vnode(vp);
		return -EINVAL;
	}
	n = req_rdlink(vp->v_vmnt, vp->v_ino, buf, sizeof(buf));
	put_vnode(vp);
	if (n < 0)
		return n;
	if ((size_t) n > size)
		n = size;
	r = sys_vircopy(SELF, (vir_bytes) buf, fp->fp_endpoint,
		a->buf, n);
	return r == OK ? n : -EFAULT;
}

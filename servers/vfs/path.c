/*
 * path.c - from a path to a vnode.
 *
 * VFS walks a path one name at a time, asking the file server of the
 * directory at hand for each (REQ_LOOKUP).  On the way it checks search
 * permission, steps onto file systems mounted on a directory (and back
 * off them at "..") and follows symbolic links by splicing their target
 * into what is left of the path.
 */
#include <string.h>
#include "vfs.h"

#define PAGE	4096u

/* Copy a NUL-terminated string from ep's space, a page at a time (a
 * string that ends just before an unmapped page is still fine). */
int fetch_string(endpoint_t ep, vir_bytes addr, char *buf, size_t max)
{
	size_t got = 0, chunk;

	while (got < max) {
		chunk = PAGE - ((addr + got) & (PAGE - 1));
		if (chunk > max - got)
			chunk = max - got;
		if (sys_vircopy(ep, addr + got, SELF, (vir_bytes) buf + got,
		    chunk) != OK)
			return -EFAULT;
		if (memchr(buf + got, '\0', chunk) != NULL)
			return OK;
		got += chunk;
	}
	return -ENAMETOOLONG;
}

/* Copy a path from the caller's space; len includes the NUL, or is 0
 * when the caller leaves it to us to find the end. */
int fetch_path(vir_bytes addr, size_t len, char *buf)
{
	int r;

	if (len == 0)
		r = fetch_string(m_in.m_source, addr, buf, PATH_MAX);
	else if (len > PATH_MAX)
		return -ENAMETOOLONG;
	else if (sys_vircopy(m_in.m_source, addr, SELF, (vir_bytes) buf, len))
		return -EFAULT;
	else
		r = (buf[len - 1] != '\0' || strlen(buf) != len - 1) ? -EINVAL
			: OK;
	if (r == OK && buf[0] == '\0')
		return -ENOENT;
	return r;
}

/* Is gid rfp's effective group or one of its supplementary groups? */
bool in_group(struct fproc *rfp, gid_t gid)
{
	int i;

	if (rfp->fp_egid == gid)
		return true;
	for (i = 0; i < rfp->fp_ngroups; i++)
		if (rfp->fp_groups[i] == gid)
			return true;
	return false;
}

/* May rfp access vp as asked (R_BIT | W_BIT | X_BIT)?  -EACCES if not.
 * Root may do anything except execute what nobody may execute.  The
 * owner's bits apply to the owner, the group's to a member of the
 * file's group (by any of its groups), the others' to the rest. */
int forbidden(struct fproc *rfp, struct vnode *vp, int access)
{
	mode_t bits, mode = vp->v_mode;

	if (rfp->fp_euid == 0) {
		if ((access & X_BIT) && !S_ISDIR(mode) && !(mode & 0111))
			return -EACCES;
		return OK;
	}
	if (rfp->fp_euid == vp->v_uid)
		bits = (mode >> 6) & 7;
	else if (in_group(rfp, vp->v_gid))
		bits = (mode >> 3) & 7;
	else
		bits = mode & 7;
	return (bits & access) == (unsigned) access ? OK : -EACCES;
}

/* The next name in *pp (skipping slashes); returns its length, 0 at the
 * end, -ENAMETOOLONG for a name too long. */
static int next_name(const char **pp, char *name)
{
	const char *p = *pp, *start;
	size_t n;

	while (*p == '/')
		p++;
	start = p;
	while (*p != '\0' && *p != '/')
		p++;
	n = p - start;
	if (n > NAME_MAX)
		return -ENAMETOOLONG;
	memcpy(name, start, n);
	name[n] = '\0';
	*pp = p;
	return n;
}

/* Leave file systems whose root dir is, upwards (for ".."). */
static struct vnode *leave_mounts(struct vnode *dir)
{
	struct vnode *vp;

	while (dir->v_vmnt != NULL && dir->v_vmnt->m_covered != NULL
	    && dir == dir->v_vmnt->m_root) {
		vp = dir->v_vmnt->m_covered;
		dup_vnode(vp);
		put_vnode(dir);
		dir = vp;
	}
	return dir;
}

/* Enter file systems mounted on vp, downwards. */
static struct vnode *enter_mounts(struct vnode *vp)
{
	struct vnode *root;

	while (vp->v_mounted != NULL) {
		root = vp->v_mounted->m_root;
		dup_vnode(root);
		put_vnode(vp);
		vp = root;
	}
	return vp;
}

/* The child called name of directory *dirp, in *vpp (a new reference).
 * For "..", *dirp may move up across a mount point first. */
static int step(struct fproc *rfp, struct vnode **dirp, const char *name,
	struct vnode **vpp)
{
	struct m_fs_node node;
	struct vnode *vp;
	int r;

	if (!S_ISDIR((*dirp)->v_mode))
		return -ENOTDIR;
	if ((r = forbidden(rfp, *dirp, X_BIT)) != OK)
		return r;
	if (strcmp(name, ".") == 0 || (strcmp(name, "..") == 0
	    && *dirp == rfp->fp_rd)) {
		dup_vnode(*dirp);		/* no way above our root */
		*vpp = *dirp;
		return OK;
	}
	if (strcmp(name, "..") == 0)
		*dirp = leave_mounts(*dirp);
	r = req_lookup((*dirp)->v_vmnt, (*dirp)->v_ino, name, &node);
	if (r != OK)
		return r;
	if ((vp = get_vnode((*dirp)->v_vmnt, &node)) == NULL)
		return -ENFILE;
	*vpp = enter_mounts(vp);
	return OK;
}

/* Put link's target in front of the rest of the path, in buf. */
static int splice_link(struct vnode *link, const char *rest, char *buf)
{
	char target[PATH_MAX];
	int n;

	n = req_rdlink(link->v_vmnt, link->v_ino, target, sizeof(target) - 1);
	if (n < 0)
		return n;
	if (n == 0)
		return -ENOENT;
	target[n] = '\0';
	if ((size_t) n + strlen(rest) + 2 > PATH_MAX)
		return -ENAMETOOLONG;
	strcpy(buf, target);
	if (*rest != '\0') {
		strcat(buf, "/");
		strcat(buf, rest);
	}
	return OK;
}

/* "dir/name/": name, if it exists, must be a directory. */
static int last_is_dir(struct vnode *dir, const char *last)
{
	struct m_fs_node node;
	int r;

	if (strcmp(last, ".") == 0 || strcmp(last, "..") == 0)
		return OK;
	if (req_lookup(dir->v_vmnt, dir->v_ino, last, &node) != OK)
		return OK;		/* it does not exist: the caller's call */
	r = S_ISDIR(node.mode) ? OK : -ENOTDIR;
	(void) req_putnode(dir->v_vmnt, node.ino, 1);
	return r;
}

/* Resolve path for rfp; *vpp gets a reference.  With LOOK_PARENT, stop
 * at the directory holding the last name and copy that name to last (the
 * caller creates, removes or renames it; "." for a path ending in a
 * directory such as "/").  LOOK_FOLLOW follows a final symbolic link;
 * links inside the path are always followed. */
int lookup(struct fproc *rfp, const char *path, int flags,
	struct vnode **vpp, char *last)
{
	char buf[PATH_MAX], rest[PATH_MAX], name[NAME_MAX + 1];
	const char *p = buf;
	struct vnode *dir, *vp;
	int links = 0, n, r = OK;

	if (strlen(path) >= PATH_MAX)
		return -ENAMETOOLONG;
	strcpy(buf, path);
	dir = buf[0] == '/' ? rfp->fp_rd : rfp->fp_wd;
	dup_vnode(dir);
	if (strlen(path) > 0 && path[strlen(path) - 1] == '/')
		flags |= LOOK_FOLLOW | LOOK_DIRECTORY;	/* "name/" is a dir */
	for (;;) {
		if ((n = next_name(&p, name)) <= 0) {
			r = n;			/* 0: the path ended in dir */
			if (r == OK && (flags & LOOK_PARENT)) {
				if (!S_ISDIR(dir->v_mode))
					r = -ENOTDIR;
				strcpy(last, ".");
			}
			break;
		}
		while (*p == '/')
			p++;
		if ((flags & LOOK_PARENT) && *p == '\0') {
			r = S_ISDIR(dir->v_mode) ? OK : -ENOTDIR;
			strcpy(last, name);
			break;
		}
		if ((r = step(rfp, &dir, name, &vp)) != OK)
			break;
		if (S_ISLNK(vp->v_mode) && (*p != '\0' || (flags & LOOK_FOLLOW))) {
			strcpy(rest, p);
			r = ++links > SYMLOOP_MAX ? -ELOOP
				: splice_link(vp, rest, buf);
			put_vnode(vp);
			if (r != OK)
				break;
			p = buf;
			if (buf[0] == '/') {	/* absolute: from the root */
				put_vnode(dir);
				dir = rfp->fp_rd;
				dup_vnode(dir);
			}			/* relative: from the link's dir */
			continue;
		}
		put_vnode(dir);
		dir = vp;
	}
	if (r == OK && (flags & LOOK_DIRECTORY) && !(flags & LOOK_PARENT)
	    && !S_ISDIR(dir->v_mode))
		r = -ENOTDIR;
	if (r == OK && (flags & LOOK_DIRECTORY) && (flags & LOOK_PARENT))
		r = last_is_dir(dir, last);
	if (r != OK) {
		put_vnode(dir);
		return r;
	}
	*vpp = dir;
	return OK;
}

/*
 * exec.c - loading a program for PM (PM_VFS_EXEC), with libexec.
 *
 * Everything that can fail for an ordinary reason is checked while the
 * old image still exists: the path, the permissions, the ELF headers,
 * the argument frame.  Then the old image goes; the file server reads
 * the segments straight into the new one (magic grants).  A failure after
 * that point is reported with EXEC_DEAD: PM then ends the process.
 */
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <minix/libexec.h>
#include "vfs.h"

static int read_file(void *ctx, uint64_t off, void *buf, size_t len)
{
	struct vnode *vp = ctx;
	int r = req_grant_io(vp->v_vmnt, REQ_READ, vp->v_ino, off, SELF,
		(vir_bytes) buf, len, CPF_WRITE, 0, NULL);

	return r < 0 ? r : (size_t) r == len ? OK : -ENOEXEC;
}

static endpoint_t load_ep;		/* the process being loaded */

static int load_file(void *ctx, uint64_t off, vir_bytes vaddr, size_t len)
{
	struct vnode *vp = ctx;
	int r = req_grant_io(vp->v_vmnt, REQ_READ, vp->v_ino, off, load_ep,
		vaddr, len, CPF_WRITE, 0, NULL);

	return r < 0 ? r : (size_t) r == len ? OK : -EIO;
}

/* The frame from the caller's memory (before its memory goes). */
static int fetch_frame(struct exec_info *ei, endpoint_t ep, vir_bytes addr,
	size_t len)
{
	if (len < 12 || len > EXEC_FRAME_MAX)
		return len > EXEC_FRAME_MAX ? -E2BIG : -EINVAL;
	if ((ei->frame = malloc(len)) == NULL)
		return -ENOMEM;
	ei->frame_len = len;
	if (sys_vircopy(ep, addr, SELF, (vir_bytes) ei->frame, len) != OK)
		return -EFAULT;
	return OK;
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s != NULL ? s + 1 : path;
}

/* Set-user-id and set-group-id programs change the caller's ids, except
 * on a file system mounted nosuid (anyone's disk, anyone's program). */
static void set_ids(struct fproc *rfp, struct vnode *vp,
	struct m_pm_vfs_exec_reply *out)
{
	if (vp->v_vmnt != NULL && (vp->v_vmnt->m_flags & MNT_NOSUID))
		return;
	if (vp->v_mode & S_ISUID) {
		out->flags |= EXEC_SETUID;
		out->setuid = rfp->fp_euid = vp->v_uid;
	}
	if (vp->v_mode & S_ISGID) {
		out->flags |= EXEC_SETGID;
		out->setgid = rfp->fp_egid = vp->v_gid;
	}
}

static int find_program(struct fproc *rfp, const struct m_pm_vfs_exec *a,
	char *path, struct vnode **vpp)
{
	int r;

	if ((r = fetch_string(a->ep, a->path, path, PATH_MAX)) != OK)
		return r;
	if ((r = lookup(rfp, path, LOOK_FOLLOW, vpp, NULL)) != OK)
		return r;
	if (!S_ISREG((*vpp)->v_mode))
		r = -EACCES;
	else
		r = forbidden(rfp, *vpp, X_BIT);
	if (r != OK)
		put_vnode(*vpp);
	return r;
}

int vfs_exec(struct fproc *rfp, message *m)
{
	struct m_pm_vfs_exec a = m->m_pm_vfs_exec;
	struct m_pm_vfs_exec_reply *out = &m->m_pm_vfs_exec_reply;
	char path[PATH_MAX];
	struct exec_info ei;
	struct vnode *vp;
	int r, fd;

	memset(out, 0, sizeof(*out));
	if ((r = find_program(rfp, &a, path, &vp)) != OK)
		return r;
	memset(&ei, 0, sizeof(ei));
	ei.ep = load_ep = a.ep;
	ei.ctx = vp;
	ei.read = read_file;
	ei.load = load_file;
	ei.file_size = vp->v_size;
	if ((r = fetch_frame(&ei, a.ep, a.frame, a.frame_len)) != OK
	    || (r = exec_check(&ei)) != OK)
		goto done;
	if ((r = exec_load(&ei)) != OK) {	/* the old image is gone */
		printf("vfs: exec of %s failed after its old image was gone: "
			"%d\n", path, r);
		out->flags = EXEC_DEAD;
		goto done;
	}
	for (fd = 0; fd < OPEN_MAX; fd++)
		if (rfp->fp_cloexec & (1ull << fd))
			close_fd(rfp, fd);
	out->pc = ei.pc;
	out->sp = ei.sp;
	strncpy(out->name, base_name(path), sizeof(out->name) - 1);
	set_ids(rfp, vp, out);
done:
	free(ei.frame);
	put_vnode(vp);
	return r;
}

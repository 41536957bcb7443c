/*
 * pmcall.c - PM keeps VFS's process table in step: forks copy the file
 * descriptors, exits close them, execs load programs, id changes and new
 * sessions are noted, and a signal ends a suspended call.
 */
#include <string.h>
#include <minix/kinfo.h>
#include "vfs.h"

static int pm_fork(struct fproc *parent, endpoint_t child_ep, pid_t pid)
{
	int nr = endpoint_proc_nr(child_ep), fd;
	struct fproc *child;

	if (parent == NULL || nr < 0 || nr >= NR_PROCS)
		return -EINVAL;
	child = &fproc[nr];
	*child = *parent;
	child->fp_endpoint = child_ep;
	child->fp_pid = pid;
	child->fp_blocked_on = FP_NOT_BLOCKED;
	child->fp_sesldr = false;
	for (fd = 0; fd < OPEN_MAX; fd++)
		if (child->fp_filp[fd] != NULL)
			child->fp_filp[fd]->f_count++;
	dup_vnode(child->fp_rd);
	dup_vnode(child->fp_wd);
	return OK;
}

/* End whatever rfp waits for (PM: a signal arrived). */
static void unpause(struct fproc *rfp)
{
	switch (rfp->fp_blocked_on) {
	case FP_PIPE:
		pipe_cancel(rfp);
		break;
	case FP_CDEV:
		cdev_cancel(rfp);
		break;
	case FP_SELECT:
		select_cancel(rfp);
		reply(rfp, -EINTR);
		break;
	case FP_SOCK:
		sdev_cancel(rfp);
		break;
	}
}

static void pm_exit(struct fproc *rfp)
{
	int fd;

	if (rfp->fp_blocked_on == FP_CDEV)
		cdev_cancel(rfp);
	if (rfp->fp_blocked_on == FP_SELECT)
		select_cancel(rfp);
	if (rfp->fp_blocked_on == FP_SOCK)
		sdev_cancel(rfp);
	rfp->fp_blocked_on = FP_NOT_BLOCKED;
	sdev_exited(rfp->fp_endpoint);
	for (fd = 0; fd < OPEN_MAX; fd++)
		close_fd(rfp, fd);
	put_vnode(rfp->fp_rd);
	put_vnode(rfp->fp_wd);
	rfp->fp_in_use = false;
}

/* A process PM made without a fork (a service RS made itself).  Its
 * slot may still hold the instance it replaced, whose exit PM has not
 * passed on yet: that one is gone, so it is cleaned up first. */
static int pm_newproc(endpoint_t ep, pid_t pid)
{
	int nr = endpoint_proc_nr(ep);
	struct fproc *rfp;

	if (nr < 0 || nr >= NR_PROCS)
		return -EINVAL;
	rfp = &fproc[nr];
	if (rfp->fp_in_use && rfp->fp_endpoint == ep) {
		rfp->fp_pid = pid;	/* adopted when it first called */
		return OK;
	}
	if (rfp->fp_in_use)
		pm_exit(rfp);
	memset(rfp, 0, sizeof(*rfp));
	rfp->fp_in_use = true;
	rfp->fp_endpoint = ep;
	rfp->fp_pid = pid;
	rfp->fp_umask = 022;
	rfp->fp_rd = rfp->fp_wd = root_vnode;
	dup_vnode(root_vnode);
	dup_vnode(root_vnode);
	return OK;
}

/* A system service that calls before PM has told us of it gets its
 * entry now: root, in the root directory, no open files. */
struct fproc *vfs_adopt(endpoint_t ep)
{
	struct proc_info pi;

	if (sys_getproc(ep, &pi) != OK || pi.pi_endpoint != ep
	    || !(pi.pi_priv_flags & PRIV_SYS_PROC)
	    || pm_newproc(ep, 0) != OK)
		return NULL;
	return find_fproc(ep);
}

void pm_call(void)
{
	const struct m_pm_vfs *a = &m_in.m_pm_vfs;
	struct fproc *rfp = find_fproc(a->ep);
	message m = m_in;
	int r = OK;

	if (rfp == NULL && m_in.m_type != PM_VFS_NEWPROC
	    && m_in.m_type != PM_VFS_SYNC && m_in.m_type != PM_VFS_FORK)
		r = -EINVAL;
	else switch (m_in.m_type) {
	case PM_VFS_FORK:
		r = pm_fork(find_fproc(a->parent), a->ep, a->pid);
		break;
	case PM_VFS_EXIT:
		pm_exit(rfp);
		break;
	case PM_VFS_EXEC:
		r = vfs_exec(rfp, &m);
		break;
	case PM_VFS_SETUID:
		rfp->fp_ruid = a->uid;
		rfp->fp_euid = a->euid;
		break;
	case PM_VFS_SETGID:
		rfp->fp_rgid = a->uid;
		rfp->fp_egid = a->euid;
		break;
	case PM_VFS_SETSID:
		rfp->fp_sesldr = true;
		rfp->fp_tty = 0;
		rfp->fp_pgrp = rfp->fp_pid;
		break;
	case PM_VFS_SETPGID:
		rfp->fp_pgrp = a->pgrp;
		break;
	case PM_VFS_UNPAUSE:
		unpause(rfp);
		break;
	case PM_VFS_SYNC:
		sync_all();
		break;
	case PM_VFS_NEWPROC:
		r = pm_newproc(a->ep, a->pid);
		break;
	default:
		r = -ENOSYS;
	}
	m.m_type = r;
	(void) ipc_send(PM_PROC_EP, &m);
}

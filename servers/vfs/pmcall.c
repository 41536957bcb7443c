/*
 * pmcall.c - PM keeps VFS's process table in step: forks copy the file
 * descriptors, exits close them, execs load programs, id and group
 * changes and new sessions are noted, and a signal ends a suspended
 * call.
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
	case FP_LOCK:
		lock_cancel(rfp, -EINTR);
		break;
	case FP_FIFO:
		fifo_cancel(rfp, -EINTR);
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
	if (rfp->fp_blocked_on == FP_LOCK)
		lock_cancel(rfp, OK);
	if (rfp->fp_blocked_on == FP_FIFO)
		fifo_cancel(rfp, OK);
	if (rfp->fp_blocked_on == FP_SOCK)
		sdev_cancel(rfp);
	if (rfp->fp_blocked_on == FP_PIPE)
		pipe_unwait(rfp);
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

/* The process a call from PM is about.  PM only names processes it has
 * told us of, but it is a peer: a stale or wrong endpoint is an error
 * for PM, not a crash of ours. */
static struct fproc *pm_target(endpoint_t ep)
{
	return find_fproc(ep);
}

static int pm_fork_call(message *m)
{
	const struct m_pm_vfs_fork *a = &m->m_pm_vfs_fork;
	struct fproc *parent = find_fproc(a->parent);

	/* As for exec: a call held for a process in PM's fork was made with
	 * ipc_send(); it ends before the child shares what it uses. */
	if (parent != NULL && parent->fp_blocked_on != FP_NOT_BLOCKED)
		unpause(parent);
	return pm_fork(parent, a->ep, a->pid);
}

static int pm_exit_call(message *m)
{
	struct fproc *rfp = pm_target(m->m_pm_vfs_proc.ep);

	if (rfp == NULL)
		return -EINVAL;
	pm_exit(rfp);
	return OK;
}

static int pm_exec_call(message *m)
{
	struct fproc *rfp = pm_target(m->m_pm_vfs_exec.ep);

	if (rfp == NULL)
		return -EINVAL;
	/* A process in exec is in PM's sendrec, not ours: a call of its we
	 * still hold was made with ipc_send() (a system process's), and
	 * ends now, before its descriptors change under it. */
	if (rfp->fp_blocked_on != FP_NOT_BLOCKED)
		unpause(rfp);
	return vfs_exec(rfp, m);
}

static int pm_setuid_call(message *m)
{
	const struct m_pm_vfs_setuid *a = &m->m_pm_vfs_setuid;
	struct fproc *rfp = pm_target(a->ep);

	if (rfp == NULL)
		return -EINVAL;
	rfp->fp_ruid = a->ruid;
	rfp->fp_euid = a->euid;
	return OK;
}

static int pm_setgid_call(message *m)
{
	const struct m_pm_vfs_setgid *a = &m->m_pm_vfs_setgid;
	struct fproc *rfp = pm_target(a->ep);

	if (rfp == NULL)
		return -EINVAL;
	rfp->fp_rgid = a->rgid;
	rfp->fp_egid = a->egid;
	return OK;
}

static int pm_setsid_call(message *m)
{
	struct fproc *rfp = pm_target(m->m_pm_vfs_proc.ep);

	if (rfp == NULL)
		return -EINVAL;
	rfp->fp_sesldr = true;
	rfp->fp_tty = 0;
	rfp->fp_pgrp = rfp->fp_pid;
	return OK;
}

static int pm_setpgid_call(message *m)
{
	struct fproc *rfp = pm_target(m->m_pm_vfs_setpgid.ep);

	if (rfp == NULL)
		return -EINVAL;
	rfp->fp_pgrp = m->m_pm_vfs_setpgid.pgrp;
	return OK;
}

/* setgroups: the supplementary groups its permission checks use. */
static int pm_setgroups_call(message *m)
{
	const struct m_pm_vfs_setgroups *a = &m->m_pm_vfs_setgroups;
	struct fproc *rfp = pm_target(a->ep);
	int i;

	if (rfp == NULL || a->ngroups < 0 || a->ngroups > NGROUPS_MAX)
		return -EINVAL;
	rfp->fp_ngroups = a->ngroups;
	for (i = 0; i < a->ngroups; i++)
		rfp->fp_groups[i] = a->groups[i];
	return OK;
}

static int pm_unpause_call(message *m)
{
	struct fproc *rfp = pm_target(m->m_pm_vfs_proc.ep);

	if (rfp == NULL)
		return -EINVAL;
	unpause(rfp);
	return OK;
}

static int pm_sync_call(message *m)
{
	sync_all();
	return OK;
}

static int pm_newproc_call(message *m)
{
	return pm_newproc(m->m_pm_vfs_newproc.ep, m->m_pm_vfs_newproc.pid);
}

typedef int (*pm_handler_t)(message *m);

static const pm_handler_t pm_handlers[PM_VFS_LAST - PM_VFS_BASE + 1] = {
	[PM_VFS_FORK - PM_VFS_BASE] = pm_fork_call,
	[PM_VFS_EXIT - PM_VFS_BASE] = pm_exit_call,
	[PM_VFS_EXEC - PM_VFS_BASE] = pm_exec_call,
	[PM_VFS_SETUID - PM_VFS_BASE] = pm_setuid_call,
	[PM_VFS_SETGID - PM_VFS_BASE] = pm_setgid_call,
	[PM_VFS_SETSID - PM_VFS_BASE] = pm_setsid_call,
	[PM_VFS_UNPAUSE - PM_VFS_BASE] = pm_unpause_call,
	[PM_VFS_SYNC - PM_VFS_BASE] = pm_sync_call,
	[PM_VFS_NEWPROC - PM_VFS_BASE] = pm_newproc_call,
	[PM_VFS_SETPGID - PM_VFS_BASE] = pm_setpgid_call,
	[PM_VFS_SETGROUPS - PM_VFS_BASE] = pm_setgroups_call,
};

/* A call from PM (main.c has checked the sender): PM waits for the
 * answer, which carries the status (and EXEC's results). */
void pm_call(void)
{
	int nr = m_in.m_type - PM_VFS_BASE;
	message m = m_in;

	if (nr < 0 || nr >= (int) (sizeof(pm_handlers) / sizeof(pm_handlers[0]))
	    || pm_handlers[nr] == NULL)
		m.m_type = -ENOSYS;
	else
		m.m_type = pm_handlers[nr](&m);
	(void) ipc_send(PM_PROC_EP, &m);
}

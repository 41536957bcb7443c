/*
 * forkexit.c - fork, exit and waitpid.
 *
 * A process that exits stays a zombie until its parent waits for it; its
 * kernel slot and its files are released at once.  Orphans go to init.
 */
#include <stdio.h>
#include <string.h>
#include <minix/kinfo.h>
#include <sys/wait.h>
#include "pm.h"

static pid_t next_pid = 2;

static bool pid_in_use(pid_t pid)
{
	int i;

	for (i = 0; i < NR_MPROCS; i++)
		if ((mproc[i].mp_flags & MP_IN_USE)
		    && (mproc[i].mp_pid == pid || mproc[i].mp_pgrp == pid
			|| mproc[i].mp_sid == pid))
			return true;
	return false;
}

static pid_t new_pid(void)
{
	do {
		if (++next_pid >= 30000)
			next_pid = 2;
	} while (pid_in_use(next_pid));
	return next_pid;
}

/* A free slot for a process of euid, or NULL.  The last NR_ROOT_PROCS
 * are root's (and the services'): a user's fork bomb leaves root room to
 * log in and stop it. */
static struct mproc *free_mproc(uid_t euid)
{
	struct mproc *found = NULL;
	int i, free_ones = 0;

	for (i = 0; i < NR_MPROCS; i++) {
		if (mproc[i].mp_flags & MP_IN_USE)
			continue;
		free_ones++;
		if (found == NULL)
			found = &mproc[i];
	}
	return euid == 0 || free_ones > NR_ROOT_PROCS ? found : NULL;
}

/* Make a child of mp. */
static int fork_proc(struct mproc **childp)
{
	struct mproc *child;
	endpoint_t child_ep;
	message m;
	int r;

	if ((child = free_mproc(mp->mp_euid)) == NULL)
		return -EAGAIN;
	if ((r = sys_fork(mp->mp_endpoint, mp->mp_euid == 0 ? FORK_ROOT : 0,
	    &child_ep)) != OK)
		return r == -ENOMEM ? -ENOMEM : -EAGAIN;
	if (mp->mp_nice != 0)		/* the kernel starts it at USER_Q */
		(void) sys_schedctl(child_ep, nice_queue(mp->mp_nice));
	*child = *mp;
	child->mp_flags &= ~(MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING
		| MP_STOPPED | MP_SYSTEM | MP_STOP_REPORTED);
	child->mp_endpoint = child_ep;
	child->mp_pid = new_pid();
	child->mp_parent = mp;
	child->mp_sigpending = 0;
	child->mp_alarm = child->mp_alarm_ival = 0;
	child->mp_child_utime = child->mp_child_stime = 0;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_fork.ep = child_ep;
	m.m_pm_vfs_fork.parent = mp->mp_endpoint;
	m.m_pm_vfs_fork.pid = child->mp_pid;
	if ((r = tell_vfs(PM_VFS_FORK, &m)) != OK) {
		(void) sys_exit(child_ep, 0);
		child->mp_flags = 0;
		return r;
	}
	*childp = child;
	return OK;
}

int do_fork(void)
{
	struct mproc *child;
	int r;

	if ((r = fork_proc(&child)) != OK)
		return r;
	reply(child, 0);
	return child->mp_pid;
}

/* A system process PM has not heard of: RS makes services itself and
 * tells PM asynchronously, so a new service may call before PM knows
 * it.  Its entry is made now, a child of RS, uid 0 until PM_SRV_NEW. */
struct mproc *srv_adopt(endpoint_t ep)
{
	struct proc_info pi;
	struct mproc *rmp;
	message m;

	if (sys_getproc(ep, &pi) != OK || pi.pi_endpoint != ep
	    || !(pi.pi_priv_flags & PRIV_SYS_PROC))
		return NULL;
	if ((rmp = free_mproc(0)) == NULL)
		return NULL;
	memset(rmp, 0, sizeof(*rmp));
	rmp->mp_flags = MP_IN_USE | MP_SYSTEM;
	rmp->mp_endpoint = ep;
	rmp->mp_pid = new_pid();
	rmp->mp_pgrp = rmp->mp_sid = rmp->mp_pid;
	rmp->mp_parent = find_ep(RS_PROC_EP);
	snprintf(rmp->mp_name, sizeof(rmp->mp_name), "%s", pi.pi_name);
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_newproc.ep = ep;
	m.m_pm_vfs_newproc.pid = rmp->mp_pid;
	if (tell_vfs(PM_VFS_NEWPROC, &m) != OK) {
		rmp->mp_flags = 0;
		return NULL;
	}
	return rmp;
}

/* RS (asynsend): it has made a service; ep runs as uid.  Anyone else
 * may send this too, and is refused. */
int do_srv_new(void)
{
	endpoint_t ep = m_in.m_pm_srv_new.ep;
	struct mproc *rmp;
	message m;

	if (m_in.m_source != RS_PROC_EP)
		return -EPERM;
	if ((rmp = find_ep(ep)) == NULL && (rmp = srv_adopt(ep)) == NULL)
		return -EDONTREPLY;	/* already gone */
	rmp->mp_ruid = rmp->mp_euid = m_in.m_pm_srv_new.uid;
	if (rmp->mp_euid != 0) {
		memset(&m, 0, sizeof(m));
		m.m_pm_vfs_setuid.ep = ep;
		m.m_pm_vfs_setuid.ruid = rmp->mp_ruid;
		m.m_pm_vfs_setuid.euid = rmp->mp_euid;
		(void) tell_vfs(PM_VFS_SETUID, &m);
	}
	return -EDONTREPLY;
}

int do_exit(void)
{
	pm_exit(mp, W_EXITCODE(m_in.m_pm_exit.status & 0xFF, 0));
	return -EDONTREPLY;
}

/* Does child c match waitpid's pid argument for parent p? */
static bool wait_matches(struct mproc *p, struct mproc *c, pid_t pid)
{
	if (c->mp_parent != p || c == p)
		return false;
	if (pid == -1)
		return true;
	if (pid > 0)
		return c->mp_pid == pid;
	if (pid == 0)
		return c->mp_pgrp == p->mp_pgrp;
	return c->mp_pgrp == -pid;
}

/* A parent waiting for child c gets its status; true if it was told. */
bool wake_parent(struct mproc *p, struct mproc *c)
{
	message m;

	if (!(p->mp_flags & MP_WAITING) || !wait_matches(p, c, p->mp_wpid))
		return false;
	if ((c->mp_flags & MP_STOPPED) && !(p->mp_wopts & WUNTRACED))
		return false;
	p->mp_flags &= ~MP_WAITING;
	if (c->mp_flags & MP_STOPPED)
		c->mp_flags |= MP_STOP_REPORTED;
	memset(&m, 0, sizeof(m));
	m.m_type = c->mp_pid;
	m.m_pm_waitpid_reply.status = c->mp_status;
	reply_msg(p, &m);
	return true;
}

int do_waitpid(void)
{
	pid_t pid = m_in.m_pm_waitpid.pid;
	int opts = m_in.m_pm_waitpid.options, i, children = 0;
	struct mproc *c;
	message m;

	if (opts & ~(WNOHANG | WUNTRACED))
		return -EINVAL;
	for (i = 0; i < NR_MPROCS; i++) {
		c = &mproc[i];
		if (!(c->mp_flags & MP_IN_USE) || !wait_matches(mp, c, pid))
			continue;
		children++;
		if ((c->mp_flags & MP_ZOMBIE)
		    || ((c->mp_flags & MP_STOPPED) && (opts & WUNTRACED)
			&& !(c->mp_flags & MP_STOP_REPORTED))) {
			memset(&m, 0, sizeof(m));
			m.m_type = c->mp_pid;
			m.m_pm_waitpid_reply.status = c->mp_status;
			if (c->mp_flags & MP_ZOMBIE)
				release_zombie(c);
			else
				c->mp_flags |= MP_STOP_REPORTED;
			return reply_last(&m);
		}
	}
	if (children == 0)
		return -ECHILD;
	if (opts & WNOHANG)
		return 0;
	mp->mp_flags |= MP_WAITING;
	mp->mp_wpid = pid;
	mp->mp_wopts = opts;
	return -EDONTREPLY;
}

/* The parent has the status: the entry is free again. */
void release_zombie(struct mproc *rmp)
{
	struct mproc *p = rmp->mp_parent;

	assert((rmp->mp_flags & (MP_IN_USE | MP_ZOMBIE))
	    == (MP_IN_USE | MP_ZOMBIE));
	if (p != NULL) {
		p->mp_child_utime += rmp->mp_child_utime;
		p->mp_child_stime += rmp->mp_child_stime;
	}
	rmp->mp_flags = 0;
}

/* Give rmp's children to init; zombies among them are init's to reap. */
static void reparent_children(struct mproc *rmp)
{
	struct mproc *init = find_pid(INIT_PID);
	int i;

	for (i = 0; i < NR_MPROCS; i++) {
		struct mproc *c = &mproc[i];
		if (!(c->mp_flags & MP_IN_USE) || c->mp_parent != rmp || c == rmp)
			continue;
		c->mp_parent = init;
		if (!(c->mp_flags & MP_ZOMBIE) || init == NULL)
			continue;
		if (wake_parent(init, c))
			release_zombie(c);
		else
			sig_proc(init, SIGCHLD);
	}
}

/* RS is told when a service ends, whoever ended it. */
static void tell_rs_exit(struct mproc *rmp, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = PM_RS_EXIT;
	m.m_pm_rs_exit.ep = rmp->mp_endpoint;
	m.m_pm_rs_exit.status = status;
	(void) asynsend3(RS_PROC_EP, &m, AMF_NOREPLY);
}

/* rmp ends with the wait status `status`. */
/* Nothing can take init's place: no shell would start again and orphans
 * would never be reaped.  Say so, and halt with the disks in order. */
static void init_ended(int status)
{
	if (WIFSIGNALED(status))
		printf("pm: init ended by signal %d", WTERMSIG(status));
	else
		printf("pm: init exited with status %d", WEXITSTATUS(status));
	printf("; the system cannot go on without it: halting\n");
	shut_down(RBT_HALT);
}

void pm_exit(struct mproc *rmp, int status)
{
	struct mproc *p = rmp->mp_parent;
	uint32_t user = 0, sys = 0;

	if (rmp->mp_flags & (MP_EXITING | MP_ZOMBIE))
		return;
	if (rmp->mp_pid == INIT_PID)
		init_ended(status);
	rmp->mp_flags |= MP_EXITING;
	rmp->mp_flags &= ~(MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING);
	rmp->mp_alarm = rmp->mp_alarm_ival = 0;
	(void) sys_times(rmp->mp_endpoint, &user, &sys, NULL, NULL);
	rmp->mp_child_utime += user;
	rmp->mp_child_stime += sys;
	(void) tell_vfs_proc(PM_VFS_EXIT, rmp);
	(void) sys_exit(rmp->mp_endpoint, WEXITSTATUS(status));
	rmp->mp_status = status;
	rmp->mp_flags = MP_IN_USE | MP_ZOMBIE | (rmp->mp_flags & MP_SYSTEM);
	reparent_children(rmp);
	set_timer();
	if (rmp->mp_flags & MP_SYSTEM)
		tell_rs_exit(rmp, status);
	if (p == NULL || p == rmp || (rmp->mp_flags & MP_SYSTEM)) {
		rmp->mp_flags = 0;	/* nobody waits: RS has been told */
		return;
	}
	if (wake_parent(p, rmp))
		release_zombie(rmp);
	sig_proc(p, SIGCHLD);
}

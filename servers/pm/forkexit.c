/*
 * forkexit.c - fork, exit and waitpid.
 *
 * A process that exits stays a zombie until its parent waits for it; its
 * kernel slot and its files are released at once.  Orphans go to init.
 */
#include <string.h>
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

static struct mproc *free_mproc(void)
{
	int i;

	for (i = 0; i < NR_MPROCS; i++)
		if (!(mproc[i].mp_flags & MP_IN_USE))
			return &mproc[i];
	return NULL;
}

/* Make a child of mp; for RS (a service) it stays blocked until RS has
 * loaded its image and started it. */
static int fork_proc(bool service, struct mproc **childp)
{
	struct mproc *child;
	endpoint_t child_ep;
	message m;
	int r;

	if ((child = free_mproc()) == NULL)
		return -EAGAIN;
	if ((r = sys_fork(mp->mp_endpoint, &child_ep)) != OK)
		return r == -ENOMEM ? -ENOMEM : -EAGAIN;
	*child = *mp;
	child->mp_flags &= ~(MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING
		| MP_STOPPED | MP_SYSTEM | MP_STOP_REPORTED);
	child->mp_endpoint = child_ep;
	child->mp_pid = new_pid();
	child->mp_parent = mp;
	child->mp_sigpending = 0;
	child->mp_alarm = 0;
	child->mp_child_utime = child->mp_child_stime = 0;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs.parent = mp->mp_endpoint;
	m.m_pm_vfs.pid = child->mp_pid;
	if ((r = tell_vfs(PM_VFS_FORK, child, &m)) != OK) {
		(void) sys_exit(child_ep, 0);
		child->mp_flags = 0;
		return r;
	}
	if (service)
		child->mp_flags |= MP_SYSTEM;
	*childp = child;
	return OK;
}

int do_fork(void)
{
	struct mproc *child;
	int r;

	if ((r = fork_proc(false, &child)) != OK)
		return r;
	reply(child, 0);
	return child->mp_pid;
}

/* RS starts a service: a child of RS, not yet running. */
int do_srv_fork(void)
{
	struct mproc *child;
	message m;
	int r;

	if (m_in.m_source != RS_PROC_EP)
		return -EPERM;
	if ((r = fork_proc(true, &child)) != OK)
		return r;
	child->mp_ruid = child->mp_euid = m_in.m_pm_srv.uid;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_srv_reply.ep = child->mp_endpoint;
	m.m_pm_srv_reply.pid = child->mp_pid;
	reply_msg(mp, &m);
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
			reply_msg(mp, &m);
			return -EDONTREPLY;
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
	m.m_pm_srv.ep = rmp->mp_endpoint;
	m.m_pm_srv.uid = status;
	(void) asynsend3(RS_PROC_EP, &m, AMF_NOREPLY);
}

/* rmp ends with the wait status `status`. */
void pm_exit(struct mproc *rmp, int status)
{
	struct mproc *p = rmp->mp_parent;
	uint32_t user = 0, sys = 0;
	message m;

	if (rmp->mp_flags & (MP_EXITING | MP_ZOMBIE))
		return;
	rmp->mp_flags |= MP_EXITING;
	rmp->mp_flags &= ~(MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING);
	rmp->mp_alarm = 0;
	(void) sys_times(rmp->mp_endpoint, &user, &sys, NULL, NULL);
	rmp->mp_child_utime += user;
	rmp->mp_child_stime += sys;
	memset(&m, 0, sizeof(m));
	(void) tell_vfs(PM_VFS_EXIT, rmp, &m);
	(void) sys_exit(rmp->mp_endpoint, WEXITSTATUS(status));
	rmp->mp_status = status;
	rmp->mp_flags = MP_IN_USE | MP_ZOMBIE | (rmp->mp_flags & MP_SYSTEM);
	reparent_children(rmp);
	set_timer();
	if (rmp->mp_flags & MP_SYSTEM)
		tell_rs_exit(rmp, status);
	if (p == NULL || p == rmp) {
		rmp->mp_flags = 0;	/* nobody will wait for it */
		return;
	}
	if (wake_parent(p, rmp))
		release_zombie(rmp);
	sig_proc(p, SIGCHLD);
}

/*
 * getset.c - pids, user and group ids, supplementary groups, process
 * groups and sessions.
 */
#include <string.h>
#include "pm.h"

int do_getpid(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_getpid_reply.pid = mp->mp_pid;
	m.m_pm_getpid_reply.ppid = mp->mp_parent != NULL && mp->mp_parent != mp
		? mp->mp_parent->mp_pid : 0;
	return reply_last(&m);
}

int do_getid(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_getid_reply.uid = mp->mp_ruid;
	m.m_pm_getid_reply.euid = mp->mp_euid;
	m.m_pm_getid_reply.gid = mp->mp_rgid;
	m.m_pm_getid_reply.egid = mp->mp_egid;
	return reply_last(&m);
}

/* setuid, seteuid: root may set anything; others only back to their
 * real id (POSIX without saved set-ids beyond that). */
int do_setuid(void)
{
	uid_t uid = m_in.m_pm_setuid.uid;
	message m;

	if (mp->mp_euid != 0 && uid != mp->mp_ruid)
		return -EPERM;
	if (m_in.m_type == PM_SETUID && mp->mp_euid == 0)
		mp->mp_ruid = uid;
	mp->mp_euid = uid;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_setuid.ep = mp->mp_endpoint;
	m.m_pm_vfs_setuid.ruid = mp->mp_ruid;
	m.m_pm_vfs_setuid.euid = mp->mp_euid;
	return tell_vfs(PM_VFS_SETUID, &m);
}

/* setgid, setegid: the same rules for group ids. */
int do_setgid(void)
{
	gid_t gid = m_in.m_pm_setgid.gid;
	message m;

	if (mp->mp_euid != 0 && gid != mp->mp_rgid)
		return -EPERM;
	if (m_in.m_type == PM_SETGID && mp->mp_euid == 0)
		mp->mp_rgid = gid;
	mp->mp_egid = gid;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_setgid.ep = mp->mp_endpoint;
	m.m_pm_vfs_setgid.rgid = mp->mp_rgid;
	m.m_pm_vfs_setgid.egid = mp->mp_egid;
	return tell_vfs(PM_VFS_SETGID, &m);
}

int do_getgroups(void)
{
	message m;
	int i;

	memset(&m, 0, sizeof(m));
	m.m_type = mp->mp_ngroups;
	m.m_pm_groups.ngroups = mp->mp_ngroups;
	for (i = 0; i < mp->mp_ngroups; i++)
		m.m_pm_groups.groups[i] = mp->mp_groups[i];
	return reply_last(&m);
}

/* setgroups: root only; VFS checks permissions with them too. */
int do_setgroups(void)
{
	const struct m_pm_groups *a = &m_in.m_pm_groups;
	message m;
	int i, r;

	if (mp->mp_euid != 0)
		return -EPERM;
	if (a->ngroups < 0 || a->ngroups > NGROUPS_MAX)
		return -EINVAL;
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_setgroups.ep = mp->mp_endpoint;
	m.m_pm_vfs_setgroups.ngroups = a->ngroups;
	for (i = 0; i < a->ngroups; i++)
		m.m_pm_vfs_setgroups.groups[i] = a->groups[i];
	if ((r = tell_vfs(PM_VFS_SETGROUPS, &m)) != OK)
		return r;
	mp->mp_ngroups = a->ngroups;
	for (i = 0; i < a->ngroups; i++)
		mp->mp_groups[i] = a->groups[i];
	return OK;
}

int do_setsid(void)
{
	int r;

	if (mp->mp_pgrp == mp->mp_pid || find_pid(mp->mp_pid) != mp)
		return -EPERM;		/* already a group leader */
	mp->mp_sid = mp->mp_pgrp = mp->mp_pid;
	if ((r = tell_vfs_proc(PM_VFS_SETSID, mp)) != OK)
		return r;
	return mp->mp_sid;
}

static struct mproc *target(pid_t pid)
{
	struct mproc *rmp = pid == 0 ? mp : find_pid(pid);

	if (rmp == NULL || (rmp->mp_flags & MP_ZOMBIE) || rmp->mp_pid != pid)
		return pid == 0 ? mp : NULL;
	return rmp;
}

int do_getpgrp(void)
{
	struct mproc *rmp = target(m_in.m_pm_getpgrp.pid);

	return rmp != NULL ? rmp->mp_pgrp : -ESRCH;
}

int do_getsid(void)
{
	struct mproc *rmp = target(m_in.m_pm_getsid.pid);

	return rmp != NULL ? rmp->mp_sid : -ESRCH;
}

/* setpgid: a process may move itself or a child of its own, within its
 * session, to a group of that session (or a new one named by its pid). */
int do_setpgid(void)
{
	pid_t pid = m_in.m_pm_setpgid.pid, pgid = m_in.m_pm_setpgid.pgid;
	struct mproc *rmp = target(pid);
	message m;
	int i;

	if (pgid < 0)
		return -EINVAL;
	if (rmp == NULL || (rmp != mp && rmp->mp_parent != mp))
		return -ESRCH;
	if (rmp->mp_sid != mp->mp_sid || rmp->mp_pid == rmp->mp_sid)
		return -EPERM;
	if (pgid == 0)
		pgid = rmp->mp_pid;
	if (pgid != rmp->mp_pid) {
		for (i = 0; i < NR_MPROCS; i++)
			if ((mproc[i].mp_flags & MP_IN_USE)
			    && !(mproc[i].mp_flags & MP_ZOMBIE)
			    && mproc[i].mp_pgrp == pgid
			    && mproc[i].mp_sid == mp->mp_sid)
				break;
		if (i == NR_MPROCS)
			return -EPERM;
	}
	rmp->mp_pgrp = pgid;
	/* VFS tells a terminal which group reads it (job control). */
	memset(&m, 0, sizeof(m));
	m.m_pm_vfs_setpgid.ep = rmp->mp_endpoint;
	m.m_pm_vfs_setpgid.pgrp = pgid;
	return tell_vfs(PM_VFS_SETPGID, &m);
}

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
	reply_msg(mp, &m);
	return -EDONTREPLY;
}

int do_getid(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_id.uid = mp->mp_ruid;
	m.m_pm_id.euid = mp->mp_euid;
	m.m_pm_id.gid = mp->mp_rgid;
	m.m_pm_id.egid = mp->mp_egid;
	reply_msg(mp, &m);
	return -EDONTREPLY;
}

/* setuid, setgid, seteuid, setegid: root may set anything; others only
 * back to their real id (POSIX without saved set-ids beyond that). */
int do_setid(void)
{
	uint32_t id = m_in.m_pm_id.uid;
	int call = m_in.m_type;
	bool root = mp->mp_euid == 0;
	message m;

	switch (call) {
	case PM_SETUID:
		if (!root && id != mp->mp_ruid)
			return -EPERM;
		if (root)
			mp->mp_ruid = id;
		mp->mp_euid = id;
		break;
	case PM_SETEUID:
		if (!root && id != mp->mp_ruid)
			return -EPERM;
		mp->mp_euid = id;
		break;
	case PM_SETGID:
		if (!root && id != mp->mp_rgid)
			return -EPERM;
		if (root)
			mp->mp_rgid = id;
		mp->mp_egid = id;
		break;
	default:
		if (!root && id != mp->mp_rgid)
			return -EPERM;
		mp->mp_egid = id;
		break;
	}
	memset(&m, 0, sizeof(m));
	if (call == PM_SETUID || call == PM_SETEUID) {
		m.m_pm_vfs.uid = mp->mp_ruid;
		m.m_pm_vfs.euid = mp->mp_euid;
		return tell_vfs(PM_VFS_SETUID, mp, &m);
	}
	m.m_pm_vfs.uid = mp->mp_rgid;
	m.m_pm_vfs.euid = mp->mp_egid;
	return tell_vfs(PM_VFS_SETGID, mp, &m);
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
	reply_msg(mp, &m);
	return -EDONTREPLY;
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
	m.m_pm_vfs_groups.ngroups = a->ngroups;
	for (i = 0; i < a->ngroups; i++)
		m.m_pm_vfs_groups.groups[i] = a->groups[i];
	if ((r = tell_vfs(PM_VFS_SETGROUPS, mp, &m)) != OK)
		return r;
	mp->mp_ngroups = a->ngroups;
	for (i = 0; i < a->ngroups; i++)
		mp->mp_groups[i] = a->groups[i];
	return OK;
}

int do_setsid(void)
{
	message m;
	int r;

	if (mp->mp_pgrp == mp->mp_pid || find_pid(mp->mp_pid) != mp)
		return -EPERM;		/* already a group leader */
	mp->mp_sid = mp->mp_pgrp = mp->mp_pid;
	memset(&m, 0, sizeof(m));
	if ((r = tell_vfs(PM_VFS_SETSID, mp, &m)) != OK)
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
	struct mproc *rmp = target(m_in.m_pm_pgrp.pid);

	return rmp != NULL ? rmp->mp_pgrp : -ESRCH;
}

int do_getsid(void)
{
	struct mproc *rmp = target(m_in.m_pm_pgrp.pid);

	return rmp != NULL ? rmp->mp_sid : -ESRCH;
}

/* setpgid: a process may move itself or a child of its own, within its
 * session, to a group of that session (or a new one named by its pid). */
int do_setpgid(void)
{
	pid_t pid = m_in.m_pm_pgrp.pid, pgid = m_in.m_pm_pgrp.pgid;
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
	m.m_pm_vfs.pgrp = pgid;
	return tell_vfs(PM_VFS_SETPGID, rmp, &m);
}

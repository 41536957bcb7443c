/*
 * ids.c - user and group ids, supplementary groups, sessions and
 * process groups (PM).
 */
#include <limits.h>
#include <unistd.h>
#include "syscall.h"

static int getids(message *m)
{
	msg_clear(m);
	return _syscall(PM, PM_GETID, m);
}

uid_t getuid(void)
{
	message m;

	return getids(&m) < 0 ? (uid_t) -1 : m.m_pm_id.uid;
}

uid_t geteuid(void)
{
	message m;

	return getids(&m) < 0 ? (uid_t) -1 : m.m_pm_id.euid;
}

gid_t getgid(void)
{
	message m;

	return getids(&m) < 0 ? (gid_t) -1 : m.m_pm_id.gid;
}

gid_t getegid(void)
{
	message m;

	return getids(&m) < 0 ? (gid_t) -1 : m.m_pm_id.egid;
}

static int setid(int call, unsigned id)
{
	message m;

	msg_clear(&m);
	m.m_pm_id.uid = id;
	return _syscall(PM, call, &m) < 0 ? -1 : 0;
}

int setuid(uid_t uid) { return setid(PM_SETUID, uid); }
int setgid(gid_t gid) { return setid(PM_SETGID, gid); }
int seteuid(uid_t uid) { return setid(PM_SETEUID, uid); }
int setegid(gid_t gid) { return setid(PM_SETEGID, gid); }

pid_t setsid(void)
{
	message m;

	msg_clear(&m);
	return _syscall(PM, PM_SETSID, &m);
}

static int pgrp_call(int call, pid_t pid, pid_t pgid)
{
	message m;

	msg_clear(&m);
	m.m_pm_pgrp.pid = pid;
	m.m_pm_pgrp.pgid = pgid;
	return _syscall(PM, call, &m);
}

pid_t getsid(pid_t pid) { return pgrp_call(PM_GETSID, pid, 0); }
pid_t getpgrp(void) { return pgrp_call(PM_GETPGRP, 0, 0); }

int setpgid(pid_t pid, pid_t pgid)
{
	return pgrp_call(PM_SETPGID, pid, pgid) < 0 ? -1 : 0;
}

/* The supplementary groups, which come in the reply itself. */
int getgroups(int size, gid_t list[])
{
	message m;
	int n, i;

	msg_clear(&m);
	if ((n = _syscall(PM, PM_GETGROUPS, &m)) < 0)
		return -1;
	if (size == 0)
		return n;
	if (size < n) {
		errno = EINVAL;
		return -1;
	}
	for (i = 0; i < n; i++)
		list[i] = m.m_pm_groups.groups[i];
	return n;
}

int setgroups(int size, const gid_t list[])
{
	message m;
	int i;

	if (size < 0 || size > NGROUPS_MAX) {
		errno = EINVAL;
		return -1;
	}
	msg_clear(&m);
	m.m_pm_groups.ngroups = size;
	for (i = 0; i < size; i++)
		m.m_pm_groups.groups[i] = list[i];
	return _syscall(PM, PM_SETGROUPS, &m) < 0 ? -1 : 0;
}

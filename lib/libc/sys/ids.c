/*
 * ids.c - user and group ids, sessions and process groups (PM).
 */
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

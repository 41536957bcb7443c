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

	return getids(&m) < 0 ? (uid_t) -1 : m.m_pm_getid_reply.uid;
}

uid_t geteuid(void)
{
	message m;

	return getids(&m) < 0 ? (uid_t) -1 : m.m_pm_getid_reply.euid;
}

gid_t getgid(void)
{
	message m;

	return getids(&m) < 0 ? (gid_t) -1 : m.m_pm_getid_reply.gid;
}

gid_t getegid(void)
{
	message m;

	return getids(&m) < 0 ? (gid_t) -1 : m.m_pm_getid_reply.egid;
}

static int set_uid(int call, uid_t uid)
{
	message m;

	msg_clear(&m);
	m.m_pm_setuid.uid = uid;
	return _syscall(PM, call, &m) < 0 ? -1 : 0;
}

static int set_gid(int call, gid_t gid)
{
	message m;

	msg_clear(&m);
	m.m_pm_setgid.gid = gid;
	return _syscall(PM, call, &m) < 0 ? -1 : 0;
}

int setuid(uid_t uid) { return set_uid(PM_SETUID, uid); }
int setgid(gid_t gid) { return set_gid(PM_SETGID, gid); }
int seteuid(uid_t uid) { return set_uid(PM_SETEUID, uid); }
int setegid(gid_t gid) { return set_gid(PM_SETEGID, gid); }

pid_t setsid(void)
{
	message m;

	msg_clear(&m);
	return _syscall(PM, PM_SETSID, &m);
}

pid_t getsid(pid_t pid)
{
	message m;

	msg_clear(&m);
	m.m_pm_getsid.pid = pid;
	return _syscall(PM, PM_GETSID, &m);
}

pid_t getpgrp(void)
{
	message m;

	msg_clear(&m);
	m.m_pm_getpgrp.pid = 0;
	return _syscall(PM, PM_GETPGRP, &m);
}

int setpgid(pid_t pid, pid_t pgid)
{
	message m;

	msg_clear(&m);
	m.m_pm_setpgid.pid = pid;
	m.m_pm_setpgid.pgid = pgid;
	return _syscall(PM, PM_SETPGID, &m) < 0 ? -1 : 0;
}

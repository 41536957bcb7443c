/*
 * prio.c - nice values (PM keeps them): getpriority, setpriority, nice.
 */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/resource.h>
#include "syscall.h"

int getpriority(int which, id_t who)
{
	message m;

	msg_clear(&m);
	m.m_pm_prio.which = which;
	m.m_pm_prio.who = (int) who;
	if (_syscall(PM, PM_GETPRIO, &m) < 0)
		return -1;
	return m.m_pm_prio.prio;
}

int setpriority(int which, id_t who, int value)
{
	message m;

	msg_clear(&m);
	m.m_pm_prio.which = which;
	m.m_pm_prio.who = (int) who;
	m.m_pm_prio.prio = value;
	return _syscall(PM, PM_SETPRIO, &m) < 0 ? -1 : 0;
}

/* The new nice value; -1 with errno set (as -1 is also a nice value,
 * callers clear errno first).  Lowering it without the right is EPERM,
 * as POSIX has it for nice(). */
int nice(int incr)
{
	int now, want;

	errno = 0;
	if ((now = getpriority(PRIO_PROCESS, 0)) == -1 && errno != 0)
		return -1;
	want = now + incr;
	want = want < -NZERO ? -NZERO : want > NZERO - 1 ? NZERO - 1 : want;
	if (setpriority(PRIO_PROCESS, 0, want) < 0) {
		if (errno == EACCES)
			errno = EPERM;
		return -1;
	}
	return want;
}

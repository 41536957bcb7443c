/*
 * groups.c - getgroups() and setgroups(): the supplementary groups,
 * which PM keeps for each process (at most NGROUPS_MAX) and tells VFS
 * of, for its permission checks.  fork copies them, exec keeps them;
 * login and su set a user's with initgroups() (gen/initgroups.c).
 *
 * The list is the supplementary groups alone; the effective group is
 * in it only if setgroups() put it there, as POSIX allows.
 */
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include "syscall.h"

/* The supplementary groups, which come in the reply itself. */
int getgroups(int size, gid_t list[])
{
	message m;
	int n, i;

	if (size < 0) {
		errno = EINVAL;
		return -1;
	}
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

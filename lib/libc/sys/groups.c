/*
 * groups.c - getgroups(): the groups of the calling process.
 *
 * PM keeps no supplementary groups yet, so a process's groups are its
 * effective group alone, which POSIX lets getgroups() report.  When PM
 * keeps a list (setgroups), this asks it instead.
 */
#include <errno.h>
#include <unistd.h>

int getgroups(int size, gid_t list[])
{
	if (size < 0) {
		errno = EINVAL;
		return -1;
	}
	if (size == 0)
		return 1;		/* only the count is asked */
	list[0] = getegid();
	return 1;
}

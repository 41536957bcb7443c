/*
 * prio.c - nice values: getpriority and setpriority (nice is both).
 *
 * An ordinary program's nice value, -20..19, lives here; the kernel
 * knows it as a scheduling queue (nice_queue): 0 is USER_Q, 19 the
 * lowest queue, -20 MAX_USER_Q, the rest spread between.  A child
 * inherits it (forkexit.c).  Anyone may raise the value of their own
 * processes; only root may lower it.  A system process's queue comes
 * from its privileges, not from here: setting it is refused.
 */
#include <string.h>
#include <sys/resource.h>
#include "pm.h"

#define NICE_MIN	(-20)
#define NICE_MAX	19

int nice_queue(int nice)
{
	if (nice >= 0)
		return USER_Q + (nice * (MIN_USER_Q - USER_Q) + NICE_MAX / 2) /
		    NICE_MAX;
	return USER_Q - (-nice * (USER_Q - MAX_USER_Q) - NICE_MIN / 2) /
	    -NICE_MIN;
}

/* Whether rmp is one of those which and who name (0: the caller's). */
static bool named(const struct mproc *rmp, int which, int who)
{
	if (!(rmp->mp_flags & MP_IN_USE) || (rmp->mp_flags & MP_ZOMBIE))
		return false;
	switch (which) {
	case PRIO_PROCESS:
		return rmp->mp_pid == (who != 0 ? who : mp->mp_pid);
	case PRIO_PGRP:
		return rmp->mp_pgrp == (who != 0 ? who : mp->mp_pgrp);
	default:
		return rmp->mp_ruid == (who != 0 ? (uid_t) who : mp->mp_ruid);
	}
}

static int check_which(int which)
{
	return which == PRIO_PROCESS || which == PRIO_PGRP ||
	    which == PRIO_USER ? OK : -EINVAL;
}

int do_getprio(void)
{
	const struct m_pm_prio *a = &m_in.m_pm_prio;
	int lowest = NICE_MAX + 1, r;
	message m;

	if ((r = check_which(a->which)) != OK)
		return r;
	for (int i = 0; i < NR_MPROCS; i++)
		if (named(&mproc[i], a->which, a->who) &&
		    mproc[i].mp_nice < lowest)
			lowest = mproc[i].mp_nice;
	if (lowest > NICE_MAX)
		return -ESRCH;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_prio.prio = lowest;
	return reply_last(&m);
}

/* Set rmp's nice value, if the caller may. */
static int set_one(struct mproc *rmp, int nice)
{
	bool root = mp->mp_euid == 0;

	if (rmp->mp_flags & MP_SYSTEM)
		return -EPERM;
	if (!root && mp->mp_euid != rmp->mp_euid && mp->mp_euid != rmp->mp_ruid)
		return -EPERM;
	if (!root && nice < rmp->mp_nice)
		return -EACCES;
	if (sys_schedctl(rmp->mp_endpoint, nice_queue(nice)) != OK)
		return -EPERM;
	rmp->mp_nice = nice;
	return OK;
}

int do_setprio(void)
{
	const struct m_pm_prio *a = &m_in.m_pm_prio;
	int nice = a->prio, r, result = -ESRCH;

	if ((r = check_which(a->which)) != OK)
		return r;
	nice = nice < NICE_MIN ? NICE_MIN : nice > NICE_MAX ? NICE_MAX : nice;
	for (int i = 0; i < NR_MPROCS; i++) {
		if (!named(&mproc[i], a->which, a->who))
			continue;
		r = set_one(&mproc[i], nice);
		if (result == -ESRCH || r != OK)
			result = r;		/* the first refusal stays */
		if (r != OK)
			break;
	}
	return result;
}

/*
 * jobctl.c - a terminal's question about a background process.
 *
 * A process outside the terminal's foreground group reads it (or writes
 * it, with TOSTOP set).  The terminal cannot see signal dispositions or
 * process trees, so it asks PM, which applies POSIX's rules: if the
 * process ignores or blocks the signal, nothing is sent and the caller
 * hears so; if its group is orphaned (no member has a parent in another
 * group of the same session) a stop would never be undone by a shell,
 * so the request fails with EIO; otherwise the whole group gets the
 * signal.
 */
#include "pm.h"

/* No member of pgrp has a parent in another group of its session: no
 * job-control shell is left to continue the group once it stops. */
static bool orphaned(pid_t pgrp)
{
	struct mproc *rmp, *p;
	int i;

	for (i = 0; i < NR_MPROCS; i++) {
		rmp = &mproc[i];
		if (!(rmp->mp_flags & MP_IN_USE) || (rmp->mp_flags & MP_ZOMBIE)
		    || rmp->mp_pgrp != pgrp)
			continue;
		p = rmp->mp_parent;
		if (p != NULL && p != rmp && p->mp_pgrp != pgrp
		    && p->mp_sid == rmp->mp_sid)
			return false;
	}
	return true;
}

int do_jobsig(void)
{
	const struct m_pm_jobsig *j = &m_in.m_pm_jobsig;
	struct mproc *rmp;
	int sig = j->sig;

	if (!(mp->mp_flags & MP_SYSTEM))
		return -EPERM;		/* only a terminal driver asks */
	if (sig != SIGTTIN && sig != SIGTTOU)
		return -EINVAL;
	if ((rmp = find_ep(j->ep)) == NULL || (rmp->mp_flags & MP_SYSTEM))
		return -ESRCH;
	if (rmp->mp_sigact[sig].handler == (vir_bytes) SIG_IGN
	    || (rmp->mp_sigmask & SIGBIT(sig)))
		return JOBSIG_IGNORED;
	if (orphaned(rmp->mp_pgrp))
		return -EIO;
	(void) check_sig(-rmp->mp_pgrp, sig, mp);
	return JOBSIG_SENT;
}

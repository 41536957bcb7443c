/*
 * do_kill.c - SYS_KILL: a signal for a process, through its manager.
 */
#include "kernel.h"
#include "system.h"
#include <signal.h>

int do_kill(struct proc *caller, message *m)
{
	struct proc *p;
	int sig = m->m_sys_kill.sig, r;

	if (sig <= 0 || sig >= _NSIG)
		return -EINVAL;
	if ((r = call_target(caller, m->m_sys_kill.ep, &p)) != OK)
		return r;
	cause_sig(p, sig);
	return p == caller && isemptyp(p) ? -EDONTREPLY : OK;
}

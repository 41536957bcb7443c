/*
 * do_endksig.c - SYS_ENDKSIG: the manager has dealt with a process's
 * kernel signals; it may run again (unless new ones came meanwhile).
 */
#include "kernel.h"
#include "system.h"

int do_endksig(struct proc *caller, message *m)
{
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_endksig.ep, &p)) != OK)
		return r;
	if (p->p_priv->s_sig_mgr != caller->p_endpoint
	    || !(p->p_rts_flags & RTS_SIG_PENDING))
		return -EINVAL;
	if (p->p_pending_sigs != 0) {
		caller->p_priv->s_sig_pending |= SIGKSIG_BIT;
		notify_from(SYSTEM, caller);
		return OK;
	}
	rts_unset(p, RTS_SIG_PENDING);
	return OK;
}

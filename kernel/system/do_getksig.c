/*
 * do_getksig.c - SYS_GETKSIG: a signal manager asks for the next process
 * that has kernel signals for it (after a SYSTEM notification).
 *
 * The process stays stopped (RTS_SIG_PENDING) until the manager calls
 * SYS_ENDKSIG for it.
 */
#include "kernel.h"
#include "system.h"

int do_getksig(struct proc *caller, message *m)
{
	struct proc *p;

	for (p = proc_addr(0); p < END_PROC_ADDR; p++) {
		if (isemptyp(p) || p->p_pending_sigs == 0
		    || p->p_priv->s_sig_mgr != caller->p_endpoint)
			continue;
		m->m_sys_getksig_reply.ep = p->p_endpoint;
		m->m_sys_getksig_reply.sigs = p->p_pending_sigs;
		p->p_pending_sigs = 0;
		return OK;
	}
	m->m_sys_getksig_reply.ep = NONE;
	m->m_sys_getksig_reply.sigs = 0;
	return OK;
}

/*
 * do_exit.c - SYS_EXIT: a process ends.
 *
 * With SELF the caller ends itself; a signal manager (PM, RS), or PM for
 * anyone (it keeps the process tree), may also end a process once it has
 * dealt with the process's death.
 */
#include "kernel.h"
#include "system.h"

int do_exit(struct proc *caller, message *m)
{
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_exit.ep, &p)) != OK)
		return r;
	if (p != caller && p->p_priv->s_sig_mgr != caller->p_endpoint
	    && !(caller->p_priv->s_flags & (PRIV_ROOT_SYS | PRIV_VM)))
		return -EPERM;
	if ((p->p_priv->s_sig_mgr == NONE || p == caller) && kproc_msg_ok(p))
		kprintf("kernel: %s (endpoint %d) exited with status %d\n",
			p->p_name, p->p_endpoint, m->m_sys_exit.status);
	proc_terminate(p);
	return p == caller ? -EDONTREPLY : OK;
}

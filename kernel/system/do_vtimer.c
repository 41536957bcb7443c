/*
 * do_vtimer.c - SYS_VTIMER: read or set a process's CPU-time timer
 * (PM's setitimer for ITIMER_VIRTUAL and ITIMER_PROF); clock.c counts
 * it down.  The reply tells what the timer was.
 */
#include "kernel.h"
#include "system.h"

int do_vtimer(struct proc *caller, message *m)
{
	const struct m_sys_vtimer a = m->m_sys_vtimer;
	struct proc *p;
	int r;

	if (a.which < 0 || a.which >= NR_VTIMERS)
		return -EINVAL;
	if ((r = call_target(caller, a.ep, &p)) != OK)
		return r;
	m->m_sys_vtimer_reply.value = p->p_vtimer[a.which];
	m->m_sys_vtimer_reply.interval = p->p_vtimer_ival[a.which];
	if (a.set) {
		p->p_vtimer[a.which] = a.value;
		p->p_vtimer_ival[a.which] = a.value != 0 ? a.interval : 0;
	}
	return OK;
}

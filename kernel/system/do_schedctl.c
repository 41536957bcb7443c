/*
 * do_schedctl.c - SYS_SCHEDCTL: move an ordinary program to another
 * scheduling queue (PM, for nice and setpriority).
 *
 * Only programs without privileges of their own, and only the queues
 * MAX_USER_Q..MIN_USER_Q: a system process keeps the queue its
 * privileges give it, and no program gets above the services.
 */
#include "kernel.h"
#include "system.h"

int do_schedctl(struct proc *caller, message *m)
{
	int q = m->m_sys_schedctl.queue;
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_schedctl.ep, &p)) != OK)
		return r;
	if (priv_id(p) != USER_PRIV_ID)
		return -EPERM;
	if (q < MAX_USER_Q || q > MIN_USER_Q)
		return -EINVAL;
	sched_set_priority(p, q);
	return OK;
}

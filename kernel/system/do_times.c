/*
 * do_times.c - SYS_TIMES: a process's CPU ticks, the uptime and the boot
 * time.
 */
#include "kernel.h"
#include "system.h"

int do_times(struct proc *caller, message *m)
{
	struct proc *p = NULL;
	endpoint_t e = m->m_sys_times.ep;
	int r;

	if (e != NONE && (r = call_target(caller, e, &p)) != OK)
		return r;
	memset(&m->m_sys_times_reply, 0, sizeof(m->m_sys_times_reply));
	if (p != NULL) {
		m->m_sys_times_reply.user_time = p->p_user_time;
		m->m_sys_times_reply.sys_time = p->p_sys_time;
	}
	m->m_sys_times_reply.uptime = uptime;
	m->m_sys_times_reply.boot_time = boot_time;
	return OK;
}

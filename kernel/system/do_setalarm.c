/*
 * do_setalarm.c - SYS_SETALARM: a notification from CLOCK at a given tick.
 *
 * exp_time 0 cancels the alarm.  Only system processes have alarms; the
 * reply tells how long the replaced alarm still had to go.
 */
#include "kernel.h"
#include "system.h"

int do_setalarm(struct proc *caller, message *m)
{
	uint32_t exp = m->m_sys_setalarm.exp_time;

	if (!(caller->p_priv->s_flags & PRIV_SYS_PROC))
		return -EPERM;
	if (exp != 0 && !m->m_sys_setalarm.abs_time)
		exp += uptime;
	if (m->m_sys_setalarm.exp_time != 0 && exp <= uptime)
		exp = uptime + 1;	/* the past is the next tick */
	m->m_sys_setalarm_reply.time_left = set_alarm(caller->p_priv, exp);
	return OK;
}

/*
 * sys_vtimer.c - SYS_VTIMER: a process's virtual or profiling timer.
 */
#include <string.h>
#include <minix/syslib.h>

/* Sets ep's timer which (VT_*) to value and interval ticks if set, and
 * gives what it was in *old_value and *old_interval (either may be
 * NULL). */
int sys_vtimer(endpoint_t ep, int which, int set, uint32_t value,
	uint32_t interval, uint32_t *old_value, uint32_t *old_interval)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_vtimer.ep = ep;
	m.m_sys_vtimer.which = which;
	m.m_sys_vtimer.set = set;
	m.m_sys_vtimer.value = value;
	m.m_sys_vtimer.interval = interval;
	if ((r = _kernel_call(SYS_VTIMER, &m)) != OK)
		return r;
	if (old_value != NULL)
		*old_value = m.m_sys_vtimer_reply.value;
	if (old_interval != NULL)
		*old_interval = m.m_sys_vtimer_reply.interval;
	return OK;
}

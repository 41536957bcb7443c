/*
 * sys_times.c - SYS_TIMES: process times, uptime, the time-stamp counter.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_times(endpoint_t ep, uint32_t *user, uint32_t *sys, uint32_t *uptime,
	uint32_t *boot_time)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_times.ep = ep;
	if ((r = _kernel_call(SYS_TIMES, &m)) != OK)
		return r;
	if (user != NULL)
		*user = m.m_sys_times_reply.user_time;
	if (sys != NULL)
		*sys = m.m_sys_times_reply.sys_time;
	if (uptime != NULL)
		*uptime = m.m_sys_times_reply.uptime;
	if (boot_time != NULL)
		*boot_time = m.m_sys_times_reply.boot_time;
	return OK;
}

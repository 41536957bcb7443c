/*
 * sys_setalarm.c - SYS_SETALARM: a CLOCK notification after exp ticks
 * (or at tick exp if abs_time).  Returns the old alarm's ticks left.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_setalarm(uint32_t exp_time, int abs_time)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_setalarm.exp_time = exp_time;
	m.m_sys_setalarm.abs_time = abs_time;
	if ((r = _kernel_call(SYS_SETALARM, &m)) != OK)
		return r;
	return m.m_sys_setalarm_reply.time_left;
}

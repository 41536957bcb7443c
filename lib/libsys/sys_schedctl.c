/*
 * sys_schedctl.c - SYS_SCHEDCTL: an ordinary program's scheduling queue.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_schedctl(endpoint_t ep, int queue)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_schedctl.ep = ep;
	m.m_sys_schedctl.queue = queue;
	return _kernel_call(SYS_SCHEDCTL, &m);
}

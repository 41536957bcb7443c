/*
 * sys_statectl.c - SYS_STATECTL: state management for restarted services.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_statectl(int request)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_statectl.request = request;
	return _kernel_call(SYS_STATECTL, &m);
}

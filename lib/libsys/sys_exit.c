/*
 * sys_exit.c - SYS_EXIT: end a process (SELF: the caller, never returns).
 */
#include <string.h>
#include <minix/syslib.h>

int sys_exit(endpoint_t ep, int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_exit.ep = ep;
	m.m_sys_exit.status = status;
	return _kernel_call(SYS_EXIT, &m);
}

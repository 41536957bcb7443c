/*
 * sys_kill.c - SYS_KILL: a signal for a process, through its manager.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_kill(endpoint_t ep, int sig)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_kill.ep = ep;
	m.m_sys_kill.sig = sig;
	return _kernel_call(SYS_KILL, &m);
}

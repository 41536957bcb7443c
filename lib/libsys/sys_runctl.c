/*
 * sys_runctl.c - SYS_RUNCTL: stop a process, or let it run again.
 */
#include <string.h>
#include <minix/syslib.h>

static int runctl(endpoint_t ep, int action)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_runctl.ep = ep;
	m.m_sys_runctl.action = action;
	return _kernel_call(SYS_RUNCTL, &m);
}

int sys_stop(endpoint_t ep)
{
	return runctl(ep, RC_STOP);
}

int sys_resume(endpoint_t ep)
{
	return runctl(ep, RC_RESUME);
}

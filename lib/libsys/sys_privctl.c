/*
 * sys_privctl.c - SYS_PRIVCTL: set another process's privileges.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_privctl(endpoint_t ep, int request, void *arg)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_privctl.ep = ep;
	m.m_sys_privctl.request = request;
	m.m_sys_privctl.arg = (vir_bytes) arg;
	return _kernel_call(SYS_PRIVCTL, &m);
}

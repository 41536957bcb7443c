/*
 * sys_abort.c - SYS_ABORT: halt, power off or reboot.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_abort(int how)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_abort.how = how;
	return _kernel_call(SYS_ABORT, &m);
}

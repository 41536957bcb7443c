/*
 * sys_exec.c - SYS_EXEC: start a process's new image.
 */
#include <string.h>
#include <minix/syslib.h>

/* flags: EXEC_ROOT or 0. */
int sys_exec(endpoint_t ep, vir_bytes sp, vir_bytes pc, const char *name,
	int flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_exec.flags = flags;
	m.m_sys_exec.ep = ep;
	m.m_sys_exec.sp = sp;
	m.m_sys_exec.pc = pc;
	strncpy(m.m_sys_exec.name, name, sizeof(m.m_sys_exec.name) - 1);
	return _kernel_call(SYS_EXEC, &m);
}

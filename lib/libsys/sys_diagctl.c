/*
 * sys_diagctl.c - SYS_DIAGCTL: text for the kernel console.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_diagctl(int code, const void *buf, size_t len)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_diagctl.code = code;
	m.m_sys_diagctl.buf = (vir_bytes) buf;
	m.m_sys_diagctl.len = len;
	return _kernel_call(SYS_DIAGCTL, &m);
}

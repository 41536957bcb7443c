/*
 * sys_setgrant.c - SYS_SETGRANT: tell the kernel where our grants are.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_setgrant(cp_grant_t *table, int entries)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_setgrant.addr = (vir_bytes) table;
	m.m_sys_setgrant.size = entries;
	return _kernel_call(SYS_SETGRANT, &m);
}

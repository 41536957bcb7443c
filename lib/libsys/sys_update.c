/*
 * sys_update.c - SYS_UPDATE: the programs of two processes trade places,
 * each endpoint keeping what names it (a live update's swap; RS only).
 */
#include <string.h>
#include <minix/syslib.h>

int sys_update(endpoint_t ep1, endpoint_t ep2)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_update.ep1 = ep1;
	m.m_sys_update.ep2 = ep2;
	return _kernel_call(SYS_UPDATE, &m);
}

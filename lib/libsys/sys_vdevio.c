/*
 * sys_vdevio.c - SYS_VDEVIO: several port accesses in one call.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_vdevio(int request, struct pv_pair *pairs, int count)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_vdevio.request = request;
	m.m_sys_vdevio.vec = (vir_bytes) pairs;
	m.m_sys_vdevio.count = count;
	return _kernel_call(SYS_VDEVIO, &m);
}

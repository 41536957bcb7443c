/*
 * sys_dmaalloc.c - SYS_DMAALLOC: contiguous memory for a device's DMA.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_dmaalloc(vir_bytes addr, vir_bytes len, phys_bytes *phys)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_dmaalloc.addr = addr;
	m.m_sys_dmaalloc.len = len;
	if ((r = _kernel_call(SYS_DMAALLOC, &m)) == OK)
		*phys = m.m_sys_dmaalloc_reply.phys;
	return r;
}

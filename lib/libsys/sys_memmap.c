/*
 * sys_memmap.c - SYS_MEMMAP: change an address space.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_memmap(int op, endpoint_t ep, vir_bytes addr, vir_bytes len,
	phys_bytes phys, int flags)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_memmap.op = op;
	m.m_sys_memmap.ep = ep;
	m.m_sys_memmap.addr = addr;
	m.m_sys_memmap.len = len;
	m.m_sys_memmap.phys = phys;
	m.m_sys_memmap.flags = flags;
	return _kernel_call(SYS_MEMMAP, &m);
}

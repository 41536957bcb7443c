/*
 * sys_vircopy.c - SYS_VIRCOPY: copy between two address spaces.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_vircopy(endpoint_t src_ep, vir_bytes src, endpoint_t dst_ep,
	vir_bytes dst, size_t bytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_vircopy.src_ep = src_ep;
	m.m_sys_vircopy.src_addr = src;
	m.m_sys_vircopy.dst_ep = dst_ep;
	m.m_sys_vircopy.dst_addr = dst;
	m.m_sys_vircopy.bytes = bytes;
	return _kernel_call(SYS_VIRCOPY, &m);
}

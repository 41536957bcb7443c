/*
 * sys_safecopy.c - SYS_SAFECOPYFROM/TO: copy through another process's
 * grant.
 */
#include <string.h>
#include <minix/syslib.h>

static int safecopy(int call, endpoint_t owner, cp_grant_id_t grant,
	vir_bytes offset, vir_bytes addr, size_t bytes)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_safecopy.owner = owner;
	m.m_sys_safecopy.grant = grant;
	m.m_sys_safecopy.offset = offset;
	m.m_sys_safecopy.addr = addr;
	m.m_sys_safecopy.bytes = bytes;
	return _kernel_call(call, &m);
}

int sys_safecopyfrom(endpoint_t owner, cp_grant_id_t grant, vir_bytes offset,
	void *addr, size_t bytes)
{
	return safecopy(SYS_SAFECOPYFROM, owner, grant, offset,
		(vir_bytes) addr, bytes);
}

int sys_safecopyto(endpoint_t owner, cp_grant_id_t grant, vir_bytes offset,
	const void *addr, size_t bytes)
{
	return safecopy(SYS_SAFECOPYTO, owner, grant, offset,
		(vir_bytes) addr, bytes);
}

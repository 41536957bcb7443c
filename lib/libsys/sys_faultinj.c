/*
 * sys_faultinj.c - SYS_FAULTINJ: corrupt a running process (testing only).
 */
#include <string.h>
#include <minix/syslib.h>

/* XOR a word of ep's (or arm a message fault, kind FI_MSG_*); the word's
 * old value and address come back when old and addr are not NULL. */
int sys_faultinj(endpoint_t ep, int kind, uint32_t where, uint32_t mask,
	uint32_t *old, vir_bytes *addr)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_faultinj.ep = ep;
	m.m_sys_faultinj.kind = kind;
	m.m_sys_faultinj.where = where;
	m.m_sys_faultinj.mask = mask;
	r = _kernel_call(SYS_FAULTINJ, &m);
	if (old != NULL)
		*old = m.m_sys_faultinj.old;
	if (addr != NULL)
		*addr = m.m_sys_faultinj.addr;
	return r;
}

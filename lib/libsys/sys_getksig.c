/*
 * sys_getksig.c - SYS_GETKSIG and SYS_ENDKSIG: a signal manager collects
 * the kernel's signals for the processes it manages.
 */
#include <string.h>
#include <minix/syslib.h>

/* *ep is NONE when no process has signals waiting. */
int sys_getksig(endpoint_t *ep, uint32_t *sigs)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	if ((r = _kernel_call(SYS_GETKSIG, &m)) != OK)
		return r;
	*ep = m.m_sys_getksig_reply.ep;
	*sigs = m.m_sys_getksig_reply.sigs;
	return OK;
}

int sys_endksig(endpoint_t ep)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_endksig.ep = ep;
	return _kernel_call(SYS_ENDKSIG, &m);
}

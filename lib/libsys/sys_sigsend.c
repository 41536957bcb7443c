/*
 * sys_sigsend.c - SYS_SIGSEND and SYS_SIGRETURN: run a signal handler in
 * a process, and bring it back afterwards.
 */
#include <string.h>
#include <minix/syslib.h>

int sys_sigsend(endpoint_t ep, int sig, vir_bytes handler,
	vir_bytes trampoline, uint32_t mask)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_sigsend.ep = ep;
	m.m_sys_sigsend.sig = sig;
	m.m_sys_sigsend.handler = handler;
	m.m_sys_sigsend.trampoline = trampoline;
	m.m_sys_sigsend.mask = mask;
	return _kernel_call(SYS_SIGSEND, &m);
}

int sys_sigreturn(endpoint_t ep, vir_bytes context)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sys_sigreturn.ep = ep;
	m.m_sys_sigreturn.context = context;
	return _kernel_call(SYS_SIGRETURN, &m);
}

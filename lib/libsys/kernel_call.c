/*
 * kernel_call.c - a kernel call is a sendrec to SYSTEM whose reply's
 * m_type is the call's status.
 */
#include <minix/syslib.h>

int _kernel_call(int call, message *m)
{
	int r;

	m->m_type = call;
	if ((r = ipc_sendrec(SYSTEM, m)) != OK)
		return r;
	return m->m_type;
}

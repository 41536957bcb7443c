/*
 * _exit.c - end the process at once.
 *
 * The normal way is PM.  A boot process that runs without PM (the kernel
 * self-tests) ends through the kernel's exit call instead.  If even that
 * is refused, a trap ends the process: _exit must never return.
 */
#include <unistd.h>
#include "syscall.h"

void _exit(int status)
{
	message m;

	msg_clear(&m);
	m.m_type = PM_EXIT;
	m.m_pm_exit.status = status;
	(void) ipc_sendrec(PM, &m);	/* no reply if it works */
	msg_clear(&m);
	m.m_type = SYS_EXIT;
	m.m_sys_exit.ep = SELF;
	m.m_sys_exit.status = status;
	(void) ipc_sendrec(SYSTEM, &m);
	for (;;)
		__builtin_trap();
}

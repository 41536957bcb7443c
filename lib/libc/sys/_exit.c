/*
 * _exit.c - end the process at once.
 *
 * Boot processes without PM end through the kernel's exit call.  If even
 * that is refused, a trap ends the process: _exit must never return.
 */
#include <string.h>
#include <minix/com.h>
#include <minix/ipc.h>

void _exit(int status) __attribute__((noreturn));

void _exit(int status)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = SYS_EXIT;
	m.m_sys_exit.ep = SELF;
	m.m_sys_exit.status = status;
	(void) ipc_sendrec(SYSTEM, &m);
	for (;;)
		__builtin_trap();
}

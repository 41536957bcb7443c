/*
 * panic.c - a system process found a broken invariant of its own.
 *
 * Say so on the console and die as a crash, so that the process's
 * manager (RS) sees it at once and can restart it: by SIGABRT if the
 * process may signal itself (SYS_KILL), else by the CPU exception of an
 * invalid instruction, which the kernel reports to the manager as
 * SIGILL and which no privilege can refuse.  (An exit would not do: RS
 * hears of a service's exit only through sef_exit(), and would find out
 * from the missing heartbeat, if the service has one.)
 */
#include <stdarg.h>
#include <stdio.h>
#include <signal.h>
#include <minix/syslib.h>

void panic(const char *fmt, ...)
{
	struct proc_info me;
	va_list ap;

	if (sys_whoami(&me) != OK)
		me.pi_name[0] = '\0';
	fprintf(stderr, "%s: panic: ", me.pi_name);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\n");
	fflush(stderr);
	(void) sys_kill(SELF, SIGABRT);
	for (;;)
		__builtin_trap();
}

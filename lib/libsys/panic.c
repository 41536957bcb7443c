/*
 * panic.c - a system process found a broken invariant of its own.
 *
 * Say so on the console and die by SIGABRT, so that the process's manager
 * (RS) sees a crash and can restart it.
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
	(void) sys_exit(SELF, 1);
	for (;;)
		__builtin_trap();
}

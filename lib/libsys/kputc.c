/*
 * kputc.c - system processes write to the kernel console.
 *
 * Characters are gathered into lines, so that one process's line is not
 * mixed with another's.  sys_stdio_to_console() points stdout and stderr
 * here, so system processes can simply use printf.
 */
#include <stdio.h>
#include <minix/syslib.h>

static char line[256];
static size_t used;

static void flush_line(void)
{
	if (used > 0)
		(void) sys_diagctl(DIAG_PRINT, line, used);
	used = 0;
}

void kputc(int c)
{
	line[used++] = c;
	if (c == '\n' || used == sizeof(line))
		flush_line();
}

static ssize_t console_writer(void *cookie, const char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		kputc(buf[i]);
	flush_line();
	return n;
}

void sys_stdio_to_console(void)
{
	__stdio_set_writer(stdout, console_writer, NULL);
	__stdio_set_writer(stderr, console_writer, NULL);
	setvbuf(stdout, NULL, _IOLBF, 0);	/* a line at a time, like a tty */
}

/*
 * dprintf.c - formatted output to a file descriptor: dprintf() and
 * vdprintf().  The output goes through an unbuffered stream made on the
 * stack for the call, so it leaves through __stdio_out() like any other.
 */
#include <stdarg.h>
#include <stdio.h>
#include "stdio_impl.h"

int vdprintf(int fd, const char *restrict fmt, va_list ap)
{
	FILE f = { .f_fd = fd, .f_flags = F_WRITE | F_NOBUF | F_BUFSET,
	    .f_bufsize = 1 };

	f.f_buf = &f.f_onebuf;
	return vfprintf(&f, fmt, ap);
}

int dprintf(int fd, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vdprintf(fd, fmt, ap);
	va_end(ap);
	return r;
}

/*
 * sscanf.c - formatted input from a string: sscanf() and vsscanf().
 * The string's NUL is the end of the input.
 */
#include <stdarg.h>
#include <stdio.h>
#include "scan_impl.h"

struct str_src {
	struct scan_src ss_src;
	const unsigned char *ss_pos;
};

static int str_get(struct scan_src *src)
{
	struct str_src *ss = (struct str_src *) src;

	return *ss->ss_pos != '\0' ? *ss->ss_pos++ : EOF;
}

static void str_unget(struct scan_src *src, int c)
{
	((struct str_src *) src)->ss_pos--;
}

int vsscanf(const char *restrict s, const char *restrict fmt, va_list ap)
{
	struct str_src ss = { { str_get, str_unget },
	    (const unsigned char *) s };

	return __scan_vformat(&ss.ss_src, fmt, ap);
}

int sscanf(const char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsscanf(s, fmt, ap);
	va_end(ap);
	return r;
}

/*
 * out.c - writing to file descriptors without stdio buffers.
 *
 * Entry points: out_write, out_str, out_fmt, sh_warn.  Nothing is ever
 * left in a buffer, so fork() and dup2() need no flushing first.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mem.h"
#include "out.h"

/* Writes all of s; returns -1 if the descriptor refuses. */
int out_write(int fd, const char *s, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, s, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		s += w;
		n -= (size_t) w;
	}
	return 0;
}

int out_str(int fd, const char *s)
{
	return out_write(fd, s, strlen(s));
}

static int out_vfmt(int fd, const char *fmt, va_list ap)
{
	char small[512];
	va_list copy;
	int n, r;

	va_copy(copy, ap);
	n = vsnprintf(small, sizeof(small), fmt, copy);
	va_end(copy);
	if (n < 0)
		return -1;
	if ((size_t) n < sizeof(small))
		return out_write(fd, small, (size_t) n);
	char *big = xmalloc((size_t) n + 1);
	vsnprintf(big, (size_t) n + 1, fmt, ap);
	r = out_write(fd, big, (size_t) n);
	free(big);
	return r;
}

int out_fmt(int fd, const char *fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = out_vfmt(fd, fmt, ap);
	va_end(ap);
	return r;
}

void sh_warn(const char *fmt, ...)
{
	struct strbuf b;
	va_list ap;
	char small[512];

	va_start(ap, fmt);
	vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	sb_init(&b);
	sb_adds(&b, "sh: ");
	sb_adds(&b, small);
	sb_addc(&b, '\n');
	out_write(2, b.s, b.len);
	sb_free(&b);
}

/*
 * asprintf.c - formatted output to memory from malloc(): asprintf() and
 * vasprintf().  The buffer doubles as it fills; on failure *s is NULL
 * and the answer -1.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "fmt_impl.h"

struct grow_sink {
	struct fmt_sink gs_sink;
	char *gs_buf;
	size_t gs_len, gs_cap;
};

static void grow_put(struct fmt_sink *s, const char *p, size_t n)
{
	struct grow_sink *gs = (struct grow_sink *) s;

	if (s->error)
		return;
	if (gs->gs_len + n + 1 > gs->gs_cap) {
		size_t cap = gs->gs_cap * 2;
		char *b;

		while (cap < gs->gs_len + n + 1)
			cap *= 2;
		b = realloc(gs->gs_buf, cap);
		if (b == NULL) {
			s->error = 1;
			return;
		}
		gs->gs_buf = b;
		gs->gs_cap = cap;
	}
	memcpy(gs->gs_buf + gs->gs_len, p, n);
	gs->gs_len += n;
}

int vasprintf(char **restrict s, const char *restrict fmt, va_list ap)
{
	struct grow_sink gs = { { grow_put, 0, 0 }, malloc(64), 0, 64 };
	int r;

	*s = NULL;
	if (gs.gs_buf == NULL)
		return -1;
	r = __fmt_vformat(&gs.gs_sink, fmt, ap);
	if (r < 0) {
		free(gs.gs_buf);
		return -1;
	}
	gs.gs_buf[gs.gs_len] = '\0';
	*s = gs.gs_buf;
	return r;
}

int asprintf(char **restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vasprintf(s, fmt, ap);
	va_end(ap);
	return r;
}

/*
 * buf.c - memory that cannot run out (sed exits instead), growable
 * strings, and fatal errors.
 */
#include <stdio.h>
#include <stdlib.h>
#include <stdarg.h>
#include <string.h>
#include "sed.h"

void fatal(const char *fmt, ...)
{
	va_list ap;

	fputs("sed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		fatal("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		fatal("out of memory");
	return p;
}

char *xstrdup(const char *s)
{
	return strcpy(xmalloc(strlen(s) + 1), s);
}

void buf_add(struct buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		b->s = xrealloc(b->s, b->cap);
	}
	memmove(b->s + b->len, s, n);	/* s may lie in b itself */
	b->len += n;
	b->s[b->len] = '\0';
}

void buf_set(struct buf *b, const char *s, size_t n)
{
	b->len = 0;
	buf_add(b, s, n);
}

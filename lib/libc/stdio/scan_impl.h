/*
 * scan_impl.h - the scanning engine of the scanf() family.
 *
 * __scan_vformat() reads characters from a source and stores what the
 * format converts; a source is a stream (scanf.c) or a string
 * (sscanf.c).  The engine never needs more than one character pushed
 * back.
 */
#ifndef _SCAN_IMPL_H
#define _SCAN_IMPL_H

#include <stdarg.h>
#include <stddef.h>

struct scan_src {
	int (*get)(struct scan_src *src);		/* a char or EOF */
	void (*unget)(struct scan_src *src, int c);	/* c is not EOF */
};

/* Answers the number of items stored, or EOF for an input failure
 * before the first conversion. */
int __scan_vformat(struct scan_src *src, const char *fmt, va_list ap);

#endif

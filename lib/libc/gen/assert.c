/*
 * assert.c - what a failed assert() calls (see <assert.h>).
 */
#include <assert.h>
#include <stdio.h>
#include <stdlib.h>

void __assert_fail(const char *expr, const char *file, int line,
    const char *func)
{
	fprintf(stderr, "Assertion failed: %s, file %s, line %d, function %s\n",
	    expr, file, line, func);
	abort();
}

/*
 * memccpy.c - copy bytes up to and including the first c (XSI).
 */
#include <string.h>
#include "../include/libc_sys.h"

/* Returns the byte after c in dst, or NULL when c was not among the n
 * bytes copied. */
__libc_no_loop_calls
void *memccpy(void *restrict dst, const void *restrict src, int c, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	while (n-- > 0) {
		*d = *s++;
		if (*d++ == (unsigned char) c)
			return d;
	}
	return NULL;
}

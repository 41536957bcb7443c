/*
 * memmove.c - copy n bytes between arrays that may overlap.
 *
 * Arrays apart go to memcpy().  Overlapping ones are copied a byte at a
 * time, forwards when the destination lies below the source and backwards
 * otherwise, so that no byte is overwritten before it is read.
 */
#include <stdint.h>
#include <string.h>
#include "../include/libc_sys.h"

__libc_no_loop_calls
void *memmove(void *dst, const void *src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;
	uintptr_t da = (uintptr_t) d, sa = (uintptr_t) s;

	if (da + n <= sa || sa + n <= da)
		return memcpy(dst, src, n);
	if (da < sa) {
		while (n-- > 0)
			*d++ = *s++;
	} else if (da > sa) {
		d += n;
		s += n;
		while (n-- > 0)
			*--d = *--s;
	}
	return dst;
}

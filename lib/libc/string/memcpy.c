/*
 * memcpy.c - copy n bytes between arrays that do not overlap, in C: the
 * host tests' copy (programs get arch/i386/memcpy.S).
 */
#include <stdint.h>
#include <string.h>
#include "../include/libc_sys.h"

__libc_no_loop_calls
void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
	unsigned char *d = dst;
	const unsigned char *s = src;

	if ((((uintptr_t) d ^ (uintptr_t) s) & (sizeof(size_t) - 1)) == 0) {
		while (n > 0 && ((uintptr_t) d & (sizeof(size_t) - 1)) != 0) {
			*d++ = *s++;
			n--;
		}
		for (; n >= sizeof(size_t); n -= sizeof(size_t)) {
			*(size_t *) (void *) d = *(const size_t *) (const void *) s;
			d += sizeof(size_t);
			s += sizeof(size_t);
		}
	}
	while (n-- > 0)
		*d++ = *s++;
	return dst;
}

/*
 * memset.c - fill n bytes with one value, in C: the host tests' copy
 * (programs get arch/i386/memset.S).
 */
#include <stdint.h>
#include <string.h>
#include "../include/libc_sys.h"

__libc_no_loop_calls
void *memset(void *dst, int c, size_t n)
{
	unsigned char *d = dst;
	size_t word = (unsigned char) c;

	word *= (size_t) -1 / 0xff;	/* the byte in every byte of a word */
	while (n > 0 && ((uintptr_t) d & (sizeof(size_t) - 1)) != 0) {
		*d++ = (unsigned char) c;
		n--;
	}
	for (; n >= sizeof(size_t); n -= sizeof(size_t)) {
		*(size_t *) (void *) d = word;
		d += sizeof(size_t);
	}
	while (n-- > 0)
		*d++ = (unsigned char) c;
	return dst;
}

/*
 * bzero.c - fill n bytes with zeroes (memset is arch/i386/memset.S).
 */
#include <string.h>
#include <strings.h>

void bzero(void *dst, size_t n)
{
	memset(dst, 0, n);
}

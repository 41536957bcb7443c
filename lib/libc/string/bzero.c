/*
 * bzero.c - fill n bytes with zeroes.
 */
#include <string.h>
#include <strings.h>

void bzero(void *dst, size_t n)
{
	memset(dst, 0, n);
}

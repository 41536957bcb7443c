/*
 * strlcpy.c - the BSD bounded copies: strlcpy() and strlcat() write at
 * most size bytes including the NUL and answer the length they tried to
 * make, so that a result >= size means the string was cut.
 */
#include <string.h>

size_t strlcpy(char *restrict dst, const char *restrict src, size_t size)
{
	size_t len = strlen(src);

	if (size > 0) {
		size_t n = len < size - 1 ? len : size - 1;

		memcpy(dst, src, n);
		dst[n] = '\0';
	}
	return len;
}

size_t strlcat(char *restrict dst, const char *restrict src, size_t size)
{
	size_t used = strnlen(dst, size);

	/* No NUL within size bytes: nothing can be appended. */
	if (used == size)
		return size + strlen(src);
	return used + strlcpy(dst + used, src, size - used);
}

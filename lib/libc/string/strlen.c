/*
 * strlen.c - the length of a string: strlen(), and strnlen() which looks
 * at no more than a given number of bytes.
 */
#include <string.h>

size_t strlen(const char *s)
{
	const char *p = s;

	while (*p != '\0')
		p++;
	return (size_t) (p - s);
}

size_t strnlen(const char *s, size_t max)
{
	size_t n = 0;

	while (n < max && s[n] != '\0')
		n++;
	return n;
}

/*
 * strstr.c - find a substring.  A plain scan: the strings libc sees are
 * short, and this is quadratic only on contrived input.
 */
#include <string.h>

char *strstr(const char *haystack, const char *needle)
{
	size_t n = strlen(needle);

	if (n == 0)
		return (char *) haystack;
	for (; (haystack = strchr(haystack, *needle)) != NULL; haystack++) {
		if (strncmp(haystack, needle, n) == 0)
			return (char *) haystack;
	}
	return NULL;
}

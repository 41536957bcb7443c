/*
 * strcasecmp.c - compare strings ignoring ASCII case: strcasecmp() and
 * strncasecmp().
 */
#include <ctype.h>
#include <strings.h>

int strcasecmp(const char *a, const char *b)
{
	return strncasecmp(a, b, (size_t) -1);
}

int strncasecmp(const char *a, const char *b, size_t n)
{
	const unsigned char *p = (const unsigned char *) a;
	const unsigned char *q = (const unsigned char *) b;

	for (; n > 0; n--, p++, q++) {
		int d = tolower(*p) - tolower(*q);

		if (d != 0 || *p == '\0')
			return d;
	}
	return 0;
}

/*
 * strtoul.c - unsigned integers from strings: strtoul(), strtoull() and
 * strtoumax().  As C says, a minus sign negates the value in the unsigned
 * type; too large a magnitude answers the maximum with errno ERANGE.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

static unsigned long long parse_unsigned(const char *s, char **end, int base,
    unsigned long long max)
{
	int neg, over;
	unsigned long long v = __strto_parse(s, end, base, &neg, &over);

	if (over || v > max) {
		errno = ERANGE;
		return max;
	}
	return neg ? (0 - v) & max : v;
}

unsigned long strtoul(const char *restrict s, char **restrict end, int base)
{
	return (unsigned long) parse_unsigned(s, end, base, ULONG_MAX);
}

unsigned long long strtoull(const char *restrict s, char **restrict end,
    int base)
{
	return parse_unsigned(s, end, base, ULLONG_MAX);
}

uintmax_t strtoumax(const char *restrict s, char **restrict end, int base)
{
	return (uintmax_t) parse_unsigned(s, end, base, UINTMAX_MAX);
}

/*
 * strtol.c - signed integers from strings: strtol(), strtoll() and
 * strtoimax().  Out of range answers the nearest limit with errno ERANGE.
 */
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdlib.h>
#include "strto_impl.h"

/* Parses and clamps to [-max - 1, max]. */
static long long parse_signed(const char *s, char **end, int base,
    unsigned long long max)
{
	int neg, over;
	unsigned long long v = __strto_parse(s, end, base, &neg, &over);

	if (!neg && (over || v > max)) {
		errno = ERANGE;
		return (long long) max;
	}
	if (neg && (over || v > max + 1)) {
		errno = ERANGE;
		return -(long long) max - 1;
	}
	return neg ? (long long) (0 - v) : (long long) v;
}

long strtol(const char *restrict s, char **restrict end, int base)
{
	return (long) parse_signed(s, end, base, LONG_MAX);
}

long long strtoll(const char *restrict s, char **restrict end, int base)
{
	return parse_signed(s, end, base, LLONG_MAX);
}

intmax_t strtoimax(const char *restrict s, char **restrict end, int base)
{
	return (intmax_t) parse_signed(s, end, base, INTMAX_MAX);
}

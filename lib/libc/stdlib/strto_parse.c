/*
 * strto_parse.c - the integer parser shared by strtol(), strtoul(),
 * strtoll(), strtoull(), strtoimax() and strtoumax().  Each of those
 * narrows the magnitude this answers to its own type.
 */
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include "strto_impl.h"

/* The value of a digit in any base up to 36, or 36 for a non-digit. */
static int digit_value(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'z')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'Z')
		return c - 'A' + 10;
	return 36;
}

/* Skips a 0x prefix where base allows one; decides base 0. */
static const char *prefix(const char *p, int *base)
{
	int hex = p[0] == '0' && (p[1] == 'x' || p[1] == 'X') &&
	    digit_value((unsigned char) p[2]) < 16;

	if ((*base == 0 || *base == 16) && hex) {
		*base = 16;
		return p + 2;
	}
	if (*base == 0)
		*base = p[0] == '0' ? 8 : 10;
	return p;
}

unsigned long long __strto_parse(const char *s, char **end, int base,
    int *neg, int *over)
{
	const char *p = s, *digits;
	unsigned long long v = 0;
	int d;

	*neg = *over = 0;
	if (base < 0 || base == 1 || base > 36) {
		errno = EINVAL;
		if (end != NULL)
			*end = (char *) s;
		return 0;
	}
	while (isspace((unsigned char) *p))
		p++;
	if (*p == '+' || *p == '-')
		*neg = *p++ == '-';
	p = digits = prefix(p, &base);
	for (; (d = digit_value((unsigned char) *p)) < base; p++) {
		if (v > (ULLONG_MAX - (unsigned) d) / (unsigned) base)
			*over = 1;
		v = v * (unsigned) base + (unsigned) d;
	}
	if (end != NULL)
		*end = (char *) (p == digits ? s : p);
	return *over ? ULLONG_MAX : v;
}

/*
 * strtod.c - floating point from strings: strtod(), strtof(), strtold()
 * and atof().
 *
 * Accepts what C11 7.22.1.3 describes: decimal with an optional exponent,
 * hexadecimal (0x1.8p3), and "inf", "infinity", "nan", "nan(...)".
 * Up to 19 significant decimal digits are kept exactly in 64 bits and then
 * scaled by a power of ten in long double, whose 64-bit mantissa leaves
 * about 8 bits of margin over a double's 53: the result is the correctly
 * rounded double except within a hair of a halfway case.
 */
#include <ctype.h>
#include <errno.h>
#include <float.h>
#include <stdint.h>
#include <stdlib.h>
#include <strings.h>

#define MAX_DIGITS	19		/* decimal digits that fit in 64 bits */
#define EXP_LIMIT	100000		/* exponents beyond this saturate */

static long double pow10_ld(int n)
{
	long double result = 1.0L, base = 10.0L;

	for (; n > 0; n >>= 1, base *= base) {
		if (n & 1)
			result *= base;
	}
	return result;
}

/* m * 2^e, one exact power of two at a time. */
static long double scale2(long double m, int e)
{
	for (; e > 60; e -= 60)
		m *= (long double) (1ULL << 60);
	for (; e < -60; e += 60)
		m /= (long double) (1ULL << 60);
	return e >= 0 ? m * (long double) (1ULL << e)
	    : m / (long double) (1ULL << -e);
}

/* Reads an exponent's [+-]digits at p; leaves p alone if there are none. */
static int read_exponent(const char **pp)
{
	const char *p = *pp;
	int neg = 0, e = 0;

	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	if (!isdigit((unsigned char) *p))
		return 0;
	for (; isdigit((unsigned char) *p); p++) {
		if (e < EXP_LIMIT)
			e = e * 10 + (*p - '0');
	}
	*pp = p;
	return neg ? -e : e;
}

/* inf, infinity, nan and nan(chars); NULL if p starts none of them. */
static const char *parse_special(const char *p, long double *x)
{
	if (strncasecmp(p, "inf", 3) == 0) {
		*x = __builtin_infl();
		return strncasecmp(p, "infinity", 8) == 0 ? p + 8 : p + 3;
	}
	if (strncasecmp(p, "nan", 3) == 0) {
		const char *q = p + 3;

		*x = __builtin_nanl("");
		if (*q == '(') {
			while (isalnum((unsigned char) *++q) || *q == '_')
				;
			if (*q == ')')
				return q + 1;
		}
		return p + 3;
	}
	return NULL;
}

/* Hex digits after "0x"; NULL if there are none. */
static const char *parse_hex(const char *p, long double *x)
{
	uint64_t m = 0;
	int e = 0, any = 0, point = 0, sticky = 0;

	for (;; p++) {
		int d;

		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isxdigit((unsigned char) *p))
			break;
		d = isdigit((unsigned char) *p) ? *p - '0'
		    : (tolower((unsigned char) *p) - 'a' + 10);
		any = 1;
		if (m >> 60 == 0) {
			m = m * 16 + (uint64_t) d;
			e -= point ? 4 : 0;
		} else {
			sticky |= d != 0;	/* keeps the rounding honest */
			e += point ? 0 : 4;
		}
	}
	if (!any)
		return NULL;
	if (*p == 'p' || *p == 'P') {
		const char *q = p + 1;

		e += read_exponent(&q);
		if (q != p + 1)
			p = q;
	}
	*x = scale2((long double) (m | (uint64_t) sticky), e);
	return p;
}

/* Decimal digits with an optional point and exponent; NULL for none. */
static const char *parse_decimal(const char *p, long double *x)
{
	uint64_t m = 0;
	int e = 0, any = 0, point = 0, kept = 0;

	for (;; p++) {
		if (*p == '.' && !point) {
			point = 1;
			continue;
		}
		if (!isdigit((unsigned char) *p))
			break;
		any = 1;
		if (m == 0 && *p == '0') {
			e -= point;		/* leading zeros are not significant */
		} else if (kept < MAX_DIGITS) {
			m = m * 10 + (uint64_t) (*p - '0');
			kept++;
			e -= point;
		} else {
			e += !point;		/* a digit dropped before the point */
		}
	}
	if (!any)
		return NULL;
	if (*p == 'e' || *p == 'E') {
		const char *q = p + 1;

		e += read_exponent(&q);		/* 0, q unmoved, if no digits */
		if (q != p + 1)
			p = q;
	}
	if (m == 0)
		*x = 0.0L;
	else if (e >= 0)
		*x = (long double) m * pow10_ld(e > 5000 ? 5000 : e);
	else
		*x = (long double) m / pow10_ld(-e > 5000 ? 5000 : -e);
	return p;
}

/* The value at s as a long double; *end gets where it stopped. */
static long double parse(const char *s, char **end)
{
	const char *p = s, *q;
	long double x = 0.0L;
	int neg = 0;

	while (isspace((unsigned char) *p))
		p++;
	if (*p == '+' || *p == '-')
		neg = *p++ == '-';
	q = parse_special(p, &x);
	if (q == NULL && p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
		q = parse_hex(p + 2, &x);
	if (q == NULL)
		q = parse_decimal(p, &x);
	if (q == NULL) {
		x = 0.0L;
		q = s;		/* no number at all */
	}
	if (end != NULL)
		*end = (char *) q;
	return neg ? -x : x;
}

/* ERANGE when rounding to the type overflowed or lost a tiny value. */
static void check_range(long double x, long double rounded, long double min)
{
	int was_finite = !__builtin_isinf(x) && !__builtin_isnan(x);

	if (was_finite && __builtin_isinf(rounded))
		errno = ERANGE;
	else if (x != 0.0L && __builtin_fabsl(rounded) < min)
		errno = ERANGE;
}

double strtod(const char *restrict s, char **restrict end)
{
	long double x = parse(s, end);
	double d = (double) x;

	check_range(x, d, DBL_MIN);
	return d;
}

float strtof(const char *restrict s, char **restrict end)
{
	long double x = parse(s, end);
	float f = (float) x;

	check_range(x, f, FLT_MIN);
	return f;
}

long double strtold(const char *restrict s, char **restrict end)
{
	long double x = parse(s, end);

	check_range(x, x, LDBL_MIN);
	return x;
}

double atof(const char *s)
{
	return strtod(s, NULL);
}

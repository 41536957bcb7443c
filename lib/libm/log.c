/*
 * log.c - the logarithms: log, log2, log10, log1p, and the long double
 * kernel pow builds on.
 *
 * x = 2^e * m with m in [sqrt(1/2), sqrt(2)), and
 *	log(m) = log(1 + f) = 2 atanh(s),	s = f / (2 + f),
 *	       = 2s + 2s^3/3 + 2s^5/5 + ...,	|s| <= 0.172.
 * The leading 2s is kept as two long doubles (s and the rounding error
 * of the division, recovered exactly), so that log(x) = e ln 2 + log(m)
 * comes out to about 75 bits: pow needs that many.
 */
#include "math_impl.h"

#define SERIES	16		/* terms: s^32 is below 2^-80 of s */

/* log(1 + f) for |f| <= 0.42, as hi + lo. */
static struct ldd log1p_small(long double f)
{
	struct ldd d = two_sum(2, f), p;
	long double s, slo, s2, t;
	struct ldd r;

	s = f / d.hi;
	/* f - s * (2 + f), exactly enough: the division's error. */
	p = two_prod(s, d.hi);
	slo = (((f - p.hi) - p.lo) - s * d.lo) / d.hi;
	s2 = s * s;
	t = 1.0L / (2 * SERIES + 1);
	for (int k = SERIES - 1; k >= 1; k--)
		t = 1.0L / (2 * k + 1) + s2 * t;
	r.hi = 2 * s;
	r.lo = 2 * slo + 2 * s * s2 * t;
	return r;
}

/* x = 2^e * m, m in [sqrt(1/2), sqrt(2)), for finite positive x. */
static long double split_exponent(long double x, int *e)
{
	union {
		long double ld;
		struct { uint64_t m; uint16_t se; } p;
	} v = { .ld = x };

	*e = (v.p.se & 0x7fff) - 16383;
	v.p.se = 16383;				/* v in [1, 2) */
	if (v.ld > 1.41421356237309504880L) {
		v.ld /= 2;
		++*e;
	}
	return v.ld;
}

/* log(x) = e ln 2 + log(m), as hi + lo, for finite positive x. */
struct ldd __log_kernel(long double x)
{
	struct ldd lm, r;
	long double lo;
	int e;

	lm = log1p_small(split_exponent(x, &e) - 1);
	r = two_sum(e * LN2_HI, lm.hi);		/* e * LN2_HI is exact */
	lo = r.lo + (e * LN2_LO + lm.lo);
	r = two_sum(r.hi, lo);
	return r;
}

/* NaN for x < 0, -inf for 0, x itself for +inf and NaN; 0 when x is
 * a number to take the logarithm of. */
static int special(double x, double *r)
{
	if (isnan(x) || x == HUGE_VAL)
		*r = x + x;
	else if (x == 0)
		*r = __raise_divbyzero(1);
	else if (x < 0)
		*r = __raise_invalid();
	else
		return 0;
	return 1;
}

double log(double x)
{
	struct ldd l;
	double r;

	if (special(x, &r))
		return r;
	l = __log_kernel(x);
	return (double) (l.hi + l.lo);
}

double log2(double x)
{
	struct ldd lm;
	double r;
	int e;

	if (special(x, &r))
		return r;
	lm = log1p_small(split_exponent(x, &e) - 1);
	return (double) (e + (lm.hi + lm.lo) * INV_LN2);
}

double log10(double x)
{
	struct ldd lm;
	double r;
	int e;

	if (special(x, &r))
		return r;
	lm = log1p_small(split_exponent(x, &e) - 1);
	return (double) (e * LOG10_2_HI + (e * LOG10_2_LO
	    + (lm.hi + lm.lo) * INV_LN10));
}

double log1p(double x)
{
	struct ldd l;

	if (isnan(x) || x == HUGE_VAL || x == 0)
		return x + x;		/* +-0 keeps its sign */
	if (x == -1)
		return __raise_divbyzero(1);
	if (x < -1)
		return __raise_invalid();
	if (x > -0.29 && x < 0.41)
		l = log1p_small(x);
	else
		l = __log_kernel(1.0L + x);	/* 1 + x exact, or nearly */
	return (double) (l.hi + l.lo);
}

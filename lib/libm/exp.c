/*
 * exp.c - the exponential functions: exp, exp2, expm1, and the long
 * double kernels that pow, sinh, cosh and tanh use too.
 *
 * exp(x) = 2^k * exp(r) with k the integer nearest x/ln 2 and
 * r = x - k ln 2, |r| <= ln 2 / 2 (up to ln 2 in a directed rounding
 * mode): ln 2 comes in two parts, the first short enough that k times
 * it is exact, so r is exact but for the second part's last bit.
 * exp(r) is then its Taylor series, summed to 22 terms, whose tail is
 * far below a long double's last bit.
 */
#include "math_impl.h"

#define TERMS	22

/* exp(r) for |r| <= ln 2: 1 + r(1 + r/2(1 + r/3(...))). */
static long double taylor_exp(long double r)
{
	long double t = 1;

	for (int n = TERMS; n >= 1; n--)
		t = 1 + r * t / n;
	return t;
}

/* expm1(r) for small |r|, without the cancellation of exp(r) - 1. */
static long double taylor_expm1(long double r)
{
	long double t = 1;

	for (int n = TERMS; n >= 2; n--)
		t = 1 + r * t / n;
	return r * t;
}

/* The integer nearest x, halves away from zero, in any rounding mode
 * (a conversion truncates). */
static long double nearest(long double x)
{
	return (long double) (long long) (x + (x < 0 ? -0.5L : 0.5L));
}

/* exp(hi + lo), lo a correction far below hi's last bit.  |hi| beyond
 * 12000 is past the long double's range: inf or 0, with the flags. */
long double __expl_kernel(long double hi, long double lo)
{
	long double k, r;

	if (hi > 12000)
		return pow2l(16000) * pow2l(16000);	/* overflows */
	if (hi < -12000)
		return pow2l(-16000) * pow2l(-16000);	/* underflows */
	k = nearest(hi * INV_LN2);
	r = (hi - k * LN2_HI) - k * LN2_LO + lo;
	return __scalbnl(taylor_exp(r), (int) k);
}

long double __expm1l_kernel(long double x)
{
	if (x > -0.35L && x < 0.35L)
		return taylor_expm1(x);
	return __expl_kernel(x, 0) - 1;
}

double exp(double x)
{
	if (isnan(x))
		return x + x;
	return (double) __expl_kernel(x, 0);	/* inf and -inf: inf, 0 */
}

double expm1(double x)
{
	if (isnan(x))
		return x + x;
	if (x < -100)
		return -1.0 + 0x1p-100;		/* -1, inexact */
	return (double) __expm1l_kernel(x);
}

/* 2^x = 2^k * exp(f ln 2), with k = the integer nearest x and f = x - k
 * exact: integral x give exact powers of two. */
double exp2(double x)
{
	long double k, f;

	if (isnan(x))
		return x + x;
	if (x > 20000)
		x = 20000;
	else if (x < -20000)
		x = -20000;
	k = nearest(x);
	f = x - k;
	return (double) __scalbnl(__expl_kernel(f * LN2, 0), (int) k);
}

/*
 * manip.c - taking doubles apart and putting them together: frexp,
 * ldexp, scalbn, scalbln, ilogb, logb, modf, copysign, fabs, nextafter,
 * fmin, fmax and fdim, all exact (by bits, or in the long double's wider
 * range with one rounding at the end).
 */
#include <limits.h>
#include "math_impl.h"

/* Exponents beyond these take any double out of range either way. */
#define SCALE_MAX	2200

long double __scalbnl(long double x, int n)
{
	/* Two steps keep each power of two inside the long double. */
	if (n > 16000) {
		x *= pow2l(16000);
		n -= 16000;
		if (n > 16000)
			n = 16000;
	} else if (n < -16000) {
		x *= pow2l(-16000);
		n += 16000;
		if (n < -16000)
			n = -16000;
	}
	return x * pow2l(n);
}

double scalbn(double x, int n)
{
	if (n > SCALE_MAX)
		n = SCALE_MAX;
	else if (n < -SCALE_MAX)
		n = -SCALE_MAX;
	/* x * 2^n is exact as a long double: one rounding, to double. */
	return (double) ((long double) x * pow2l(n));
}

double ldexp(double x, int n)
{
	return scalbn(x, n);
}

double scalbln(double x, long n)
{
	return scalbn(x, n > SCALE_MAX ? SCALE_MAX : n < -SCALE_MAX
	    ? -SCALE_MAX : (int) n);
}

/* The exponent of a finite nonzero x, as if x were normalised. */
static int exponent_of(uint64_t u)
{
	int e = DEXP(u);

	if (e != 0)
		return e - 1023;
	for (u &= DFRAC, e = -1022; !(u & (1ull << 52)); u <<= 1)
		e--;
	return e;
}

double frexp(double x, int *exp)
{
	uint64_t u = dbits(x);
	int e;

	if (x == 0 || DEXP(u) == 0x7ff) {
		*exp = 0;
		return x;		/* zeros, infinities and NaNs */
	}
	e = exponent_of(u) + 1;
	*exp = e;
	return scalbn(x, -e);		/* exact: into [0.5, 1) */
}

int ilogb(double x)
{
	uint64_t u = dbits(x);

	if (x == 0 || isnan(x)) {
		__raise_invalid();
		return x == 0 ? FP_ILOGB0 : FP_ILOGBNAN;
	}
	if (DEXP(u) == 0x7ff) {
		__raise_invalid();
		return INT_MAX;
	}
	return exponent_of(u);
}

double logb(double x)
{
	uint64_t u = dbits(x);

	if (x == 0)
		return __raise_divbyzero(1);
	if (DEXP(u) == 0x7ff)
		return x * x;		/* +inf for both infinities; NaN */
	return exponent_of(u);
}

double modf(double x, double *iptr)
{
	double i = trunc(x);

	*iptr = i;
	if (isinf(x))
		return copysign(0.0, x);
	return copysign(x - i, x);	/* exact: the bits below the point */
}

double copysign(double x, double y)
{
	return dfrom((dbits(x) & ~DSIGN) | (dbits(y) & DSIGN));
}

double fabs(double x)
{
	return dfrom(dbits(x) & ~DSIGN);
}

long double fabsl(long double x)
{
	return x < 0 || (x == 0 && signbit(x)) ? -x : x;
}

/* The next double after x in the direction of y. */
double nextafter(double x, double y)
{
	uint64_t u = dbits(x);

	if (isnan(x) || isnan(y))
		return x + y;
	if (x == y)
		return y;
	if (x == 0)
		u = (dbits(y) & DSIGN) | 1;	/* the least subnormal */
	else if ((x < y) == !(u & DSIGN))
		u++;				/* away from zero */
	else
		u--;
	return dfrom(u);
}

/* A NaN loses to a number. */
double fmin(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? x : y;	/* -0 is the smaller zero */
	return x < y ? x : y;
}

double fmax(double x, double y)
{
	if (isnan(x))
		return y;
	if (isnan(y))
		return x;
	if (x == y)
		return signbit(x) ? y : x;
	return x > y ? x : y;
}

double fdim(double x, double y)
{
	if (isnan(x) || isnan(y))
		return x + y;
	return x > y ? x - y : 0.0;
}

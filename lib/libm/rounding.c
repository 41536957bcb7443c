/*
 * rounding.c - doubles to whole numbers: trunc, floor, ceil and round
 * by clearing fraction bits, rint and nearbyint with the x87's frndint
 * (which rounds as the current rounding mode says), and their integer
 * forms lround, llround, lrint, llrint.
 */
#include <fenv.h>
#include <limits.h>
#include "math_impl.h"

double trunc(double x)
{
	uint64_t u = dbits(x);
	int e = DEXP(u) - 1023;

	if (e >= 52)
		return x;		/* whole already, or inf, or NaN */
	if (e < 0)
		return dfrom(u & DSIGN);	/* +-0 */
	return dfrom(u & ~(DFRAC >> e));
}

double floor(double x)
{
	double t = trunc(x);

	return t != x && x < 0 ? t - 1.0 : t;
}

double ceil(double x)
{
	double t = trunc(x);

	return t != x && x > 0 ? t + 1.0 : t;
}

/* Halfway cases away from zero. */
double round(double x)
{
	double t = trunc(x);

	if (fabs(x - t) >= 0.5)		/* x - t is exact */
		t += copysign(1.0, x);
	return t;
}

double rint(double x)
{
	long double r = x;

	__asm__("frndint" : "+t"(r));
	return copysign((double) r, x);	/* -0.3 rounds to -0 */
}

/* rint without FE_INEXACT.  (Not by saving and restoring the whole
 * environment around it: that holds the register stack's tags too, and
 * rint's result is on the stack in between.) */
double nearbyint(double x)
{
	int had = fetestexcept(FE_INEXACT);
	double r = rint(x);

	if (!had)
		feclearexcept(FE_INEXACT);
	return r;
}

/* A whole double to a long long; FE_INVALID and LLONG_MIN when it
 * does not fit (also for NaN), as C99's Annex F asks. */
static long long to_ll(double w)
{
	if (!(w >= -0x1p63 && w < 0x1p63)) {
		__raise_invalid();
		return LLONG_MIN;
	}
	return (long long) w;
}

static long to_l(double w)
{
	if (!(w >= (double) LONG_MIN && w < -(double) LONG_MIN)) {
		__raise_invalid();
		return LONG_MIN;
	}
	return (long) w;
}

long lround(double x) { return to_l(round(x)); }
long long llround(double x) { return to_ll(round(x)); }
long lrint(double x) { return to_l(rint(x)); }
long long llrint(double x) { return to_ll(rint(x)); }

/*
 * trig.c - sin, cos and tan: the argument reduced to |r| <= pi/4
 * (trig_reduce.c), then the Taylor series of sin and cos in long
 * double, which at pi/4 run out after a dozen terms.
 */
#include "math_impl.h"

#define TERMS	13

/* sin(r) = r(1 - r^2/(2*3)(1 - r^2/(4*5)(1 - ...))). */
long double __sinl_kernel(long double r)
{
	long double r2 = r * r, t = 1;

	for (int k = TERMS; k >= 1; k--)
		t = 1 - r2 * t / ((2 * k) * (2 * k + 1));
	return r * t;
}

/* cos(r) = 1 - r^2/(1*2)(1 - r^2/(3*4)(1 - ...)). */
long double __cosl_kernel(long double r)
{
	long double r2 = r * r, t = 1;

	for (int k = TERMS; k >= 1; k--)
		t = 1 - r2 * t / ((2 * k - 1) * (2 * k));
	return t;
}

double sin(double x)
{
	long double r;
	int n;

	if (!isfinite(x))
		return x - x;		/* NaN; FE_INVALID for inf */
	n = __rem_pio2(x, &r);
	switch (n & 3) {
	case 0: return (double) __sinl_kernel(r);
	case 1: return (double) __cosl_kernel(r);
	case 2: return (double) -__sinl_kernel(r);
	default: return (double) -__cosl_kernel(r);
	}
}

double cos(double x)
{
	long double r;
	int n;

	if (!isfinite(x))
		return x - x;
	n = __rem_pio2(x, &r);
	switch (n & 3) {
	case 0: return (double) __cosl_kernel(r);
	case 1: return (double) -__sinl_kernel(r);
	case 2: return (double) -__cosl_kernel(r);
	default: return (double) __sinl_kernel(r);
	}
}

double tan(double x)
{
	long double r, s, c;
	int n;

	if (!isfinite(x))
		return x - x;
	n = __rem_pio2(x, &r);
	s = __sinl_kernel(r);
	c = __cosl_kernel(r);
	return (double) ((n & 1) ? -c / s : s / c);
}

/*
 * sqrt.c - roots: sqrt and sqrtl with the x87's fsqrt, which is
 * correctly rounded to the precision control's setting (for sqrt,
 * 53 bits: rounding first to 64 and then to 53 bits could be wrong by a
 * hair); cbrt by Newton's method in long double; hypot in long double,
 * whose range keeps x*x + y*y from overflowing.
 */
#include "math_impl.h"

double sqrt(double x)
{
	unsigned short cw = x87_getcw();
	long double r = x;

	x87_setcw((cw & ~X87_PC_MASK) | X87_PC_53);
	__asm__ volatile("fsqrt" : "+t"(r));
	x87_setcw(cw);
	return (double) r;		/* has 53 bits: no second rounding */
}

long double sqrtl(long double x)
{
	__asm__("fsqrt" : "+t"(x));
	return x;
}

/* A first guess at cbrt(a) for a in [1, 8): good to a few percent. */
static long double cbrt_guess(long double a)
{
	return 0.7585L + a * (0.2538L - a * 0.01233L);
}

double cbrt(double x)
{
	long double a, y;
	int e, i;

	if (x == 0 || !isfinite(x))
		return x + x;		/* +-0, +-inf, NaN */
	/* |x| = a * 2^(3e), a in [1, 8): cbrt(|x|) = cbrt(a) * 2^e. */
	frexp(x, &e);
	e = (e - 1 + 3000) / 3 - 1000;
	a = __scalbnl(fabsl(x), -3 * e);
	y = cbrt_guess(a);
	for (i = 0; i < 7; i++)		/* each step doubles the digits */
		y -= (y * y * y - a) / (3 * y * y);
	return (double) __scalbnl(signbit(x) ? -y : y, e);
}

double hypot(double x, double y)
{
	long double a = x, b = y;

	if (isinf(x) || isinf(y))
		return HUGE_VAL;	/* even with a NaN */
	if (isnan(x) || isnan(y))
		return x + y;
	return (double) sqrtl(a * a + b * b);
}

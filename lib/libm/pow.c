/*
 * pow.c - x to the power y.
 *
 * pow(x, y) = exp(y log|x|) with the sign an odd integral y gives a
 * negative x.  y log|x| can reach about 745 in magnitude before the
 * result leaves the doubles, so it is needed to about 75 bits for the
 * result to be right to 64: log|x| comes from the kernel as two long
 * doubles and the product with y is formed exactly (two_prod) before
 * it goes to exp's kernel, which takes the correction too.  The special
 * cases are those of C99's Annex F.
 */
#include "math_impl.h"

/* 0: y is not an integer; 1: an even one; 2: an odd one. */
static int integer_kind(double y)
{
	if (trunc(y) != y)
		return 0;
	if (fabs(y) >= 0x1p53)
		return 1;		/* so large it is even */
	return ((long long) y & 1) ? 2 : 1;
}

/* The results that need no logarithm: zeros, infinities, NaNs, x = 1,
 * y = 0, and a negative x with a fractional y.  Returns 1 with *r set
 * for those. */
static int special(double x, double y, int kind, double *r)
{
	double ax = fabs(x);

	if (y == 0 || x == 1)
		*r = 1;
	else if (isnan(x) || isnan(y))
		*r = x + y;
	else if (isinf(y))
		*r = ax == 1 ? 1 : (ax < 1) == (y < 0) ? HUGE_VAL : 0;
	else if (x == 0)
		*r = y < 0 ? __raise_divbyzero(kind == 2 && signbit(x))
		    : kind == 2 ? x : 0;
	else if (isinf(x))
		*r = y < 0 ? (kind == 2 ? copysign(0.0, x) : 0)
		    : (kind == 2 ? x : HUGE_VAL);
	else if (x < 0 && kind == 0)
		*r = __raise_invalid();
	else
		return 0;
	return 1;
}

double pow(double x, double y)
{
	int kind = integer_kind(y);
	struct ldd l, t;
	long double e;
	double r;

	if (special(x, y, kind, &r))
		return r;
	l = __log_kernel(fabs(x));
	t = two_prod(y, l.hi);
	t.lo += y * l.lo;
	t = two_sum(t.hi, t.lo);
	e = __expl_kernel(t.hi, t.lo);
	return (double) (x < 0 && kind == 2 ? -e : e);
}

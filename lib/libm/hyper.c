/*
 * hyper.c - the hyperbolic functions, from exp's kernels in long
 * double, whose range keeps e^x finite as far as the doubles need:
 *	sinh x = (E + E / (E + 1)) / 2	with E = expm1(|x|),
 *	cosh x = (e + 1/e) / 2		with e = exp(|x|),
 *	tanh x = E / (E + 2)		with E = expm1(2|x|),
 * the expm1 forms keeping small arguments free of cancellation.
 */
#include "math_impl.h"

double sinh(double x)
{
	long double e;

	if (!isfinite(x))
		return x + x;
	if (fabs(x) > 1000)		/* overflows as the rounding mode says */
		return (double) (signbit(x) ? -pow2l(16000) : pow2l(16000));
	e = __expm1l_kernel(fabs(x));
	e = (e + e / (e + 1)) / 2;
	return (double) (signbit(x) ? -e : e);
}

double cosh(double x)
{
	long double e;

	if (isnan(x))
		return x + x;
	e = __expl_kernel(fabs(x), 0);
	return (double) ((e + 1 / e) / 2);
}

double tanh(double x)
{
	long double e;

	if (isnan(x))
		return x + x;
	if (fabs(x) > 40)		/* 1 - tanh is below 2^-110 */
		return copysign(1.0, x);
	e = __expm1l_kernel(2 * (long double) fabs(x));
	e = e / (e + 2);
	return (double) (signbit(x) ? -e : e);
}

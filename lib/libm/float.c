/*
 * float.c - the float functions, as their double ones: a float turns
 * into a double exactly, and the double result, within half a double's
 * ulp and a little of the true value, rounds to the float nearest it or
 * next to that, within 1 float ulp.
 */
#include <math.h>

#define F1(name)	float name##f(float x) \
	{ return (float) name((double) x); }
#define F2(name)	float name##f(float x, float y) \
	{ return (float) name((double) x, (double) y); }

F1(fabs) F1(floor) F1(ceil) F1(trunc) F1(round) F1(rint) F1(nearbyint)
F1(sqrt) F1(cbrt) F1(exp) F1(exp2) F1(expm1) F1(log) F1(log2) F1(log10)
F1(log1p) F1(sin) F1(cos) F1(tan) F1(asin) F1(acos) F1(atan) F1(sinh)
F1(cosh) F1(tanh)
F2(fmod) F2(remainder) F2(hypot) F2(pow) F2(atan2) F2(copysign) F2(fmin)
F2(fmax) F2(fdim)

long lroundf(float x)
{
	return lround(x);
}

float frexpf(float x, int *exp)
{
	return (float) frexp(x, exp);
}

float ldexpf(float x, int exp)
{
	return (float) ldexp(x, exp);
}

float scalbnf(float x, int n)
{
	return (float) scalbn(x, n);
}

float modff(float x, float *iptr)
{
	double i, f = modf(x, &i);

	*iptr = (float) i;
	return (float) f;
}

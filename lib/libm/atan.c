/*
 * atan.c - the inverse trigonometric functions: atan, atan2, asin and
 * acos, all from one long double kernel for atan on [0, 1].
 *
 * The kernel halves its argument's angle three times,
 *	atan(z) = 2 atan(z / (1 + sqrt(1 + z^2))),
 * which takes [0, 1] to [0, tan(pi/32)], where the alternating Taylor
 * series is done after ten terms.  Beyond 1, atan(z) = pi/2 - atan(1/z);
 * asin and acos go through atan with the other side of the triangle,
 * sqrt(1 - x^2), formed as (1 - x)(1 + x) to keep it exact near +-1.
 */
#include "math_impl.h"

#define HALVINGS	3
#define TERMS		11

long double __atanl_kernel(long double z)
{
	long double z2, t;

	for (int i = 0; i < HALVINGS; i++)
		z = z / (1 + sqrtl(1 + z * z));
	z2 = z * z;
	t = 1.0L / (2 * TERMS + 1);
	for (int k = TERMS - 1; k >= 0; k--)
		t = 1.0L / (2 * k + 1) - z2 * t;
	return z * t * (1 << HALVINGS);
}

/* atan(a / b) for a, b >= 0, not both 0 or both infinite. */
static long double atan_ratio(long double a, long double b)
{
	if (a <= b)
		return __atanl_kernel(a / b);
	return PIO2_HI - __atanl_kernel(b / a) + PIO2_LO;
}

double atan(double x)
{
	long double a;

	if (isnan(x))
		return x + x;
	a = atan_ratio(fabs(x), 1);
	return (double) (signbit(x) ? -a : a);
}

double atan2(double y, double x)
{
	long double a;

	if (isnan(x) || isnan(y))
		return x + y;
	if (isinf(x) && isinf(y))
		a = signbit(x) ? 3 * PIO4 : PIO4;
	else if (isinf(x) || y == 0)
		a = signbit(x) ? PI_HI + PI_LO : 0;
	else if (isinf(y) || x == 0)
		a = PIO2_HI;
	else {
		a = atan_ratio(fabs(y), fabs(x));
		if (signbit(x))
			a = PI_HI - a + PI_LO;
	}
	return (double) (signbit(y) ? -a : a);
}

double asin(double x)
{
	long double ax = fabs(x), a;

	if (isnan(x))
		return x + x;
	if (ax > 1)
		return __raise_invalid();
	a = atan_ratio(ax, sqrtl((1 - ax) * (1 + ax)));
	return (double) (signbit(x) ? -a : a);
}

/* acos(x) = 2 atan(sqrt((1 - x) / (1 + x))). */
double acos(double x)
{
	if (isnan(x))
		return x + x;
	if (fabs(x) > 1)
		return __raise_invalid();
	if (x == -1)
		return (double) (PI_HI + PI_LO);
	return (double) (2 * atan_ratio(sqrtl(1 - (long double) x),
	    sqrtl(1 + (long double) x)));
}

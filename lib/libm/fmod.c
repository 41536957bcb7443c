/*
 * fmod.c - remainders: fmod (the quotient truncated), remainder and
 * remquo (the quotient rounded to nearest, IEEE 754's remainder).  The
 * x87's fprem and fprem1 compute them exactly, a part at a time: each
 * runs until the status word's C2 says the reduction is complete.
 */
#include "math_impl.h"

#define FP_C2	0x0400		/* reduction incomplete */

/* x rem y with fprem (nearest: fprem1); *sw gets the last status. */
static long double x87_rem(long double x, long double y, int nearest,
	unsigned short *sw)
{
	do {
		if (nearest)
			__asm__("fprem1; fnstsw %%ax" : "+t"(x), "=a"(*sw)
			    : "u"(y));
		else
			__asm__("fprem; fnstsw %%ax" : "+t"(x), "=a"(*sw)
			    : "u"(y));
	} while (*sw & FP_C2);
	return x;
}

/* The cases with no remainder to compute: NaN for x infinite, y zero or
 * either NaN (FE_INVALID but for a NaN given), x itself for y infinite. */
static int special(double x, double y, double *r)
{
	if (isnan(x) || isnan(y)) {
		*r = x + y;
		return 1;
	}
	if (isinf(x) || y == 0) {
		*r = __raise_invalid();
		return 1;
	}
	if (isinf(y)) {
		*r = x;
		return 1;
	}
	return 0;
}

double fmod(double x, double y)
{
	unsigned short sw;
	double r;

	if (special(x, y, &r))
		return r;
	r = (double) x87_rem(x, y, 0, &sw);
	return copysign(r, x);		/* a zero remainder keeps x's sign */
}

double remainder(double x, double y)
{
	unsigned short sw;
	double r;

	if (special(x, y, &r))
		return r;
	r = (double) x87_rem(x, y, 1, &sw);
	return r == 0 ? copysign(0.0, x) : r;
}

/* remainder, and the low three bits of the quotient with its sign.
 * The bits come from arithmetic, not from fprem1's status word (which
 * not every x87 emulation fills in): with q the rounded quotient,
 * x mod 8|y| leaves a quotient n with n = q mod 8 (the two differ by a
 * multiple of 8, so even their ties go the same way), and n is found
 * exactly as (x' - remainder(x', |y|)) / |y|, all in long double. */
double remquo(double x, double y, int *quo)
{
	long double ay = fabsl(y), x8, n;
	unsigned short sw;
	double r;
	int q;

	*quo = 0;
	if (special(x, y, &r))
		return r;
	r = (double) x87_rem(x, y, 1, &sw);
	x8 = x87_rem(fabsl(x), 8 * ay, 0, &sw);
	n = (x8 - x87_rem(x8, ay, 1, &sw)) / ay;
	q = (int) n & 7;
	/* A quotient that is a nonzero multiple of 8 must still show
	 * its sign: 8 is as congruent to it as 0. */
	if (q == 0 && r != x)
		q = 8;
	*quo = signbit(x) != signbit(y) ? -q : q;
	return r == 0 ? copysign(0.0, x) : r;
}

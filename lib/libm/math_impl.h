/*
 * math_impl.h - what the files of libm share (private to lib/libm).
 *
 * The method: a double argument is taken into the x87's long double
 * (64 significant bits, 11 more than a double), the function is computed
 * there with an error of a few long double units, and the result is
 * rounded to double once, on return.  That lands within 1 ulp of the
 * true value (within 0.5 ulp and a little), whatever the x87's own
 * transcendental instructions would do: libm does not use them.  Where
 * 64 bits are not enough (pow, argument reduction) a value is carried
 * as an unevaluated sum of two long doubles, built with the exact
 * transformations below.  These need long double arithmetic rounded to
 * 64 bits, which is the x87's setting at exec (and on the host the unit
 * tests run on).
 */
#ifndef _LIBM_MATH_IMPL_H
#define _LIBM_MATH_IMPL_H

#include <stdint.h>
#include <math.h>
#include "consts.h"

/* The bits of a double. */
static inline uint64_t dbits(double x)
{
	union { double d; uint64_t u; } v = { .d = x };

	return v.u;
}

static inline double dfrom(uint64_t u)
{
	union { double d; uint64_t u; } v = { .u = u };

	return v.d;
}

#define DEXP(u)		((int) (((u) >> 52) & 0x7ff))	/* biased exponent */
#define DSIGN		0x8000000000000000ull
#define DFRAC		0x000fffffffffffffull

/* A long double as an unevaluated sum hi + lo, |lo| <= ulp(hi)/2. */
struct ldd {
	long double hi, lo;
};

/* a + b exactly, as a sum (Knuth's two-sum). */
static inline struct ldd two_sum(long double a, long double b)
{
	long double s = a + b, bb = s - a;
	struct ldd r = { s, (a - (s - bb)) + (b - bb) };

	return r;
}

/* Splits a into hi + lo of 32 significant bits each (Veltkamp). */
static inline void split(long double a, long double *hi, long double *lo)
{
	long double c = 4294967297.0L * a;	/* 2^32 + 1 */

	*hi = c - (c - a);
	*lo = a - *hi;
}

/* a * b exactly, as a sum (Dekker's product). */
static inline struct ldd two_prod(long double a, long double b)
{
	long double ah, al, bh, bl, p = a * b;
	struct ldd r;

	split(a, &ah, &al);
	split(b, &bh, &bl);
	r.hi = p;
	r.lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
	return r;
}

/* 2^n as a long double, for n within its exponent range. */
static inline long double pow2l(int n)
{
	union {
		long double ld;
		struct { uint64_t m; uint16_t se; } p;
	} v;

	v.p.m = 0x8000000000000000ull;
	v.p.se = (uint16_t) (n + 16383);
	return v.ld;
}

/* x * 2^n for any int n, exact unless the result leaves the long
 * double range (it is only ever rounded to double afterwards). */
long double __scalbnl(long double x, int n);

/* The kernels, on long doubles. */
long double __expl_kernel(long double hi, long double lo);
long double __expm1l_kernel(long double x);
struct ldd __log_kernel(long double x);
int __rem_pio2(double x, long double *r);
long double __sinl_kernel(long double r);
long double __cosl_kernel(long double r);
long double __atanl_kernel(long double z);

/* fma's rounding, shared with fmaf. */
double __fma_prec(double x, double y, double z, int prec, int emin);

/* The x87's control word, for the few things done with its own
 * instructions (square root, rounding to an integer, remainders). */
static inline unsigned short x87_getcw(void)
{
	unsigned short cw;

	__asm__ volatile("fnstcw %0" : "=m"(cw));
	return cw;
}

static inline void x87_setcw(unsigned short cw)
{
	__asm__ volatile("fldcw %0" : : "m"(cw));
}

#define X87_PC_MASK	0x300		/* precision control */
#define X87_PC_53	0x200		/* round significands to 53 bits */
#define X87_RC_MASK	0xc00		/* rounding control */

/* A raised exception, by an operation that raises it. */
double __raise_invalid(void);		/* NaN, FE_INVALID */
double __raise_divbyzero(int neg);	/* +-inf, FE_DIVBYZERO */

#endif

/*
 * fma.c - x * y + z with one rounding: fma, and fmaf.
 *
 * The product of two 53-bit significands has 106 bits, which no
 * floating type here holds, so the sum is done in integers: both terms
 * go, exactly, into a 256-bit fixed-point accumulator placed so that
 * the larger term's top bit is near the accumulator's; a term too small
 * to fit whole lies wholly below the result's last bit and only tells
 * which way to round (its sign).  The exact sum is then rounded as the
 * current rounding mode says, to the target precision (53 bits, or 24
 * for fmaf) and exponent range, raising the flags IEEE 754 asks for.
 */
#include <fenv.h>
#include <string.h>
#include "math_impl.h"

#define LIMBS	8			/* 256 bits */
#define TOP	250			/* where the larger term's top goes */

struct term {				/* |value| = m * 2^e */
	uint32_t m[4];			/* little-endian */
	int bits;			/* of m that may be set */
	int e;
	int neg;
};

/* A finite nonzero double's significand and exponent. */
static void decompose(double x, uint64_t *m, int *e)
{
	uint64_t u = dbits(x);
	int be = DEXP(u);

	*m = (u & DFRAC) | (be ? 1ull << 52 : 0);
	*e = (be ? be : 1) - 1075;
}

/* x * y, exactly. */
static struct term product(double x, double y)
{
	uint64_t a, b, p[4] = { 0 };
	uint32_t ah, al, bh, bl;
	struct term t;
	int ea, eb;

	decompose(x, &a, &ea);
	decompose(y, &b, &eb);
	ah = (uint32_t) (a >> 32), al = (uint32_t) a;
	bh = (uint32_t) (b >> 32), bl = (uint32_t) b;
	/* Schoolbook in 32-bit limbs, with the carries in 64 bits. */
	uint64_t ll = (uint64_t) al * bl, lh = (uint64_t) al * bh;
	uint64_t hl = (uint64_t) ah * bl, hh = (uint64_t) ah * bh;
	uint64_t mid = (ll >> 32) + (uint32_t) lh + (uint32_t) hl;
	p[0] = (uint32_t) ll;
	p[1] = (uint32_t) mid;
	mid = (mid >> 32) + (lh >> 32) + (hl >> 32) + (uint32_t) hh;
	p[2] = (uint32_t) mid;
	p[3] = (uint32_t) ((mid >> 32) + (hh >> 32));
	for (int i = 0; i < 4; i++)
		t.m[i] = (uint32_t) p[i];
	t.bits = 106;
	t.e = ea + eb;
	t.neg = signbit(x) != signbit(y);
	return t;
}

static struct term addend(double z)
{
	struct term t;
	uint64_t m;

	decompose(z, &m, &t.e);
	memset(t.m, 0, sizeof(t.m));
	t.m[0] = (uint32_t) m;
	t.m[1] = (uint32_t) (m >> 32);
	t.bits = 53;
	t.neg = signbit(z) != 0;
	return t;
}

/* acc = t's significand shifted left by s (>= 0) bits. */
static void place(uint32_t *acc, const struct term *t, int s)
{
	memset(acc, 0, LIMBS * sizeof(*acc));
	for (int i = 0; i < 4; i++) {
		int at = 32 * i + s, w = at / 32, r = at % 32;
		uint64_t v = (uint64_t) t->m[i] << r;

		if (t->m[i] == 0)
			continue;
		acc[w] |= (uint32_t) v;
		if (w + 1 < LIMBS)
			acc[w + 1] |= (uint32_t) (v >> 32);
	}
}

static int compare(const uint32_t *a, const uint32_t *b)
{
	for (int i = LIMBS - 1; i >= 0; i--)
		if (a[i] != b[i])
			return a[i] < b[i] ? -1 : 1;
	return 0;
}

/* a += b (sub: a -= b, a >= b). */
static void add(uint32_t *a, const uint32_t *b, int sub)
{
	int64_t carry = 0;

	for (int i = 0; i < LIMBS; i++) {
		int64_t v = (int64_t) a[i] + carry + (sub ? -(int64_t) b[i]
		    : (int64_t) b[i]);
		a[i] = (uint32_t) v;
		carry = v >> 32;		/* -1, 0 or 1 */
	}
}

static int bit(const uint32_t *a, int i)
{
	return i >= 0 && i < 32 * LIMBS ? (a[i / 32] >> (i % 32)) & 1 : 0;
}

/* Any bit set below bit i? */
static int any_below(const uint32_t *a, int i)
{
	for (int k = 0; k < i && k < 32 * LIMBS; k++)
		if (bit(a, k))
			return 1;
	return 0;
}

static int top_bit(const uint32_t *a)
{
	for (int i = 32 * LIMBS - 1; i >= 0; i--)
		if (bit(a, i))
			return i;
	return -1;
}

/* Whether to round the magnitude up: the mode, the sign, the last
 * kept bit, the first dropped one, and whether any other was set. */
static int round_up(int mode, int neg, int odd, int guard, int sticky)
{
	switch (mode) {
	case FE_TOWARDZERO: return 0;
	case FE_UPWARD: return !neg && (guard || sticky);
	case FE_DOWNWARD: return neg && (guard || sticky);
	default: return guard && (sticky || odd);
	}
}

/* The exact sum acc * 2^e0 (sign neg; sticky: plus a sliver below its
 * last bit), rounded to prec bits with emin the least normal
 * exponent. */
static long double finish(uint32_t *acc, int e0, int neg, int sticky,
	int prec, int emin)
{
	int h = top_bit(acc), q, guard, up;
	uint64_t m = 0;

	q = h - (prec - 1);
	if (e0 + h < emin)			/* subnormal: a fixed last bit */
		q = emin - (prec - 1) - e0;
	guard = bit(acc, q - 1);
	sticky |= any_below(acc, q - 1);
	for (int i = h; i >= q; i--)
		m = (m << 1) | (uint64_t) bit(acc, i);
	up = round_up(fegetround(), neg, (int) (m & 1), guard, sticky);
	m += (uint64_t) up;
	if (guard || sticky) {
		if (e0 + h < emin)
			feraiseexcept(FE_UNDERFLOW);
		feraiseexcept(FE_INEXACT);
	}
	/* m * 2^(e0 + q) is representable: the scaling is exact. */
	return __scalbnl(neg ? -(long double) m : (long double) m, e0 + q);
}

double __fma_prec(double x, double y, double z, int prec, int emin)
{
	struct term p = product(x, y), t;
	uint32_t a[LIMBS], b[LIMBS];
	int e0, neg, sticky = 0, cmp, zero = z == 0;

	t = zero ? p : addend(z);
	/* The top bit of the larger term at bit TOP of the accumulator. */
	e0 = (p.e + p.bits > t.e + t.bits ? p.e + p.bits : t.e + t.bits) - TOP;
	/* A term that does not fit whole lies below the other's last
	 * bit: it only decides the rounding, as a sliver. */
	if (p.e - e0 < 0) {			/* p is a sliver below z */
		place(a, &t, t.e - e0);
		neg = t.neg;
		sticky = 1;
		if (p.neg != t.neg) {		/* z less a sliver */
			memset(b, 0, sizeof(b));
			b[0] = 1;
			add(a, b, 1);
		}
		return (double) finish(a, e0, neg, sticky, prec, emin);
	}
	place(a, &p, p.e - e0);
	neg = p.neg;
	if (!zero && t.e - e0 >= 0) {
		place(b, &t, t.e - e0);
		if (p.neg == t.neg) {
			add(a, b, 0);
		} else if ((cmp = compare(a, b)) < 0) {
			add(b, a, 1);
			memcpy(a, b, sizeof(a));
			neg = t.neg;
		} else if (cmp == 0) {		/* exact cancellation */
			return fegetround() == FE_DOWNWARD ? -0.0 : 0.0;
		} else {
			add(a, b, 1);
		}
	} else if (!zero) {			/* z is a sliver below p */
		sticky = 1;
		if (p.neg != t.neg) {
			memset(b, 0, sizeof(b));
			b[0] = 1;
			add(a, b, 1);
		}
	}
	return (double) finish(a, e0, neg, sticky, prec, emin);
}

/* The cases with nothing to round: an infinity or NaN among the
 * operands (IEEE's rules, through ordinary arithmetic), or a zero
 * factor (then x * y is an exact zero). */
static int special(double x, double y, double z, double *r)
{
	if (!isfinite(x) || !isfinite(y)) {
		*r = x * y + z;
		return 1;
	}
	if (!isfinite(z)) {
		*r = z;
		return 1;
	}
	if (x == 0 || y == 0) {
		*r = x * y + z;
		return 1;
	}
	return 0;
}

double fma(double x, double y, double z)
{
	double r;

	if (special(x, y, z, &r))
		return r;
	/* Past DBL_MAX, the conversion in __fma_prec overflows as the
	 * rounding mode says (to inf, or to DBL_MAX). */
	return __fma_prec(x, y, z, 53, -1022);
}

float fmaf(float x, float y, float z)
{
	double r;

	if (special(x, y, z, &r))
		return (float) r;
	r = __fma_prec(x, y, z, 24, -126);
	return (float) r;		/* exact: r has float's precision */
}

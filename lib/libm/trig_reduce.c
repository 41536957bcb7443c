/*
 * trig_reduce.c - sin, cos and tan's argument reduction: x = n pi/2 + r
 * with |r| <= pi/4, r to a long double's precision even when x lies
 * very near a multiple of pi/2 (within 2^-61 relative for some doubles).
 *
 * Below 2^20 in magnitude, Cody and Waite: pi/2 in four parts of which
 * the first three are short enough that n times them is exact, so that
 * x - n p1 - n p2 - ... loses nothing that matters.  Beyond, Payne and
 * Hanek: x's integer significand times the right window of 2/pi's bits
 * (consts.h), in 32-bit integer arithmetic; the bits above the window
 * only add multiples of 4 to n, the window's 224 bits are more than the
 * fraction needs.
 *
 * Entry point: __rem_pio2(x, &r), which returns n (its low two bits
 * matter).
 */
#include "math_impl.h"

#define WINDOW	7		/* 32-bit words of 2/pi taken */

/* The window of 2/pi starting at bit `first` (bit 1 is the first after
 * the point), least significant word first. */
static void window(int first, uint32_t *w)
{
	int q = (first - 1) / 32, s = (first - 1) % 32;

	for (int i = 0; i < WINDOW; i++) {
		uint32_t hi = two_over_pi_bits[q + i];
		uint32_t lo = q + i + 1 < TWO_OVER_PI_WORDS
		    ? two_over_pi_bits[q + i + 1] : 0;
		w[WINDOW - 1 - i] = s ? hi << s | lo >> (32 - s) : hi;
	}
}

/* Bit i of the little-endian number a of n words. */
static unsigned bit_at(const uint32_t *a, int n, int i)
{
	return i >= 0 && i < 32 * n ? (a[i / 32] >> (i % 32)) & 1 : 0;
}

/* The 64 bits of a below bit `below` (bits below-1 .. below-64). */
static uint64_t bits64(const uint32_t *a, int n, int below)
{
	uint64_t v = 0;

	for (int i = below - 1; i >= below - 64; i--)
		v = v << 1 | bit_at(a, n, i);
	return v;
}

/* Payne and Hanek, for |x| >= 2^20. */
static int reduce_huge(double x, long double *r)
{
	uint64_t u = dbits(x), m = (u & DFRAC) | (1ull << 52), fh, fl;
	int e = DEXP(u) - 1075, first = e - 1 > 1 ? e - 1 : 1, point, n;
	uint32_t w[WINDOW], p[WINDOW + 2] = { 0 };
	long double f;

	window(first, w);
	/* p = m * w, with m in two words. */
	for (int j = 0; j < 2; j++) {
		uint64_t carry = 0, mj = (uint32_t) (m >> (32 * j));
		for (int i = 0; i < WINDOW; i++) {
			uint64_t v = mj * w[i] + p[i + j] + carry;
			p[i + j] = (uint32_t) v;
			carry = v >> 32;
		}
		p[WINDOW + j] += (uint32_t) carry;
	}
	/* m * 2^e * (window * 2^-(first + 32 WINDOW - 1)): the point. */
	point = first + 32 * WINDOW - 1 - e;
	n = (int) (bit_at(p, WINDOW + 2, point) |
	    bit_at(p, WINDOW + 2, point + 1) << 1);
	fh = bits64(p, WINDOW + 2, point);
	fl = bits64(p, WINDOW + 2, point - 64);
	if (fh >> 63) {			/* past a half: the next n, f - 1 */
		fh = ~fh;
		fl = -fl;
		if (fl == 0)
			fh++;
		n++;
		f = -((long double) fh * 0x1p-64L + (long double) fl * 0x1p-128L);
	} else {
		f = (long double) fh * 0x1p-64L + (long double) fl * 0x1p-128L;
	}
	*r = f * PIO2_HI + f * PIO2_LO;
	if (x < 0) {
		*r = -*r;
		n = -n;
	}
	return n;
}

int __rem_pio2(double x, long double *r)
{
	long double k, a;

	if (fabs(x) <= PIO4) {
		*r = x;
		return 0;
	}
	if (fabs(x) >= 0x1p20)
		return reduce_huge(x, r);
	a = x * TWO_OVER_PI;
	k = (long double) (long long) (a + (a < 0 ? -0.5L : 0.5L));
	a = x - k * PIO2_1;		/* exact */
	a -= k * PIO2_2;
	a -= k * PIO2_3;
	*r = a - k * PIO2_4;
	return (int) k;
}

/*
 * fmt_decimal.c - the exact decimal expansion of a double, and rounding
 * it, for %e %f %g.
 *
 * A finite double is m * 2^e with m < 2^53.  For e >= 0 that is the
 * integer m * 2^e; for e < 0 it is m * 5^-e / 10^-e, so the digits of the
 * integer m * 5^-e followed by a decimal point shift.  Either integer is
 * built exactly in base 10^9 limbs, so every digit printed is right and
 * rounding can be exact (ties to even, as glibc does).
 */
#include <stdint.h>
#include <string.h>
#include "fmt_impl.h"

#define LIMB_BASE	1000000000u
#define LIMBS		96	/* 5^1074 * 2^53 has 767 digits: 86 limbs */

struct bignum {
	uint32_t b_limb[LIMBS];		/* least significant first */
	int b_n;
};

static void big_mul(struct bignum *b, uint32_t f)
{
	uint64_t carry = 0;

	for (int i = 0; i < b->b_n; i++) {
		uint64_t t = (uint64_t) b->b_limb[i] * f + carry;

		b->b_limb[i] = (uint32_t) (t % LIMB_BASE);
		carry = t / LIMB_BASE;
	}
	for (; carry != 0; carry /= LIMB_BASE)	/* may exceed one limb */
		b->b_limb[b->b_n++] = (uint32_t) (carry % LIMB_BASE);
}

/* Writes b's decimal digits to out; answers how many. */
static int big_digits(const struct bignum *b, char *out)
{
	int n = 0;
	uint32_t top = b->b_limb[b->b_n - 1];
	char tmp[10];
	int k = 0;

	do {
		tmp[k++] = (char) ('0' + top % 10);
		top /= 10;
	} while (top != 0);
	while (k > 0)
		out[n++] = tmp[--k];
	for (int i = b->b_n - 2; i >= 0; i--) {
		uint32_t v = b->b_limb[i];

		for (int j = 8; j >= 0; j--) {
			out[n + j] = (char) ('0' + v % 10);
			v /= 10;
		}
		n += 9;
	}
	return n;
}

static void strip_zeros(struct decimal *dec)
{
	while (dec->d_n > 0 && dec->d_digits[dec->d_n - 1] == '0')
		dec->d_n--;
}

/* The digits of |v|, which must be finite. */
void __fmt_decimal(struct decimal *dec, double v)
{
	uint64_t bits, m;
	int e, biased;
	struct bignum b;

	memcpy(&bits, &v, sizeof(bits));
	biased = (int) ((bits >> 52) & 0x7ff);
	m = bits & ((1ULL << 52) - 1);
	if (biased != 0)
		m |= 1ULL << 52;
	e = (biased != 0 ? biased : 1) - 1075;
	if (m == 0) {
		dec->d_n = 0;
		dec->d_exp = 1;		/* so that it prints as "0" */
		return;
	}
	for (; (m & 1) == 0 && e < 0; m >>= 1)	/* fewer powers of 5 */
		e++;
	b.b_limb[0] = (uint32_t) (m % LIMB_BASE);
	b.b_limb[1] = (uint32_t) (m / LIMB_BASE % LIMB_BASE);
	b.b_n = b.b_limb[1] != 0 ? 2 : 1;
	for (int k = e; k > 0; k -= 29)
		big_mul(&b, 1u << (k < 29 ? k : 29));
	for (int k = -e; k > 0; k -= 13) {
		uint32_t p = 1;

		for (int i = 0; i < (k < 13 ? k : 13); i++)
			p *= 5;
		big_mul(&b, p);
	}
	dec->d_n = big_digits(&b, dec->d_digits);
	dec->d_exp = dec->d_n + (e < 0 ? e : 0);
	strip_zeros(dec);
}

/* Should dropping the digits from index keep on round the rest up? */
static int rounds_up(const struct decimal *dec, int keep)
{
	char first = dec->d_digits[keep];

	if (first != '5')
		return first > '5';
	if (dec->d_n > keep + 1)
		return 1;		/* digits follow the 5: above half */
	/* Exactly half: round to even. */
	return keep > 0 && (dec->d_digits[keep - 1] - '0') % 2 == 1;
}

/* Rounds to keep significant digits (which may be 0 or negative). */
void __fmt_round(struct decimal *dec, int keep)
{
	int i;

	if (keep >= dec->d_n)
		return;
	if (keep < 0) {
		dec->d_n = 0;		/* below half of the last place kept */
		return;
	}
	if (!rounds_up(dec, keep)) {
		dec->d_n = keep;
		strip_zeros(dec);
		return;
	}
	for (i = keep - 1; i >= 0 && dec->d_digits[i] == '9'; i--)
		;
	if (i < 0) {
		dec->d_digits[0] = '1';	/* 99.9 became 100 */
		dec->d_n = 1;
		dec->d_exp++;
		return;
	}
	dec->d_digits[i]++;
	dec->d_n = i + 1;
}

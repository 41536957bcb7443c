/*
 * fmt_float.c - the floating-point conversions %e %f %g %a (and %E %F %G
 * %A) of the printf() family.
 *
 * The digits come exact from fmt_decimal.c and are rounded once, to the
 * precision asked.  Each layout writes only the body (digits, point,
 * exponent); its length, needed for padding, is found by running it
 * first into a sink that only counts.  long double arguments are printed
 * at double precision.
 */
#include <stdint.h>
#include <string.h>
#include "fmt_impl.h"

static void count_put(struct fmt_sink *s, const char *p, size_t n)
{
}

/* The digits from index a (inclusive) to b, '0' beyond the known ones. */
static void emit_digits(struct fmt_sink *s, const struct decimal *dec,
    int a, int b)
{
	int lo = a < 0 ? 0 : a, hi = b < dec->d_n ? b : dec->d_n;

	if (a >= b)
		return;
	if (lo >= hi) {
		__fmt_repeat(s, '0', (size_t) (b - a));
		return;
	}
	__fmt_repeat(s, '0', (size_t) (lo - a));
	__fmt_emit(s, dec->d_digits + lo, (size_t) (hi - lo));
	__fmt_repeat(s, '0', (size_t) (b - hi));
}

/* ddd.ddd with prec digits after the point. */
static void body_f(struct fmt_sink *s, const struct decimal *dec, int prec,
    int alt)
{
	if (dec->d_exp <= 0)
		__fmt_emit(s, "0", 1);
	else
		emit_digits(s, dec, 0, dec->d_exp);
	if (prec > 0 || alt)
		__fmt_emit(s, ".", 1);
	emit_digits(s, dec, dec->d_exp, dec->d_exp + prec);
}

/* d.ddde+XX with prec digits after the point. */
static void body_e(struct fmt_sink *s, const struct decimal *dec, int prec,
    int alt, int upper)
{
	int x = dec->d_exp - 1;
	char exp[8], *p = exp + sizeof(exp);
	unsigned int ux = (unsigned int) (x < 0 ? -x : x);

	if (dec->d_n == 0)
		x = ux = 0;
	__fmt_emit(s, dec->d_n > 0 ? dec->d_digits : "0", 1);
	if (prec > 0 || alt)
		__fmt_emit(s, ".", 1);
	emit_digits(s, dec, 1, 1 + prec);
	do {
		*--p = (char) ('0' + ux % 10);
		ux /= 10;
	} while (ux != 0 || p > exp + sizeof(exp) - 2);
	*--p = x < 0 ? '-' : '+';
	*--p = upper ? 'E' : 'e';
	__fmt_emit(s, p, (size_t) (exp + sizeof(exp) - p));
}

/* %g: the shorter of %e and %f for prec significant digits. */
static void body_g(struct fmt_sink *s, struct decimal *dec, int prec,
    int alt, int upper)
{
	int p = prec == 0 ? 1 : prec, x;

	__fmt_round(dec, p);
	x = dec->d_n == 0 ? 0 : dec->d_exp - 1;
	if (p > x && x >= -4) {
		int fprec = p - 1 - x;

		if (!alt && fprec > dec->d_n - dec->d_exp)
			fprec = dec->d_n - dec->d_exp > 0 ? dec->d_n - dec->d_exp : 0;
		body_f(s, dec, fprec, alt);
	} else {
		int eprec = p - 1;

		if (!alt && eprec > dec->d_n - 1)
			eprec = dec->d_n > 1 ? dec->d_n - 1 : 0;
		body_e(s, dec, eprec, alt, upper);
	}
}

/* %a: 0xh.hhhp+d, the leading 0x being part of the prefix. */
static void body_a(struct fmt_sink *s, double v, int prec, int alt,
    int upper)
{
	const char *hex = upper ? "0123456789ABCDEF" : "0123456789abcdef";
	uint64_t bits, frac;
	int biased, e, ndig = 13;
	unsigned int lead;
	char buf[48], *p = buf;

	memcpy(&bits, &v, sizeof(bits));
	biased = (int) ((bits >> 52) & 0x7ff);
	frac = bits & ((1ULL << 52) - 1);
	lead = biased != 0;
	e = biased == 0 ? (frac == 0 ? 0 : -1022) : biased - 1023;
	if (prec >= 0 && prec < 13) {
		/* Round the 52 fraction bits to prec hex digits, ties to even. */
		int drop = 4 * (13 - prec);
		uint64_t half = 1ULL << (drop - 1), rest = frac & ((half << 1) - 1);
		uint64_t keep = (frac >> drop) | ((uint64_t) lead << (4 * prec));

		if (rest > half || (rest == half && (keep & 1)))
			keep++;
		lead = (unsigned int) (keep >> (4 * prec));
		frac = (keep & ((1ULL << (4 * prec)) - 1)) << drop;
		ndig = prec;
	} else {
		while (ndig > 0 && ((frac >> (4 * (13 - ndig))) & 0xf) == 0)
			ndig--;
		if (prec > ndig)
			ndig = prec;
	}
	*p++ = hex[lead];
	if (ndig > 0 || alt)
		*p++ = '.';
	for (int i = 0; i < ndig; i++)
		*p++ = i < 13 ? hex[(frac >> (48 - 4 * i)) & 0xf] : '0';
	__fmt_emit(s, buf, (size_t) (p - buf));
	p = buf + sizeof(buf);
	for (unsigned int ux = (unsigned int) (e < 0 ? -e : e);; ux /= 10) {
		*--p = (char) ('0' + ux % 10);
		if (ux < 10)
			break;
	}
	*--p = e < 0 ? '-' : '+';
	*--p = upper ? 'P' : 'p';
	__fmt_emit(s, p, (size_t) (buf + sizeof(buf) - p));
}

/* Writes the body of conversion sp for the finite, non-negative v. */
static void body(struct fmt_sink *s, const struct fmt_spec *sp, double v,
    struct decimal *dec)
{
	int alt = (sp->flags & FL_ALT) != 0;
	int upper = sp->conv >= 'A' && sp->conv <= 'Z';
	int prec = sp->prec < 0 ? 6 : sp->prec;

	switch (sp->conv) {
	case 'f':
	case 'F':
		__fmt_round(dec, dec->d_exp + prec);
		body_f(s, dec, prec, alt);
		break;
	case 'e':
	case 'E':
		__fmt_round(dec, prec + 1);
		body_e(s, dec, prec, alt, upper);
		break;
	case 'g':
	case 'G':
		body_g(s, dec, prec, alt, upper);
		break;
	default:
		body_a(s, v, sp->prec, alt, upper);
		break;
	}
}

void __fmt_float(struct fmt_sink *s, const struct fmt_spec *sp, double v)
{
	int upper = sp->conv >= 'A' && sp->conv <= 'Z';
	int neg = __builtin_signbit(v) != 0;
	int hexa = sp->conv == 'a' || sp->conv == 'A';
	char prefix[4], *p = prefix;
	struct decimal dec;
	struct fmt_sink counter = { count_put, 0, 0 };
	size_t after;

	if (neg || (sp->flags & (FL_PLUS | FL_SPACE)))
		*p++ = neg ? '-' : (sp->flags & FL_PLUS) ? '+' : ' ';
	if (neg)
		v = -v;
	if (__builtin_isinf(v) || __builtin_isnan(v)) {
		const char *word = __builtin_isinf(v) ? (upper ? "INF" : "inf")
		    : (upper ? "NAN" : "nan");

		*p = '\0';
		after = __fmt_field_start(s, sp, prefix, 0, 3, 0);
		__fmt_emit(s, word, 3);
		__fmt_repeat(s, ' ', after);
		return;
	}
	if (hexa) {
		*p++ = '0';
		*p++ = upper ? 'X' : 'x';
	}
	*p = '\0';
	dec.d_n = 0;
	if (!hexa)
		__fmt_decimal(&dec, v);
	/* Measure, then write: rounding twice to one place changes nothing. */
	body(&counter, sp, v, &dec);
	after = __fmt_field_start(s, sp, prefix, 0, counter.count, 1);
	body(s, sp, v, &dec);
	__fmt_repeat(s, ' ', after);
}

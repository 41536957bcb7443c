/*
 * test_strtol.c - numbers from strings: the strtol() family (bases,
 * prefixes, signs, overflow to the limits with ERANGE, where *end points),
 * atoi() and friends, and strtod() (syntax, range errors, and agreement
 * with the host on many random inputs).
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

/* strtoll on s: value, errno and how much was consumed. */
static void ll(const char *name, const char *s, int base, long long want,
    int want_errno, int want_used)
{
	char *end = NULL;
	long long v;

	rs_errno = 0;
	v = rs_strtoll(s, &end, base);
	t_check(name, v == want && rs_errno == want_errno && end == s + want_used,
	    "got %lld errno %d used %ld; want %lld errno %d used %d", v, rs_errno,
	    (long) (end - s), want, want_errno, want_used);
}

static void ull(const char *name, const char *s, int base,
    unsigned long long want, int want_errno, int want_used)
{
	char *end = NULL;
	unsigned long long v;

	rs_errno = 0;
	v = rs_strtoull(s, &end, base);
	t_check(name, v == want && rs_errno == want_errno && end == s + want_used,
	    "got %llu errno %d used %ld; want %llu errno %d used %d", v,
	    rs_errno, (long) (end - s), want, want_errno, want_used);
}

static void test_integers(void)
{
	char *end;

	ll("decimal", "123", 10, 123, 0, 3);
	ll("space sign and junk", "  -42abc", 10, -42, 0, 5);
	ll("plus sign", "+7", 10, 7, 0, 2);
	ll("hex with prefix", "0x1F", 16, 31, 0, 4);
	ll("hex by base 0", "0X1f", 0, 31, 0, 4);
	ll("hex without prefix", "ff", 16, 255, 0, 2);
	ll("0x without digits", "0xg", 16, 0, 0, 1);
	ll("0x without digits base 0", "0x", 0, 0, 0, 1);
	ll("octal by base 0", "077", 0, 63, 0, 3);
	ll("octal stops at 9", "09", 0, 0, 0, 1);
	ll("decimal by base 0", "90", 0, 90, 0, 2);
	ll("base 36", "Zz", 36, 35 * 36 + 35, 0, 2);
	ll("base 2", "1011", 2, 11, 0, 4);
	ll("base 2 stops at 2", "102", 2, 2, 0, 2);
	ll("no digits", "  abc", 10, 0, 0, 0);
	ll("sign alone", "-", 10, 0, 0, 0);
	ll("space alone", "   ", 10, 0, 0, 0);
	ll("empty", "", 10, 0, 0, 0);
	ll("max", "9223372036854775807", 10, LLONG_MAX, 0, 19);
	ll("min", "-9223372036854775808", 10, LLONG_MIN, 0, 20);
	ll("overflow", "9223372036854775808", 10, LLONG_MAX, RS_ERANGE, 19);
	ll("underflow", "-9223372036854775809", 10, LLONG_MIN, RS_ERANGE, 20);
	ll("far overflow consumes all digits", "99999999999999999999999x", 10,
	    LLONG_MAX, RS_ERANGE, 23);
	ll("bad base 1", "10", 1, 0, RS_EINVAL, 0);
	ll("bad base 37", "10", 37, 0, RS_EINVAL, 0);
	ull("unsigned max", "18446744073709551615", 10, ULLONG_MAX, 0, 20);
	ull("unsigned overflow", "18446744073709551616", 10, ULLONG_MAX,
	    RS_ERANGE, 20);
	ull("unsigned minus one", "-1", 10, ULLONG_MAX, 0, 2);
	ull("unsigned minus wraps", "-2", 10, ULLONG_MAX - 1, 0, 2);
	ull("unsigned hex", "0xFFFFFFFFFFFFFFFF", 0, ULLONG_MAX, 0, 18);

	{
		char max[32], over[40];

		snprintf(max, sizeof(max), "%ld", LONG_MAX);
		snprintf(over, sizeof(over), "%ld0", LONG_MAX);
		rs_errno = 0;
		t_check("strtol long max", rs_strtol(max, &end, 10) == LONG_MAX &&
		    rs_errno == 0, "errno %d", rs_errno);
		t_check("strtol overflow", rs_strtol(over, &end, 10) == LONG_MAX
		    && rs_errno == RS_ERANGE, "errno %d", rs_errno);
	}
	rs_errno = 0;
	t_check("strtoul minus one", rs_strtoul("-1", &end, 10) == ULONG_MAX &&
	    rs_errno == 0, "errno %d", rs_errno);
	t_check("strtol NULL end", rs_strtol("12", NULL, 10) == 12, "wrong");
	t_int("strtoimax", rs_strtoimax("-0x10", NULL, 0), -16);
	t_check("strtoumax", rs_strtoumax("777", NULL, 8) == 511, "wrong");
	t_int("atoi", rs_atoi("  12abc"), 12);
	t_int("atoi negative", rs_atoi("-2147483648"), INT_MIN);
	t_int("atol", rs_atol("-99"), -99);
	t_int("atoll", rs_atoll("123456789012"), 123456789012LL);
}

/* strtod on s: exact value, errno and characters consumed. */
static void dbl(const char *name, const char *s, double want, int want_errno,
    int want_used)
{
	char *end = NULL;
	double v;
	int same;

	rs_errno = 0;
	v = rs_strtod(s, &end);
	same = isnan(want) ? isnan(v) : v == want && signbit(v) == signbit(want);
	t_check(name, same && rs_errno == want_errno && end == s + want_used,
	    "got %.17g errno %d used %ld; want %.17g errno %d used %d", v,
	    rs_errno, (long) (end - s), want, want_errno, want_used);
}

static void test_strtod(void)
{
	dbl("strtod simple", "3.14", 3.14, 0, 4);
	dbl("strtod exponent", "1e10", 1e10, 0, 4);
	dbl("strtod negative exponent", "-2.5E-3", -2.5e-3, 0, 7);
	dbl("strtod leading point", ".5", 0.5, 0, 2);
	dbl("strtod trailing point", "5.", 5.0, 0, 2);
	dbl("strtod e without digits", "1e", 1.0, 0, 1);
	dbl("strtod e+ without digits", "1e+x", 1.0, 0, 1);
	dbl("strtod space and junk", "   +1.5x", 1.5, 0, 7);
	dbl("strtod negative zero", "-0", -0.0, 0, 2);
	dbl("strtod hex", "0x1.8p1", 3.0, 0, 7);
	dbl("strtod hex without exponent", "0x10", 16.0, 0, 4);
	dbl("strtod hex no digits", "0xz", 0.0, 0, 1);
	dbl("strtod inf", "inf", INFINITY, 0, 3);
	dbl("strtod infinity", "-INFINITY", -INFINITY, 0, 9);
	dbl("strtod nan", "nan", NAN, 0, 3);
	dbl("strtod nan(chars)", "nan(123)", NAN, 0, 8);
	dbl("strtod overflow", "1e400", HUGE_VAL, RS_ERANGE, 5);
	dbl("strtod negative overflow", "-1e400", -HUGE_VAL, RS_ERANGE, 6);
	dbl("strtod underflow", "1e-400", 0.0, RS_ERANGE, 6);
	dbl("strtod no number", "abc", 0.0, 0, 0);
	dbl("strtod point alone", ".", 0.0, 0, 0);
	dbl("strtod max", "1.7976931348623157e308", DBL_MAX, 0, 22);
	dbl("strtod min normal", "2.2250738585072014e-308", DBL_MIN, 0, 23);
	dbl("strtod subnormal", "4.9406564584124654e-324",
	    4.9406564584124654e-324, RS_ERANGE, 23);
	dbl("strtod many digits", "123456789012345678901234567890", 1.2345678901234568e29,
	    0, 30);
	dbl("strtod long fraction", "0.1000000000000000000000000001", 0.1, 0, 30);
	t_check("atof", rs_atof("2.5") == 2.5, "wrong");
	t_check("strtof", rs_strtof("0.1", NULL) == 0.1f, "wrong");
	t_check("strtold", rs_strtold("0.5", NULL) == 0.5L, "wrong");
}

static uint64_t rng = 0x9e3779b97f4a7c15ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/*
 * Exact rounding is not promised, but a result more than one unit in the
 * last place from the host's (which is exact) would be a bug.
 */
static void test_strtod_random(void)
{
	char s[64];
	int exact = 0, total = 100000;

	t_begin("strtod within one ulp of the host on 100000 inputs");
	for (int i = 0; i < total; i++) {
		uint64_t bits = next_random();
		double d, want, got;

		if (i % 2 == 0) {
			memcpy(&d, &bits, sizeof(d));
			if (!isfinite(d))
				continue;
			snprintf(s, sizeof(s), "%.*g", (int) (bits % 20) + 1, d);
		} else {
			snprintf(s, sizeof(s), "%llu.%llue%d",
			    (unsigned long long) (bits % 100000),
			    (unsigned long long) (next_random() % 1000000000),
			    (int) (next_random() % 600) - 300);
		}
		want = strtod(s, NULL);
		got = rs_strtod(s, NULL);
		if (got == want)
			exact++;
		else if (fabs(got - want) > fabs(nextafter(want, 0) - want) * 1.0001 &&
		    !(want == 0 && fabs(got) <= 4.9406564584124654e-324))
			t_fail("%s: got %a, want %a", s, got, want);
	}
	t_end();
	t_check("strtod exactly right on almost all random inputs",
	    exact >= total * 999 / 1000, "%d of %d", exact, total);
}

int main(void)
{
	fake_files_reset();
	test_integers();
	test_strtod();
	test_strtod_random();
	return t_done();
}

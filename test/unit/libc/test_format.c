/*
 * test_format.c - the printf() family: the table of flags, widths,
 * precisions, length modifiers and conversions; long long extremes;
 * doubles (exact digits, rounding, %g's choice, inf and nan, %a); %n;
 * snprintf's truncation and result; asprintf, dprintf and printf to a
 * stream.  A last pair of cases formats thousands of random values both
 * here and with the host's printf, which must agree.
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

static char buf[4096];

/* One case: formats, compares text and result with the expectation. */
#define F(want, ...) check_format(want, rs_snprintf(buf, sizeof(buf), \
	__VA_ARGS__), #__VA_ARGS__)

static void check_format(const char *want, int r, const char *call)
{
	char name[256];

	snprintf(name, sizeof(name), "format %s", call);
	if (strcmp(buf, want) != 0)
		t_check(name, 0, "got \"%s\", want \"%s\"", buf, want);
	else
		t_check(name, r == (int) strlen(want), "result %d, want %zu", r,
		    strlen(want));
}

static void test_integers(void)
{
	F("42", "%d", 42);
	F("-42", "%i", -42);
	F("+42", "%+d", 42);
	F(" 42", "% d", 42);
	F("+42", "%+ d", 42);
	F("   42", "%5d", 42);
	F("42   ", "%-5d", 42);
	F("00042", "%05d", 42);
	F("-0042", "%05d", -42);
	F("42   ", "%-05d", 42);
	F("+0042", "%+05d", 42);
	F("  042", "%5.3d", 42);
	F("00042", "%.5d", 42);
	F("-00042", "%.5d", -42);
	F("   00042", "%08.5d", 42);
	F("", "%.0d", 0);
	F("    ", "%4.0d", 0);
	F("0", "%d", 0);
	F("2147483647", "%d", INT_MAX);
	F("-2147483648", "%d", INT_MIN);
	F("4294967295", "%u", UINT_MAX);
	F("ff", "%x", 255);
	F("FF", "%X", 255);
	F("0xff", "%#x", 255);
	F("0XFF", "%#X", 255);
	F("0", "%#x", 0);
	F("0x00ff", "%#06x", 255);
	F("  0xff", "%#6x", 255);
	F("0x0ff", "%#.3x", 255);
	F("377", "%o", 255);
	F("0377", "%#o", 255);
	F("0", "%#o", 0);
	F("0", "%#.0o", 0);
	F("00377", "%#.5o", 255);
	F("-128", "%hhd", 128);
	F("255", "%hhu", -1);
	F("-1", "%hd", 65535);
	F("65535", "%hu", -1);
	F("123456789", "%ld", 123456789L);
	F("-123456789", "%ld", -123456789L);
	F("9223372036854775807", "%lld", LLONG_MAX);
	F("-9223372036854775808", "%lld", LLONG_MIN);
	F("18446744073709551615", "%llu", ULLONG_MAX);
	F("ffffffffffffffff", "%llx", ULLONG_MAX);
	F("1777777777777777777777", "%llo", ULLONG_MAX);
	F("-9223372036854775808", "%jd", (intmax_t) INT64_MIN);
	F("18446744073709551615", "%ju", (uintmax_t) UINT64_MAX);
	F("12345", "%zu", (size_t) 12345);
	F("-3", "%zd", (long) -3);
	F("-3", "%td", (ptrdiff_t) -3);
	F("7", "%qd", 7LL);
	F("   12", "%*d", 5, 12);
	F("12   ", "%*d", -5, 12);
	F("00012", "%.*d", 5, 12);
	F("12", "%.*d", -1, 12);
	F("  012", "%*.*d", 5, 3, 12);
}

static void test_text(void)
{
	const char *volatile null = NULL;

	F("x", "%c", 'x');
	F("    x", "%5c", 'x');
	F("x    ", "%-5c", 'x');
	F("hello", "%s", "hello");
	F("  hello", "%7s", "hello");
	F("hello  ", "%-7s", "hello");
	F("hel", "%.3s", "hello");
	F("  hel", "%5.3s", "hello");
	F("abc", "%.10s", "abc");
	F("(null)", "%s", null);
	F("", "%s", "");
	F("%", "%%");
	F("a%b", "a%%b");
	F("100%", "%d%%", 100);
	F("0x1234", "%p", (void *) 0x1234);
	F("(nil)", "%p", (void *) 0);
	F("  0x1f", "%6p", (void *) 0x1f);
	F("plain text", "plain text");
	F("a1b2c3", "a%db%dc%d", 1, 2, 3);
	F("No such file or directory", "%m", (rs_errno = 2, 0));
}

static void test_doubles(void)
{
	F("3.141593", "%f", 3.14159265358979);
	F("3.14", "%.2f", 3.14159);
	F("3", "%.0f", 3.14159);
	F("3.", "%#.0f", 3.0);
	F("2", "%.0f", 2.5);
	F("4", "%.0f", 3.5);
	F("0", "%.0f", 0.5);
	F("2", "%.0f", 1.5);
	F("0.1", "%.1f", 0.05);
	F("0.12", "%.2f", 0.125);
	F("0.38", "%.2f", 0.375);
	F("1.000000e+00", "%e", 1.0);
	F("1.234568e+05", "%e", 123456.789);
	F("1.23E-05", "%.2E", 0.0000123);
	F("0.000000e+00", "%e", 0.0);
	F("1e+308", "%.0e", 1e308);
	F("1.0e+100", "%.1e", 1e100);
	F("-0.000000", "%f", -0.0);
	F("1e+100", "%g", 1e100);
	F("100000", "%g", 1e5);
	F("1e+06", "%g", 1e6);
	F("0.0001", "%g", 1e-4);
	F("1e-05", "%g", 1e-5);
	F("1.5", "%g", 1.5);
	F("1.50000", "%#g", 1.5);
	F("0", "%g", 0.0);
	F("123457", "%g", 123456.7);
	F("1.23457e+06", "%g", 1234567.0);
	F("1.23457E+06", "%G", 1234567.0);
	F("0.000123", "%.3g", 0.0001234);
	F("1e+02", "%.2g", 99.5);
	F("100", "%g", 100.0);
	F("0.30000000000000004", "%.17g", 0.1 + 0.2);
	F("0.10000000000000000555", "%.20f", 0.1);
	F("4.94066e-324", "%g", 4.9406564584124654e-324);
	F("2.2250738585072014e-308", "%.17g", DBL_MIN);
	F("1.7976931348623157e+308", "%.17g", DBL_MAX);
	F("179769313486231570814527423731704356798070567525844996598917476803157260780028538760589558632766878171540458953514382464234321326889464182768467546703537516986049910576551282076245490090389328944075868508455133942304583236903222948165808559332123348274797826204144723168738177180919299881250404026184124858368", "%.0f", DBL_MAX);
	F("inf", "%f", INFINITY);
	F("-inf", "%f", -INFINITY);
	F("INF", "%F", INFINITY);
	F("nan", "%f", NAN);
	F("NAN", "%E", NAN);
	F("  inf", "%5f", INFINITY);
	F("  inf", "%05f", INFINITY);
	F("+inf", "%+f", INFINITY);
	F("+1.00", "%+.2f", 1.0);
	F(" 1.00", "% .2f", 1.0);
	F("001.50", "%06.2f", 1.5);
	F("-01.50", "%06.2f", -1.5);
	F("1.5   ", "%-6.1f", 1.5);
	F("   1.5", "%*.*f", 6, 1, 1.5);
	F("1.500000", "%Lf", 1.5L);
	F("1024.000", "%.3f", 1024.0);
	F("9.999", "%.3f", 9.9994);
	F("10.000", "%.3f", 9.9996);
	F("1.0e+01", "%.1e", 9.96);
	F("0x1p+0", "%a", 1.0);
	F("0x1.8p+1", "%a", 3.0);
	F("-0x1.999999999999ap-4", "%a", -0.1);
	F("0x0p+0", "%a", 0.0);
	F("0X1.8P+1", "%A", 3.0);
	F("0x2p+0", "%.0a", 1.5);
	F("0x1.00p+0", "%.2a", 1.0);
	F("0x0.0000000000001p-1022", "%a", 4.9406564584124654e-324);
}

static void test_n_and_lengths(void)
{
	int n = -1;
	signed char hh = -1;
	long long ll = -1;
	size_t z = 0;

	rs_snprintf(buf, sizeof(buf), "abc%n def", &n);
	t_int("%n counts so far", n, 3);
	rs_snprintf(buf, sizeof(buf), "%5d%hhn", 1, &hh);
	t_int("%hhn", hh, 5);
	rs_snprintf(buf, sizeof(buf), "%s%lln", "xyz", &ll);
	t_int("%lln", ll, 3);
	rs_snprintf(buf, 2, "truncated%zn", &z);
	t_int("%zn counts past truncation", (long long) z, 9);
	t_int("wide field", rs_snprintf(buf, sizeof(buf), "%300d", 1), 300);
	t_int("long precision", rs_snprintf(buf, sizeof(buf), "%.500f", 1.0),
	    502);
	t_check("%.500f digits", buf[0] == '1' && buf[1] == '.' &&
	    strspn(buf + 2, "0") == 500, "got %.20s...", buf);
}

static void test_snprintf(void)
{
	int r;

	memset(buf, 'x', 16);
	r = rs_snprintf(buf, 5, "%s", "hello world");
	t_check("snprintf truncates", r == 11 && strcmp(buf, "hell") == 0,
	    "r=%d buf=\"%s\"", r, buf);
	t_int("snprintf NULL, 0", rs_snprintf(NULL, 0, "%d", 12345), 5);
	memset(buf, 'x', 16);
	r = rs_snprintf(buf, 1, "abc");
	t_check("snprintf size 1", r == 3 && buf[0] == '\0', "r=%d", r);
	memset(buf, 'x', 16);
	r = rs_snprintf(buf, 0, "abc");
	t_check("snprintf size 0 writes nothing", r == 3 && buf[0] == 'x',
	    "r=%d", r);
	r = rs_snprintf(buf, 6, "%d", 123456);
	t_check("snprintf number cut", r == 6 && strcmp(buf, "12345") == 0,
	    "r=%d buf=\"%s\"", r, buf);
	r = rs_sprintf(buf, "%s-%d", "ab", 7);
	t_check("sprintf", r == 4 && strcmp(buf, "ab-7") == 0, "r=%d", r);
}

static void test_other_sinks(void)
{
	char *s = NULL;
	int r = rs_asprintf(&s, "%s %0100d", "big", 7);

	t_check("asprintf", r == 104 && s != NULL && strncmp(s, "big 000", 7) == 0
	    && s[103] == '7' && s[104] == '\0', "r=%d", r);
	rs_free(s);
	fake_clear_output();
	r = rs_dprintf(1, "fd %d\n", 1);
	t_check("dprintf", r == 5 && strcmp(fake_output(1), "fd 1\n") == 0,
	    "r=%d out=\"%s\"", r, fake_output(1));
	fake_clear_output();
	rs_printf("to %s", "stdout");
	rs_fflush(rs_stdout);
	t_str("printf to stdout", fake_output(1), "to stdout");
	fake_clear_output();
	rs_fprintf(rs_stderr, "%s %d %s\n", "one", 2, "three");
	t_check("fprintf stderr in one write", fake_write_calls(2) == 1 &&
	    strcmp(fake_output(2), "one 2 three\n") == 0, "%d writes: \"%s\"",
	    fake_write_calls(2), fake_output(2));
}

static uint64_t rng = 88172645463325252ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

/* A random format for a double: flags, width, precision, conversion. */
static void random_float_format(char *fmt)
{
	static const char convs[] = "eEfFgGaA";
	static const char *const flags[] = { "", "-", "+", " ", "#", "0", "+0",
	    "-#" };
	char *p = fmt + sprintf(fmt, "%%%s", flags[next_random() % 8]);
	unsigned r = (unsigned) next_random();

	if (r % 3 == 0)
		p += sprintf(p, "%u", r / 3 % 30);
	if (r % 5 < 3)
		p += sprintf(p, ".%u", r / 5 % 25);
	sprintf(p, "%c", convs[r / 7 % 8]);
}

static double random_double(void)
{
	uint64_t bits = next_random();
	double d;

	switch (next_random() % 4) {
	case 0:			/* any bits: huge, tiny, subnormal, nan */
		memcpy(&d, &bits, sizeof(d));
		return d;
	case 1:			/* ordinary magnitudes */
		return (double) (int64_t) bits / (double) (1ULL << (bits % 50));
	case 2:			/* exactly halfway cases */
		return (double) (bits % 100000) + 0.5;
	default:		/* short decimals */
		return (double) (bits % 1000000) / 1000.0;
	}
}

static void test_against_host(void)
{
	char fmt[32], want[4096];

	t_begin("20000 random doubles agree with the host");
	for (int i = 0; i < 20000 && !t_failed(); i++) {
		double d = random_double();

		random_float_format(fmt);
		if (isnan(d))
			d = NAN;	/* the host prints a NaN's sign oddly */
		snprintf(want, sizeof(want), fmt, d);
		rs_snprintf(buf, sizeof(buf), fmt, d);
		if (strcmp(buf, want) != 0)
			t_fail("%s of %a: got \"%s\", want \"%s\"", fmt, d, buf, want);
	}
	t_end();

	t_begin("20000 random integers agree with the host");
	for (int i = 0; i < 20000 && !t_failed(); i++) {
		static const char *const convs[] = { "d", "i", "u", "x", "X", "o",
		    "lld", "llu", "llx", "hd", "hhu", "ld" };
		static const char *const flags[] = { "", "-", "+", " ", "#", "0",
		    "-+", "0#" };
		long long v = (long long) next_random() >> (next_random() % 64);
		unsigned r = (unsigned) next_random();
		char *p = fmt + sprintf(fmt, "%%%s", flags[r % 8]);

		if (r / 8 % 2)
			p += sprintf(p, "%u", r / 16 % 25);
		if (r / 400 % 2)
			p += sprintf(p, ".%u", r / 800 % 25);
		sprintf(p, "%s", convs[r / 20000 % 12]);
		if (strstr(fmt, "ll") != NULL) {
			snprintf(want, sizeof(want), fmt, v);
			rs_snprintf(buf, sizeof(buf), fmt, v);
		} else if (fmt[strlen(fmt) - 2] == 'l') {
			snprintf(want, sizeof(want), fmt, (long) v);
			rs_snprintf(buf, sizeof(buf), fmt, (long) v);
		} else {
			snprintf(want, sizeof(want), fmt, (int) v);
			rs_snprintf(buf, sizeof(buf), fmt, (int) v);
		}
		if (strcmp(buf, want) != 0)
			t_fail("%s of %lld: got \"%s\", want \"%s\"", fmt, v, buf, want);
	}
	t_end();
}

int main(void)
{
	fake_files_reset();
	test_integers();
	test_text();
	test_doubles();
	test_n_and_lengths();
	test_snprintf();
	test_other_sinks();
	test_against_host();
	return t_done();
}

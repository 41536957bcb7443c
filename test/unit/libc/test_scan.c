/*
 * test_scan.c - the scanf() family: each conversion with widths, lengths
 * and suppression, scan sets, %n and %%, the count returned (and EOF for
 * input that ends before the first conversion), and scanning a stream,
 * where the character looked at last stays unread.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static void test_integers(void)
{
	int i = 0, j = 0, r;
	unsigned u = 0;
	long long ll = 0;
	unsigned long long ull = 0;
	signed char hh = 0;
	short h = 0;
	size_t z = 0;
	void *p = NULL;

	r = rs_sscanf("42", "%d", &i);
	t_check("%d", r == 1 && i == 42, "r=%d i=%d", r, i);
	r = rs_sscanf("  -17", "%d", &i);
	t_check("%d skips space", r == 1 && i == -17, "r=%d i=%d", r, i);
	r = rs_sscanf("0x1f", "%x", &u);
	t_check("%x with prefix", r == 1 && u == 31, "r=%d u=%u", r, u);
	r = rs_sscanf("FF", "%X", &u);
	t_check("%X", r == 1 && u == 255, "r=%d u=%u", r, u);
	r = rs_sscanf("0x1f", "%i", &i);
	t_check("%i hex", r == 1 && i == 31, "r=%d i=%d", r, i);
	r = rs_sscanf("017", "%i", &i);
	t_check("%i octal", r == 1 && i == 15, "r=%d i=%d", r, i);
	r = rs_sscanf("017", "%d", &i);
	t_check("%d ignores leading zero", r == 1 && i == 17, "r=%d i=%d", r, i);
	r = rs_sscanf("777", "%o", &u);
	t_check("%o", r == 1 && u == 511, "r=%d u=%u", r, u);
	r = rs_sscanf("4294967295", "%u", &u);
	t_check("%u max", r == 1 && u == 4294967295u, "r=%d u=%u", r, u);
	r = rs_sscanf("-9223372036854775808", "%lld", &ll);
	t_check("%lld min", r == 1 && ll == INT64_MIN, "r=%d", r);
	r = rs_sscanf("18446744073709551615", "%llu", &ull);
	t_check("%llu max", r == 1 && ull == UINT64_MAX, "r=%d", r);
	r = rs_sscanf("300", "%hhd", &hh);
	t_check("%hhd", r == 1 && hh == 44, "r=%d hh=%d", r, hh);
	r = rs_sscanf("-2", "%hd", &h);
	t_check("%hd", r == 1 && h == -2, "r=%d h=%d", r, h);
	r = rs_sscanf("99", "%zu", &z);
	t_check("%zu", r == 1 && z == 99, "r=%d", r);
	r = rs_sscanf("0x1234", "%p", &p);
	t_check("%p", r == 1 && p == (void *) 0x1234, "r=%d p=%p", r, p);
	r = rs_sscanf("1234567", "%5d%d", &i, &j);
	t_check("width splits a number", r == 2 && i == 12345 && j == 67,
	    "r=%d i=%d j=%d", r, i, j);
	r = rs_sscanf("1 2", "%*d %d", &i);
	t_check("%* suppresses", r == 1 && i == 2, "r=%d i=%d", r, i);
	r = rs_sscanf("12 abc", "%d %d", &i, &j);
	t_check("matching failure stops the count", r == 1 && i == 12,
	    "r=%d", r);
	r = rs_sscanf("x", "%d", &i);
	t_check("no number is 0, not EOF", r == 0, "r=%d", r);
	r = rs_sscanf("", "%d", &i);
	t_int("empty input is EOF", r, RS_EOF);
	r = rs_sscanf("   ", "%d", &i);
	t_int("only space is EOF", r, RS_EOF);
	r = rs_sscanf("5", "%d %d", &i, &j);
	t_int("input ends after one", r, 1);
}

static void test_text(void)
{
	char s[32], t[32];
	char c = 0;
	int n = -1, i = 0, r;

	r = rs_sscanf(" x", "%c", &c);
	t_check("%c does not skip space", r == 1 && c == ' ', "r=%d c=%d", r, c);
	r = rs_sscanf(" x", " %c", &c);
	t_check("space in format skips", r == 1 && c == 'x', "r=%d c=%d", r, c);
	memset(s, '#', sizeof(s));
	r = rs_sscanf("abcdef", "%3c", s);
	t_check("%3c takes three, no NUL", r == 1 && memcmp(s, "abc#", 4) == 0,
	    "r=%d s=%.4s", r, s);
	r = rs_sscanf("  hello world", "%s", s);
	t_check("%s takes a word", r == 1 && strcmp(s, "hello") == 0,
	    "r=%d s=%s", r, s);
	r = rs_sscanf("abcdefgh", "%5s", s);
	t_check("%5s", r == 1 && strcmp(s, "abcde") == 0, "r=%d s=%s", r, s);
	r = rs_sscanf("abc123", "%[a-z]", s);
	t_check("%[a-z]", r == 1 && strcmp(s, "abc") == 0, "r=%d s=%s", r, s);
	r = rs_sscanf("foo,bar", "%[^,],%s", s, t);
	t_check("%[^,]", r == 2 && strcmp(s, "foo") == 0 && strcmp(t, "bar") == 0,
	    "r=%d s=%s t=%s", r, s, t);
	r = rs_sscanf("]a]b", "%[]a]", s);
	t_check("%[] with ] first", r == 1 && strcmp(s, "]a]") == 0,
	    "r=%d s=%s", r, s);
	r = rs_sscanf("123", "%[a-z]", s);
	t_int("%[ matching nothing", r, 0);
	r = rs_sscanf("abc", "abc%n", &n);
	t_check("%n after literal", r == 0 && n == 3, "r=%d n=%d", r, n);
	r = rs_sscanf("12345 ", "%d%n", &i, &n);
	t_check("%n is not counted", r == 1 && n == 5, "r=%d n=%d", r, n);
	r = rs_sscanf("50%", "%d%%", &i);
	t_check("%%", r == 1 && i == 50, "r=%d", r);
	r = rs_sscanf("abc", "abd");
	t_int("literal mismatch", r, 0);
	r = rs_sscanf("a1", "b%d", &i);
	t_int("literal mismatch before conversion", r, 0);
	r = rs_sscanf("key = value", "%s = %s", s, t);
	t_check("spaces around literal", r == 2 && strcmp(t, "value") == 0,
	    "r=%d", r);
}

static void test_floats(void)
{
	float f = 0;
	double d = 0;
	long double ld = 0;
	int r;

	r = rs_sscanf("3.25", "%f", &f);
	t_check("%f", r == 1 && f == 3.25f, "r=%d f=%g", r, f);
	r = rs_sscanf("-1e-3", "%lf", &d);
	t_check("%lf", r == 1 && d == -1e-3, "r=%d d=%g", r, d);
	r = rs_sscanf("2.5", "%Lf", &ld);
	t_check("%Lf", r == 1 && ld == 2.5L, "r=%d", r);
	r = rs_sscanf("1.5e+2", "%le", &d);
	t_check("%le", r == 1 && d == 150.0, "r=%d d=%g", r, d);
	r = rs_sscanf("inf", "%lg", &d);
	t_check("%lg inf", r == 1 && isinf(d), "r=%d d=%g", r, d);
	r = rs_sscanf("-nan", "%lf", &d);
	t_check("%lf nan", r == 1 && isnan(d), "r=%d d=%g", r, d);
	r = rs_sscanf("0x1.8p1", "%la", &d);
	t_check("%la hex", r == 1 && d == 3.0, "r=%d d=%g", r, d);
	r = rs_sscanf("3.14159", "%4lf", &d);
	t_check("%4lf", r == 1 && d == 3.14, "r=%d d=%g", r, d);
	r = rs_sscanf(".5x", "%lf", &d);
	t_check("%lf .5", r == 1 && d == 0.5, "r=%d d=%g", r, d);
	r = rs_sscanf("abc", "%lf", &d);
	t_int("%lf no number", r, 0);
	r = rs_sscanf("1.5 2.5", "%*f %lf", &d);
	t_check("%*f", r == 1 && d == 2.5, "r=%d d=%g", r, d);
}

static void test_streams(void)
{
	static const char text[] = "10 20\nname 3.5\n123abc";
	rs_FILE *f;
	int a = 0, b = 0, n, r;
	char s[16];
	double d = 0;

	fake_file_put("scan.txt", text, strlen(text));
	f = rs_fopen("scan.txt", "r");
	r = rs_fscanf(f, "%d %d", &a, &b);
	t_check("fscanf two numbers", r == 2 && a == 10 && b == 20, "r=%d", r);
	r = rs_fscanf(f, "%s %lf", s, &d);
	t_check("fscanf word and double", r == 2 && strcmp(s, "name") == 0 &&
	    d == 3.5, "r=%d s=%s d=%g", r, s, d);
	r = rs_fscanf(f, "%d", &n);
	t_check("fscanf leaves the next char", r == 1 && n == 123 &&
	    rs_fgetc(f) == 'a', "r=%d n=%d", r, n);
	rs_fscanf(f, "%s", s);
	r = rs_fscanf(f, "%d", &n);
	t_int("fscanf at end of file", r, RS_EOF);
	rs_fclose(f);
	fake_set_stdin("7 eight\n");
	r = rs_scanf("%d %s", &n, s);
	t_check("scanf from stdin", r == 2 && n == 7 && strcmp(s, "eight") == 0,
	    "r=%d", r);
}

int main(void)
{
	fake_files_reset();
	test_integers();
	test_text();
	test_floats();
	test_streams();
	return t_done();
}

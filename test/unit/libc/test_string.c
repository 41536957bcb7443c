/*
 * test_string.c - string.h and strings.h against the C standard's
 * behaviour, including the corner cases (overlap, n = 0, NUL counted
 * as part of the string, truncation results).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static int sign(int v)
{
	return (v > 0) - (v < 0);
}

static void test_mem(void)
{
	char buf[64], ref[64];

	t_begin("memcpy all alignments and lengths");
	for (int a = 0; a < 8; a++) {
		for (int b = 0; b < 8; b++) {
			for (int n = 0; n < 40; n++) {
				char src[64];

				for (int i = 0; i < 64; i++)
					src[i] = (char) (i * 7 + 1);
				memset(buf, 'x', sizeof(buf));
				memset(ref, 'x', sizeof(ref));
				rs_memcpy(buf + a, src + b, (size_t) n);
				memcpy(ref + a, src + b, (size_t) n);
				if (memcmp(buf, ref, sizeof(buf)) != 0)
					t_fail("a=%d b=%d n=%d", a, b, n);
			}
		}
	}
	t_end();

	t_begin("memmove overlap both ways");
	for (int d = -9; d <= 9; d++) {
		for (int n = 0; n < 30; n++) {
			for (int i = 0; i < 64; i++)
				buf[i] = ref[i] = (char) i;
			rs_memmove(buf + 20 + d, buf + 20, (size_t) n);
			memmove(ref + 20 + d, ref + 20, (size_t) n);
			if (memcmp(buf, ref, sizeof(buf)) != 0)
				t_fail("d=%d n=%d", d, n);
		}
	}
	t_end();

	t_begin("memset and bzero");
	for (int a = 0; a < 8; a++) {
		for (int n = 0; n < 40; n++) {
			memset(buf, 1, sizeof(buf));
			memset(ref, 1, sizeof(ref));
			if (rs_memset(buf + a, 0xab, (size_t) n) != buf + a)
				t_fail("return value");
			memset(ref + a, 0xab, (size_t) n);
			if (memcmp(buf, ref, sizeof(buf)) != 0)
				t_fail("memset a=%d n=%d", a, n);
		}
	}
	rs_bzero(buf + 3, 10);
	memset(ref + 3, 0, 10);
	if (memcmp(buf, ref, 20) != 0)
		t_fail("bzero");
	t_end();

}

static void test_mem_search(void)
{
	const char *s = "hello";

	t_int("memcmp equal", rs_memcmp("abc", "abc", 3), 0);
	t_int("memcmp unsigned", sign(rs_memcmp("\x80", "\x01", 1)), 1);
	t_int("memcmp n=0", rs_memcmp("a", "b", 0), 0);
	t_check("memchr first", rs_memchr(s, 'l', 5) == s + 2, "wrong");
	t_check("memchr past n", rs_memchr(s, 'o', 4) == NULL, "found");
	t_check("memchr byte 0xff", rs_memchr("a\xff", 0xff, 2) != NULL,
	    "not found");
}

static void test_copy(void)
{
	char buf[32];

	t_int("strlen", (long long) rs_strlen("hello"), 5);
	t_int("strlen empty", (long long) rs_strlen(""), 0);
	t_int("strnlen short", (long long) rs_strnlen("hello", 3), 3);
	t_int("strnlen long", (long long) rs_strnlen("hi", 10), 2);
	t_str("strcpy", rs_strcpy(buf, "copy me"), "copy me");
	memset(buf, 'z', sizeof(buf));
	rs_strncpy(buf, "ab", 5);
	t_check("strncpy pads with NULs", memcmp(buf, "ab\0\0\0z", 6) == 0,
	    "bytes %02x %02x %02x %02x %02x", buf[0], buf[1], buf[2], buf[3],
	    buf[5]);
	memset(buf, 'z', sizeof(buf));
	rs_strncpy(buf, "abcdef", 3);
	t_check("strncpy no NUL when full", memcmp(buf, "abcz", 4) == 0,
	    "got %.4s", buf);
	strcpy(buf, "foo");
	t_str("strcat", rs_strcat(buf, "bar"), "foobar");
	strcpy(buf, "foo");
	t_str("strncat", rs_strncat(buf, "barbaz", 3), "foobar");
	t_int("strlcpy result", (long long) rs_strlcpy(buf, "truncated", 5), 9);
	t_str("strlcpy truncates", buf, "trun");
	strcpy(buf, "ab");
	t_int("strlcat result", (long long) rs_strlcat(buf, "cdef", 5), 6);
	t_str("strlcat truncates", buf, "abcd");
	t_int("strlcat size 0", (long long) rs_strlcpy(buf, "xyz", 0), 3);
}

static void test_compare(void)
{
	t_int("strcmp equal", rs_strcmp("abc", "abc"), 0);
	t_int("strcmp less", sign(rs_strcmp("abc", "abd")), -1);
	t_int("strcmp prefix", sign(rs_strcmp("ab", "abc")), -1);
	t_int("strcmp unsigned", sign(rs_strcmp("\xff", "a")), 1);
	t_int("strncmp stops at n", rs_strncmp("abcX", "abcY", 3), 0);
	t_int("strncmp stops at NUL", rs_strncmp("ab", "ab", 10), 0);
	t_int("strcoll is strcmp", sign(rs_strcoll("b", "a")), 1);
	t_int("strcasecmp", rs_strcasecmp("HeLLo", "hello"), 0);
	t_int("strcasecmp order", sign(rs_strcasecmp("apple", "BANANA")), -1);
	t_int("strncasecmp", rs_strncasecmp("ABCd", "abcE", 3), 0);
}

static void test_search(void)
{
	const char *s = "hello world";

	t_check("strchr", rs_strchr(s, 'o') == s + 4, "wrong");
	t_check("strchr NUL", rs_strchr(s, '\0') == s + 11, "wrong");
	t_check("strchr missing", rs_strchr(s, 'z') == NULL, "found");
	t_check("strrchr", rs_strrchr(s, 'o') == s + 7, "wrong");
	t_check("strrchr NUL", rs_strrchr(s, '\0') == s + 11, "wrong");
	t_check("strstr", rs_strstr(s, "wor") == s + 6, "wrong");
	t_check("strstr empty needle", rs_strstr(s, "") == s, "wrong");
	t_check("strstr missing", rs_strstr(s, "worlds") == NULL, "found");
	t_check("strstr overlapping prefix", rs_strstr("aaab", "aab") != NULL,
	    "missed");
	t_int("strspn", (long long) rs_strspn("abcabcxyz", "abc"), 6);
	t_int("strcspn", (long long) rs_strcspn("hello, world", ",! "), 5);
	t_int("strcspn none", (long long) rs_strcspn("abc", "xyz"), 3);
	t_check("strpbrk", rs_strpbrk(s, "dw") == s + 6, "wrong");
	t_check("strpbrk none", rs_strpbrk(s, "XYZ") == NULL, "found");
}

static void test_tok(void)
{
	char buf[64], *save, *t;
	char out[128] = "";

	strcpy(buf, "  one, two,,three  ");
	for (t = rs_strtok(buf, " ,"); t != NULL; t = rs_strtok(NULL, " ,")) {
		strcat(out, t);
		strcat(out, "|");
	}
	t_str("strtok", out, "one|two|three|");
	strcpy(buf, "a:b");
	out[0] = '\0';
	for (t = rs_strtok_r(buf, ":", &save); t != NULL;
	    t = rs_strtok_r(NULL, ":", &save)) {
		strcat(out, t);
		strcat(out, "|");
	}
	t_str("strtok_r", out, "a|b|");
	strcpy(buf, ":::");
	t_check("strtok only delimiters", rs_strtok(buf, ":") == NULL,
	    "got a token");
}

static void test_dup(void)
{
	char *p = rs_strdup("duplicate");

	t_str("strdup", p, "duplicate");
	rs_free(p);
	p = rs_strndup("duplicate", 3);
	t_str("strndup", p, "dup");
	rs_free(p);
	p = rs_strndup("ab", 10);
	t_str("strndup short", p, "ab");
	rs_free(p);
}

static void test_messages(void)
{
	t_str("strerror ENOENT", rs_strerror(2), "No such file or directory");
	t_str("strerror ERANGE", rs_strerror(34), "Result too large");
	t_str("strerror EDEADSRCDST", rs_strerror(100),
	    "Peer process is dead or never existed");
	t_str("strerror unknown", rs_strerror(9999), "Unknown error 9999");
	t_str("strerror negative", rs_strerror(-5), "Unknown error -5");
	t_begin("strerror every number has a message");
	for (int e = 1; e <= 109; e++) {
		const char *m = rs_strerror(e);

		if (((e >= 1 && e <= 45) || (e >= 50 && e <= 70) || e >= 100) &&
		    strncmp(m, "Unknown", 7) == 0)
			t_fail("%d has none", e);
	}
	t_end();
	t_str("strsignal SIGSEGV", rs_strsignal(11), "Segmentation fault");
	t_str("strsignal SIGKILL", rs_strsignal(9), "Killed");
	t_str("strsignal unknown", rs_strsignal(99), "Unknown signal");
}

/* memccpy and the BSD names of <strings.h>. */
static void test_bsd(void)
{
	char buf[16];

	memset(buf, 'x', sizeof(buf));
	t_check("memccpy returns the byte after c",
	    rs_memccpy(buf, "key=value", '=', sizeof(buf)) == buf + 4 &&
	    memcmp(buf, "key=x", 5) == 0, "buf %.5s", buf);
	t_check("memccpy without c copies n and says NULL",
	    rs_memccpy(buf, "abcdef", 'z', 3) == NULL &&
	    memcmp(buf, "abc=", 4) == 0, "buf %.4s", buf);
	t_check("memccpy n 0", rs_memccpy(buf, "a", 'a', 0) == NULL, "non-NULL");
	t_check("memccpy c is a byte", rs_memccpy(buf, "\xff", 0x1ff, 1) ==
	    buf + 1, "did not stop");
	const char *s = "hello";
	t_check("index and rindex", rs_index(s, 'l') == s + 2 &&
	    rs_rindex(s, 'l') == s + 3 && rs_index(s, '\0') == s + 5 &&
	    rs_index(s, 'z') == NULL, "wrong");
	strcpy(buf, "abcdef");
	rs_bcopy(buf, buf + 2, 4);
	t_str("bcopy overlapping", buf, "ababcd");
	t_check("bcmp", rs_bcmp("abc", "abd", 2) == 0 &&
	    rs_bcmp("abc", "abd", 3) != 0 && rs_bcmp("", "", 0) == 0, "wrong");
	t_begin("ffs");
	if (rs_ffs(0) != 0)
		t_fail("ffs(0) is %d", rs_ffs(0));
	for (int i = 0; i < 32; i++)
		if (rs_ffs((int) (1u << i) | (int) (1u << 31)) != i + 1)
			t_fail("bit %d", i);
	t_end();
}

int main(void)
{
	fake_files_reset();
	test_bsd();
	test_mem();
	test_mem_search();
	test_copy();
	test_compare();
	test_search();
	test_tok();
	test_dup();
	test_messages();
	return t_done();
}

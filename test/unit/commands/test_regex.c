/*
 * test_regex.c - host unit test of regcomp/regexec/regerror and fnmatch.
 *
 * Built against Resurgo's <regex.h> and <fnmatch.h> with the library's
 * entry points renamed rs_* (see the Makefile), so the host's own regex
 * stays out of the way.  Each case compiles a pattern, runs it on a
 * string and compares the group offsets with the expected text, where
 * "(so,eo)" is one group and "-" an unset group.
 * Prints "ok ..." or "FAIL ...: why" per case and "N passed, M failed".
 */
#include <regex.h>
#include <fnmatch.h>
#include <stdio.h>
#include <string.h>

#define B	0			/* basic syntax */
#define E	REG_EXTENDED
#define I	REG_ICASE
#define NL	REG_NEWLINE

struct rcase {
	int cflags;
	const char *pattern;
	const char *subject;
	const char *want;	/* groups, "nomatch", or "err N" */
};

static const struct rcase cases[] = {
	/* Literals, ., anchors. */
	{ B, "abc", "xxabcxx", "(2,5)" },
	{ B, "abc", "ab", "nomatch" },
	{ B, "a.c", "abc", "(0,3)" },
	{ B, "a.c", "ac", "nomatch" },
	{ B, "^ab", "abab", "(0,2)" },
	{ B, "^ab", "cab", "nomatch" },
	{ B, "ab$", "abab", "(2,4)" },
	{ B, "^$", "", "(0,0)" },
	{ B, "", "abc", "(0,0)" },
	{ B, "a^b", "a^b", "(0,3)" },
	{ B, "a$b", "a$b", "(0,3)" },
	{ E, "a\\.c", "abc a.c", "(4,7)" },
	/* Stars and intervals. */
	{ B, "ab*c", "ac", "(0,2)" },
	{ B, "ab*c", "abbbc", "(0,5)" },
	{ B, "*a", "x*a", "(1,3)" },
	{ B, "^*a", "*a", "(0,2)" },
	{ B, "a\\{2\\}", "aaa", "(0,2)" },
	{ B, "a\\{2,\\}", "aaaa", "(0,4)" },
	{ B, "a\\{1,2\\}b", "aaab", "(1,4)" },
	{ B, "a\\{3,1\\}", "", "err 10" },
	{ B, "a\\{1", "", "err 9" },
	{ B, "\\{1\\}", "", "err 13" },
	{ B, "a\\+", "baa", "(1,3)" },
	{ B, "a\\?b", "b", "(0,1)" },
	{ B, "a+", "a+", "(0,2)" },
	{ E, "a+", "baaa", "(1,4)" },
	{ E, "ba?c", "bc", "(0,2)" },
	{ E, "a{2,3}", "aaaa", "(0,3)" },
	{ E, "a{,", "a{,", "(0,3)" },
	{ E, "x{1}y", "xxy", "(1,3)" },
	{ E, ".*", "hello", "(0,5)" },
	{ E, "(a*)*", "b", "(0,0)(0,0)" },
	{ E, "(a*)+", "aa", "(0,2)(0,2)" },
	{ E, "(ab)*c", "ababc", "(0,5)(2,4)" },
	/* Bracket expressions. */
	{ B, "[abc]", "xxb", "(2,3)" },
	{ B, "[^abc]", "abcd", "(3,4)" },
	{ B, "[a-c]*", "abcd", "(0,3)" },
	{ B, "[]a]", "]", "(0,1)" },
	{ B, "[^]a]", "]ab", "(2,3)" },
	{ B, "[a-]", "-", "(0,1)" },
	{ B, "[[:digit:]]\\+", "ab123c", "(2,5)" },
	{ B, "[[:alpha:]_][[:alnum:]_]*", "9 foo_1 x", "(2,7)" },
	{ B, "[[:upper:][:digit:]]*", "AB1c", "(0,3)" },
	{ B, "[[:space:]]", "a b", "(1,2)" },
	{ B, "[[:punct:]]", "ab,c", "(2,3)" },
	{ B, "[[:xdigit:]]*", "f0Ag", "(0,3)" },
	{ B, "[[:nope:]]", "", "err 4" },
	{ B, "[abc", "", "err 7" },
	{ B, "[z-a]", "", "err 11" },
	{ B, "[.].]", "x]", "nomatch" },
	{ B, "[[.].]]", "]", "(0,1)" },
	{ B, "[[=a=]]", "ba", "(1,2)" },
	{ B, "[\\n]", "\\", "(0,1)" },
	/* Groups and back-references. */
	{ B, "\\(ab\\)c", "abc", "(0,3)(0,2)" },
	{ B, "\\(a\\)\\(b\\)", "ab", "(0,2)(0,1)(1,2)" },
	{ B, "\\(a*\\)b\\1", "aabaa", "(0,5)(0,2)" },
	{ B, "\\(a*\\)b\\1$", "aaba", "(1,4)(1,2)" },
	{ B, "\\([a-z]*\\) \\1", "foo foo", "(0,7)(0,3)" },
	{ B, "\\(.\\)\\1", "abccd", "(2,4)(2,3)" },
	{ B, "\\(a\\)\\2", "", "err 6" },
	{ B, "\\(a", "", "err 8" },
	{ B, "a\\)", "", "err 8" },
	{ B, "\\(^a\\)", "ab", "(0,1)(0,1)" },
	{ B, "\\(a$\\)", "ba", "(1,2)(1,2)" },
	{ B, "\\(\\(a\\)b\\)*", "abab", "(0,4)(2,4)(2,3)" },
	{ E, "(a)(b)?", "a", "(0,1)(0,1)-" },
	{ E, "(.)(.)\\2\\1", "xabba", "(1,5)(1,2)(2,3)" },
	{ E, "(a", "", "err 8" },
	{ E, "a)", "a)", "(0,2)" },
	{ E, "()", "x", "(0,0)(0,0)" },
	/* Alternation; the longest match wins. */
	{ E, "cat|dog", "hotdog", "(3,6)" },
	{ E, "a|ab", "abc", "(0,2)" },
	{ E, "(a|ab)(c|bcd)", "abcd", "(0,4)(0,1)(1,4)" },
	{ E, "x(a|b|)y", "xy", "(0,2)(1,1)" },
	{ E, "^(foo|bar)$", "bar", "(0,3)(0,3)" },
	{ E, "^(foo|bar)$", "foobar", "nomatch" },
	{ B, "one\\|two", "two", "(0,3)" },
	{ E, "x*(xy)*", "xxyxy", "(0,5)(3,5)" },
	/* Nested repetitions: remembered positions keep these fast. */
	{ B, "\\(a*\\)*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "nomatch" },
	{ E, "(a|aa)*c", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac",
	    "(0,41)(39,40)" },
	{ E, "(ab|a)*b", "ababab", "(0,6)(4,5)" },
	{ E, "(a*b)*c", "xabaabbc", "(1,8)(6,7)" },
	{ E, "x(a|b)*y", "xaby xy", "(0,4)(2,3)" },
	/* Flags. */
	{ I, "abc", "xABC", "(1,4)" },
	{ I, "[a-c]\\+", "CBAd", "(0,3)" },
	{ I | E, "(a)\\1", "aA", "(0,2)(0,1)" },
	{ NL, "^b", "a\nb", "(2,3)" },
	{ NL, "a$", "a\nb", "(0,1)" },
	{ NL, "a.b", "a\nb", "nomatch" },
	{ NL, "a[^x]b", "a\nb", "nomatch" },
	{ B, "a.b", "a\nb", "(0,3)" },
	{ B, "^b", "a\nb", "nomatch" },
	/* Errors. */
	{ B, "abc\\", "", "err 5" },
	{ E, "a\\", "", "err 5" },
};

/* Formats the groups of a successful match as "(so,eo)..." into buf. */
static void format_groups(const regmatch_t *pm, size_t n, char *buf,
    size_t size)
{
	size_t i, len = 0;

	buf[0] = '\0';
	for (i = 0; i < n && len < size; i++) {
		if (pm[i].rm_so < 0)
			len += (size_t) snprintf(buf + len, size - len, "-");
		else
			len += (size_t) snprintf(buf + len, size - len,
			    "(%ld,%ld)", (long) pm[i].rm_so,
			    (long) pm[i].rm_eo);
	}
}

/* Runs one case; fills got with what happened. */
static void run_case(const struct rcase *c, char *got, size_t size)
{
	regex_t re;
	regmatch_t pm[10];
	int r = regcomp(&re, c->pattern, c->cflags);

	if (r != 0) {
		snprintf(got, size, "err %d", r);
		return;
	}
	r = regexec(&re, c->subject, 10, pm, 0);
	if (r == REG_NOMATCH)
		snprintf(got, size, "nomatch");
	else if (r != 0)
		snprintf(got, size, "exec %d", r);
	else
		format_groups(pm, re.re_nsub + 1, got, size);
	regfree(&re);
}

/* Shows newlines in a case's name as |, to keep one case a line. */
static void one_line(char *s)
{
	for (; *s != '\0'; s++)
		if (*s == '\n')
			*s = '|';
}

static int passed, failed;

static void report(int ok, const char *name, const char *why)
{
	if (ok) {
		printf("ok %s\n", name);
		passed++;
	} else {
		printf("FAIL %s: %s\n", name, why);
		failed++;
	}
}

static void test_cases(void)
{
	char got[200], name[200], why[300];
	size_t i;

	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		run_case(&cases[i], got, sizeof(got));
		snprintf(name, sizeof(name), "regex %s /%s/ on \"%s\"",
		    cases[i].cflags & E ? "ERE" : "BRE", cases[i].pattern,
		    cases[i].subject);
		one_line(name);
		snprintf(why, sizeof(why), "want %s, got %s", cases[i].want,
		    got);
		report(strcmp(got, cases[i].want) == 0, name, why);
	}
}

/* REG_NOSUB, REG_NOTBOL, pmatch beyond re_nsub, regerror. */
static void test_api(void)
{
	regex_t re;
	regmatch_t pm[3];
	char buf[8];
	size_t need;

	report(regcomp(&re, "a\\(b\\)", REG_NOSUB) == 0 &&
	    re.re_nsub == 1 && regexec(&re, "xab", 0, NULL, 0) == 0 &&
	    regexec(&re, "xa", 0, NULL, 0) == REG_NOMATCH,
	    "regex REG_NOSUB", "wrong answer");
	regfree(&re);
	report(regcomp(&re, "^a", 0) == 0 &&
	    regexec(&re, "a", 0, NULL, REG_NOTBOL) == REG_NOMATCH,
	    "regex REG_NOTBOL", "matched");
	regfree(&re);
	report(regcomp(&re, "a$", 0) == 0 &&
	    regexec(&re, "a", 0, NULL, REG_NOTEOL) == REG_NOMATCH,
	    "regex REG_NOTEOL", "matched");
	regfree(&re);
	report(regcomp(&re, "b", 0) == 0 &&
	    regexec(&re, "ab", 3, pm, 0) == 0 && pm[0].rm_so == 1 &&
	    pm[1].rm_so == -1 && pm[2].rm_eo == -1,
	    "regex unused pmatch entries", "not -1");
	regfree(&re);
	need = regerror(REG_EBRACK, NULL, buf, sizeof(buf));
	report(need > sizeof(buf) && strlen(buf) == sizeof(buf) - 1,
	    "regerror truncates", buf);
	report(regerror(REG_NOMATCH, NULL, NULL, 0) == strlen("No match") + 1,
	    "regerror size", "wrong size");
}

struct fcase {
	const char *pattern, *name;
	int flags, want;
};

static const struct fcase fcases[] = {
	{ "*.c", "main.c", 0, 0 },
	{ "*.c", "main.h", 0, FNM_NOMATCH },
	{ "a?c", "abc", 0, 0 },
	{ "a?c", "ac", 0, FNM_NOMATCH },
	{ "[a-c]x", "bx", 0, 0 },
	{ "[!a-c]x", "bx", 0, FNM_NOMATCH },
	{ "[^a-c]x", "dx", 0, 0 },
	{ "[[:digit:]]*", "1abc", 0, 0 },
	{ "\\*", "*", 0, 0 },
	{ "\\*", "\\*", FNM_NOESCAPE, 0 },
	{ "*", ".profile", FNM_PERIOD, FNM_NOMATCH },
	{ ".*", ".profile", FNM_PERIOD, 0 },
	{ "*", ".profile", 0, 0 },
	{ "*/b", "a/b", FNM_PATHNAME, 0 },
	{ "*", "a/b", FNM_PATHNAME, FNM_NOMATCH },
	{ "a?b", "a/b", FNM_PATHNAME, FNM_NOMATCH },
	{ "a/*", "a/.x", FNM_PATHNAME | FNM_PERIOD, FNM_NOMATCH },
	{ "a*b*c", "axxbyyc", 0, 0 },
	{ "[ab", "[ab", 0, 0 },
	{ "ABC", "abc", FNM_CASEFOLD, 0 },
	{ "", "", 0, 0 },
	{ "*", "", 0, 0 },
};

static void test_fnmatch(void)
{
	char name[200], why[100];
	size_t i;
	int got;

	for (i = 0; i < sizeof(fcases) / sizeof(fcases[0]); i++) {
		got = fnmatch(fcases[i].pattern, fcases[i].name,
		    fcases[i].flags);
		snprintf(name, sizeof(name), "fnmatch \"%s\" \"%s\" flags %d",
		    fcases[i].pattern, fcases[i].name, fcases[i].flags);
		snprintf(why, sizeof(why), "want %d, got %d", fcases[i].want,
		    got);
		report(got == fcases[i].want, name, why);
	}
}

int main(void)
{
	test_cases();
	test_api();
	test_fnmatch();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

/*
 * match.c - matching a string against a shell pattern: * ? [...] [!...]
 * with ranges and [:classes:], and \ to quote.
 *
 * Entry point: pmatch.  A '*' remembers where it stood; on a mismatch
 * the match resumes there with the star taking one more character.
 * One such point is enough, since everything else matches exactly one
 * character.
 */
#include <ctype.h>
#include <string.h>
#include "match.h"

static const struct {
	const char *name;
	int (*test)(int c);
} classes[] = {
	{ "alnum", isalnum }, { "alpha", isalpha }, { "blank", isblank },
	{ "cntrl", iscntrl }, { "digit", isdigit }, { "graph", isgraph },
	{ "lower", islower }, { "print", isprint }, { "punct", ispunct },
	{ "space", isspace }, { "upper", isupper }, { "xdigit", isxdigit },
};

/* [:name:] at p; sets *end past it.  -1 if it is not a class. */
static int class_match(const char *p, int c, const char **end)
{
	const char *close = strstr(p + 2, ":]");
	size_t i, n;

	if (!close)
		return -1;
	n = (size_t) (close - (p + 2));
	*end = close + 2;
	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strlen(classes[i].name) == n
		    && strncmp(classes[i].name, p + 2, n) == 0)
			return classes[i].test(c) != 0;
	return 0;
}

/* One character of a bracket expression, unquoting \x. */
static int bracket_char(const char **q)
{
	const char *p = *q;

	if (*p == '\\' && p[1])
		p++;
	*q = p + 1;
	return (unsigned char) *p;
}

/* [...] at p: 1 or 0 for c, setting *end; -1 if it has no closing ]. */
static int bracket(const char *p, int c, const char **end)
{
	const char *q = p + 1;
	int negate = 0, matched = 0, first = 1, lo, hi, r;

	if (*q == '!' || *q == '^') {
		negate = 1;
		q++;
	}
	for (; first || *q != ']'; first = 0) {
		if (*q == '\0')
			return -1;
		if (q[0] == '[' && q[1] == ':'
		    && (r = class_match(q, c, &q)) >= 0) {
			matched |= r;
			continue;
		}
		lo = hi = bracket_char(&q);
		if (q[0] == '-' && q[1] && q[1] != ']') {
			q++;
			hi = bracket_char(&q);
		}
		if (c >= lo && c <= hi)
			matched = 1;
	}
	*end = q + 1;
	return matched ^ negate;
}

/* Whether the pattern element at *pp matches c; moves *pp past it. */
static int element(const char **pp, int c)
{
	const char *p = *pp;
	int r;

	switch (*p) {
	case '?':
		*pp = p + 1;
		return 1;
	case '[':
		if ((r = bracket(p, c, pp)) >= 0)
			return r;
		break;
	case '\\':
		if (p[1]) {
			*pp = p + 2;
			return (unsigned char) p[1] == c;
		}
		break;
	}
	*pp = p + 1;
	return (unsigned char) *p == c;
}

int pmatch(const char *pat, const char *s, size_t n)
{
	const char *p = pat, *star = NULL;
	size_t i = 0, star_i = 0;

	while (*p || i < n) {
		if (*p == '*') {
			while (*p == '*')
				p++;
			star = p;
			star_i = i;
			continue;
		}
		if (*p && i < n && element(&p, (unsigned char) s[i])) {
			i++;
			continue;
		}
		if (!star || star_i >= n)
			return 0;
		p = star;
		i = ++star_i;
	}
	return 1;
}

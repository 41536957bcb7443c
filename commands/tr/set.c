/*
 * set.c - expanding tr's strings: a-z ranges, [:class:], [=c=],
 * [c*n] and [c*] repeats, and backslash escapes.  Entry point: expand().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "tr.h"

static const struct {
	const char *name;
	int (*test)(int);
} classes[] = {
	{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
	{ "upper", isupper }, { "lower", islower }, { "space", isspace },
	{ "blank", isblank }, { "punct", ispunct }, { "print", isprint },
	{ "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

static void fail(const char *what, const char *where)
{
	fprintf(stderr, "tr: %s: %s\n", what, where);
	exit(1);
}

static void add(struct seq *out, int c)
{
	if (out->len == SEQ_MAX)
		fail("string too long", "");
	out->c[out->len++] = (unsigned char) c;
}

/* One character at *p, undoing a backslash escape. */
static int one_char(const char **p)
{
	static const char from[] = "abfnrtv", to[] = "\a\b\f\n\r\t\v";
	const char *s = *p, *hit;
	int v = 0, i;

	if (*s != '\\' || s[1] == '\0') {
		*p = s + 1;
		return (unsigned char) *s;
	}
	s++;
	if (*s >= '0' && *s <= '7') {
		for (i = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
			v = v * 8 + (*s++ - '0');
		*p = s;
		return v & 0xff;
	}
	*p = s + 1;
	hit = strchr(from, *s);
	return hit != NULL && *s != '\0' ? to[hit - from] : (unsigned char) *s;
}

/* [:name:] at p; answers the text after it, or NULL if not one. */
static const char *add_class(const char *p, struct seq *out)
{
	const char *end = strstr(p + 2, ":]");
	size_t i, len;
	int c;

	if (end == NULL)
		return NULL;
	len = (size_t) (end - (p + 2));
	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
		if (strlen(classes[i].name) != len ||
		    strncmp(classes[i].name, p + 2, len) != 0)
			continue;
		for (c = 0; c < 256; c++)
			if (classes[i].test(c))
				add(out, c);
		return end + 2;
	}
	fail("invalid character class", p);
	return NULL;
}

/* [c*n] or [c*] at p; answers the text after it, or NULL if not one.
 * A [c*] is recorded in *star to be stretched once the rest is known. */
static const char *add_repeat(const char *p, struct seq *out,
    size_t *star, int *star_char)
{
	const char *s = p + 1;
	int c = one_char(&s);
	char *end;
	long n;

	if (*s != '*')
		return NULL;
	n = strtol(s + 1, &end, *(s + 1) == '0' ? 8 : 10);
	if (*end != ']')
		return NULL;
	if (n == 0) {
		*star = out->len;
		*star_char = c;
	}
	while (n-- > 0)
		add(out, c);
	return end + 1;
}

void expand(const char *s, struct seq *out, size_t fill)
{
	size_t star = (size_t) -1, tail;
	int star_char = 0, lo, hi;
	const char *next;

	out->len = 0;
	while (*s != '\0') {
		if (s[0] == '[' && s[1] == ':' && (next = add_class(s, out))) {
			s = next;
			continue;
		}
		if (s[0] == '[' && s[1] == '=' && s[2] != '\0' &&
		    s[3] == '=' && s[4] == ']') {
			add(out, (unsigned char) s[2]);
			s += 5;
			continue;
		}
		if (s[0] == '[' && s[1] != '\0' &&
		    (next = add_repeat(s, out, &star, &star_char))) {
			s = next;
			continue;
		}
		lo = one_char(&s);
		if (s[0] != '-' || s[1] == '\0') {
			add(out, lo);
			continue;
		}
		s++;
		hi = one_char(&s);
		if (hi < lo)
			fail("range endpoints out of order", s);
		for (; lo <= hi; lo++)
			add(out, lo);
	}
	if (star == (size_t) -1 || out->len >= fill)
		return;
	/* Stretch [c*] so that the string is fill long. */
	tail = out->len - star;
	memmove(out->c + fill - tail, out->c + star, tail);
	memset(out->c + star, star_char, fill - out->len);
	out->len = fill;
}

/*
 * fnmatch.c - fnmatch(): match a name against a shell pattern.
 *
 * * matches any run, ? any one character, [...] one character from a
 * set (with ranges, [:class:] and ! or ^ to negate), \ quotes the next
 * character unless FNM_NOESCAPE.  FNM_PATHNAME keeps '/' out of the
 * wildcards; FNM_PERIOD makes a leading '.' (of the name, or of each
 * component with FNM_PATHNAME) match only a literal '.'.
 */
#include <fnmatch.h>
#include <string.h>
#include <ctype.h>

static const struct {
	const char *name;
	int (*test)(int);
} classes[] = {
	{ "alpha", isalpha }, { "digit", isdigit }, { "alnum", isalnum },
	{ "upper", isupper }, { "lower", islower }, { "space", isspace },
	{ "blank", isblank }, { "punct", ispunct }, { "print", isprint },
	{ "graph", isgraph }, { "cntrl", iscntrl }, { "xdigit", isxdigit },
};

static int fold(int c, int flags)
{
	return (flags & FNM_CASEFOLD) ? tolower(c) : c;
}

/* Whether c is in [:name:], name being len bytes. */
static int in_class(const char *name, size_t len, int c)
{
	size_t i;

	for (i = 0; i < sizeof(classes) / sizeof(classes[0]); i++)
		if (strlen(classes[i].name) == len &&
		    strncmp(classes[i].name, name, len) == 0)
			return classes[i].test(c) != 0;
	return 0;
}

/* One bracket item's character at *pp (handling \ quoting), advanced. */
static int item_char(const char **pp, int flags)
{
	const char *p = *pp;

	if (*p == '\\' && !(flags & FNM_NOESCAPE) && p[1] != '\0')
		p++;
	*pp = p + 1;
	return (unsigned char) *p;
}

/*
 * Matches c against the bracket expression after '[' at p.  Answers
 * where the expression ends (after ']') and sets *hit, or NULL if there
 * is no closing ']' (then '[' is an ordinary character).
 */
static const char *bracket(const char *p, int c, int flags, int *hit)
{
	int negate = *p == '!' || *p == '^', first = 1, lo, hi;
	const char *end;

	*hit = 0;
	if (negate)
		p++;
	for (; *p != ']' || first; first = 0) {
		if (*p == '\0')
			return NULL;
		if (p[0] == '[' && p[1] == ':' &&
		    (end = strstr(p + 2, ":]")) != NULL) {
			if (in_class(p + 2, (size_t) (end - p - 2), c))
				*hit = 1;
			p = end + 2;
			continue;
		}
		lo = item_char(&p, flags);
		hi = lo;
		if (p[0] == '-' && p[1] != ']' && p[1] != '\0') {
			p++;
			hi = item_char(&p, flags);
		}
		if ((c >= lo && c <= hi) ||
		    (fold(c, flags) >= fold(lo, flags) &&
		    fold(c, flags) <= fold(hi, flags)))
			*hit = 1;
	}
	*hit ^= negate;
	return p + 1;
}

/* Whether s is at a period that FNM_PERIOD protects. */
static int leading_period(const char *s, const char *name, int flags)
{
	if (*s != '.' || !(flags & FNM_PERIOD))
		return 0;
	return s == name || ((flags & FNM_PATHNAME) && s[-1] == '/');
}

static int match(const char *p, const char *s, const char *name, int flags)
{
	const char *next;
	int hit;

	for (; *p != '\0'; p++, s++) {
		switch (*p) {
		case '?':
			if (*s == '\0' || (*s == '/' && (flags & FNM_PATHNAME)) ||
			    leading_period(s, name, flags))
				return FNM_NOMATCH;
			continue;
		case '*':
			if (leading_period(s, name, flags))
				return FNM_NOMATCH;
			while (p[1] == '*')
				p++;
			for (;; s++) {
				if (match(p + 1, s, name, flags) == 0)
					return 0;
				if (*s == '\0' ||
				    (*s == '/' && (flags & FNM_PATHNAME)))
					return FNM_NOMATCH;
			}
		case '[':
			if (*s == '\0' || (*s == '/' && (flags & FNM_PATHNAME)) ||
			    leading_period(s, name, flags))
				return FNM_NOMATCH;
			next = bracket(p + 1, (unsigned char) *s, flags, &hit);
			if (next != NULL) {
				if (!hit)
					return FNM_NOMATCH;
				p = next - 1;
				continue;
			}
			break;		/* no ']': an ordinary '[' */
		case '\\':
			if (!(flags & FNM_NOESCAPE) && p[1] != '\0')
				p++;
			break;
		}
		if (fold((unsigned char) *p, flags) !=
		    fold((unsigned char) *s, flags))
			return FNM_NOMATCH;
	}
	return *s == '\0' ? 0 : FNM_NOMATCH;
}

int fnmatch(const char *pattern, const char *string, int flags)
{
	return match(pattern, string, string, flags);
}

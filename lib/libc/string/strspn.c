/*
 * strspn.c - spans of a string made of (strspn) or free of (strcspn)
 * a set of characters, and strpbrk(), the first character from a set.
 *
 * A 256-bit map of the set makes each a single pass.
 */
#include <limits.h>
#include <string.h>

struct charset {
	unsigned char bits[256 / CHAR_BIT];
};

static void set_make(struct charset *cs, const char *chars)
{
	memset(cs, 0, sizeof(*cs));
	for (; *chars != '\0'; chars++) {
		unsigned char c = (unsigned char) *chars;

		cs->bits[c / CHAR_BIT] |= 1u << (c % CHAR_BIT);
	}
}

static int set_has(const struct charset *cs, char ch)
{
	unsigned char c = (unsigned char) ch;

	return (cs->bits[c / CHAR_BIT] >> (c % CHAR_BIT)) & 1;
}

size_t strspn(const char *s, const char *accept)
{
	struct charset cs;
	size_t n = 0;

	set_make(&cs, accept);
	while (s[n] != '\0' && set_has(&cs, s[n]))
		n++;
	return n;
}

size_t strcspn(const char *s, const char *reject)
{
	struct charset cs;
	size_t n = 0;

	set_make(&cs, reject);
	while (s[n] != '\0' && !set_has(&cs, s[n]))
		n++;
	return n;
}

char *strpbrk(const char *s, const char *accept)
{
	s += strcspn(s, accept);
	return *s != '\0' ? (char *) s : NULL;
}

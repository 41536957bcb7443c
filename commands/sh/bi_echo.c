/*
 * bi_echo.c - echo [-neE] [arg...].
 *
 * Backslash escapes are read only with -e (as bash does); \c ends the
 * output there.
 */
#include <string.h>
#include "builtin.h"
#include "mem.h"
#include "out.h"

/* An argument made only of the option letters n, e and E. */
static int is_option(const char *s)
{
	return s[0] == '-' && s[1] && strspn(s + 1, "neE") == strlen(s + 1);
}

/* Appends s with escapes read; returns 1 at \c (printf %b too). */
int echo_escapes(struct strbuf *b, const char *s)
{
	static const char from[] = "abfnrtv\\", to[] = "\a\b\f\n\r\t\v\\";
	const char *hit;
	int c, n;

	for (; *s; s++) {
		if (*s != '\\' || !s[1]) {
			sb_addc(b, *s);
			continue;
		}
		s++;
		if (*s == 'c')
			return 1;
		if ((hit = strchr(from, *s)) != NULL) {
			sb_addc(b, to[hit - from]);
			continue;
		}
		if (*s != '0') {
			sb_addc(b, '\\');
			sb_addc(b, *s);
			continue;
		}
		for (c = 0, n = 0; n < 3 && s[1] >= '0' && s[1] <= '7'; n++)
			c = c * 8 + (*++s - '0');
		sb_addc(b, c);
	}
	return 0;
}

int bi_echo(int argc, char **argv)
{
	int i = 1, newline = 1, escapes = 0, r = 0;
	struct strbuf b;
	const char *o;

	for (; i < argc && is_option(argv[i]); i++)
		for (o = argv[i] + 1; *o; o++) {
			if (*o == 'n')
				newline = 0;
			else
				escapes = *o == 'e';
		}
	sb_init(&b);
	for (; i < argc && !r; i++) {
		if (escapes)
			r = echo_escapes(&b, argv[i]);
		else
			sb_adds(&b, argv[i]);
		if (i + 1 < argc && !r)
			sb_addc(&b, ' ');
	}
	if (newline && !r)
		sb_addc(&b, '\n');
	r = out_write(1, b.s, b.len);
	sb_free(&b);
	return r < 0;
}

/*
 * format.c - od's output types: parsing -t arguments and printing a
 * line of data as characters or as numbers of 1 to 8 bytes (little
 * endian, the last one padded with zero bytes).  Field widths are
 * those of POSIX systems' od, so that output lines up the same way.
 */
#include <stdio.h>
#include <string.h>
#include <ctype.h>
#include "od.h"

/* Digits of each type for sizes 1, 2, 4, 8. */
static int digits(char type, int size)
{
	static const int o[] = { 3, 6, 11, 22 }, d[] = { 4, 6, 11, 20 },
	    u[] = { 3, 5, 10, 20 };
	int i = size == 1 ? 0 : size == 2 ? 1 : size == 4 ? 2 : 3;

	switch (type) {
	case 'o': return o[i];
	case 'd': return d[i];
	case 'u': return u[i];
	case 'x': return 2 * size;
	default: return 3;	/* c */
	}
}

int field_width(const struct format *f)
{
	return digits(f->type, f->size) + 1;
}

/* The size after a type letter: digits, or C S I L; default 4. */
static int parse_size(const char **p)
{
	int size = 4;

	if (isdigit((unsigned char) **p))
		size = 0;
	while (isdigit((unsigned char) **p))
		size = size * 10 + (*(*p)++ - '0');
	if (**p == 'C' || **p == 'S' || **p == 'I' || **p == 'L') {
		size = **p == 'C' ? 1 : **p == 'S' ? 2 : 4;
		(*p)++;
	}
	return size;
}

int parse_types(const char *s, struct format *fmts, int n)
{
	struct format f;

	while (*s != '\0') {
		f.type = *s++;
		f.size = 1;
		if (f.type != 'c') {
			if (strchr("doux", f.type) == NULL)
				return -1;
			f.size = parse_size(&s);
			if (f.size != 1 && f.size != 2 && f.size != 4 &&
			    f.size != 8)
				return -1;
		}
		if (n == MAX_FORMATS)
			return -1;
		fmts[n++] = f;
	}
	return n;
}

/* A byte as -c shows it: itself, a C escape, or three octal digits. */
static void char_text(unsigned char c, char *out)
{
	static const char from[] = "\a\b\f\n\r\t\v", to[] = "abfnrtv";
	const char *hit = c != 0 ? memchr(from, c, sizeof(from) - 1) : NULL;

	if (c == 0)
		strcpy(out, "\\0");
	else if (hit != NULL)
		sprintf(out, "\\%c", to[hit - from]);
	else if (isprint(c))
		sprintf(out, "%c", c);
	else
		sprintf(out, "%03o", c);
}

/* size bytes at p, little endian, zero past len. */
static unsigned long long value(const unsigned char *p, size_t len, int size)
{
	unsigned long long v = 0;
	int i;

	for (i = size - 1; i >= 0; i--)
		v = (v << 8) | ((size_t) i < len ? p[i] : 0);
	return v;
}

static void number_text(const struct format *f, unsigned long long v,
    char *out)
{
	int w = digits(f->type, f->size), bits = 8 * f->size;
	long long s;

	switch (f->type) {
	case 'o': sprintf(out, "%0*llo", w, v); break;
	case 'x': sprintf(out, "%0*llx", w, v); break;
	case 'u': sprintf(out, "%llu", v); break;
	default:
		s = bits < 64 && (v >> (bits - 1)) ? (long long) (v -
		    (1ULL << bits)) : (long long) v;
		sprintf(out, "%lld", s);
	}
}

void print_line(const struct format *f, const unsigned char *data,
    size_t len, int field_chars)
{
	char text[32];
	size_t i;

	for (i = 0; i < len; i += (size_t) f->size) {
		if (f->type == 'c')
			char_text(data[i], text);
		else
			number_text(f, value(data + i, len - i, f->size), text);
		printf("%*s", field_chars, text);
	}
	putchar('\n');
}

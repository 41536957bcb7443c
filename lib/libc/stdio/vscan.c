/*
 * vscan.c - the scanf() engine.
 *
 * Handles white space (skips any), ordinary characters (must match) and
 * conversions %[*][width][length]conv with conv one of d i u o x X p c s
 * [set] [^set] n % and the floating e f g a (any case).  Numbers are
 * gathered as text, then converted by strtoull(), strtoll() or
 * strtold(), so they parse exactly as those do.
 *
 * Results follow C11 7.21.6.2: the count of items stored, which stops at
 * the first matching failure; EOF when input ends (or fails) before the
 * first conversion.
 */
#include <ctype.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/types.h>
#include "scan_impl.h"

#define NUM_MAX		128	/* longest number text kept */

enum { L_NONE, L_HH, L_H, L_L, L_LL, L_J, L_Z, L_T, L_BIG_L };

struct scanner {
	struct scan_src *src;
	size_t count;		/* characters consumed, for %n */
	int eof;		/* input ended (or failed) */
};

struct conv {
	int suppress;
	size_t width;		/* SIZE_MAX: none */
	int length;
	char conv;
};

static int next(struct scanner *sc)
{
	int c = sc->src->get(sc->src);

	if (c == EOF)
		sc->eof = 1;
	else
		sc->count++;
	return c;
}

static void back(struct scanner *sc, int c)
{
	if (c != EOF) {
		sc->src->unget(sc->src, c);
		sc->count--;
	}
}

static void skip_space(struct scanner *sc)
{
	int c;

	while ((c = next(sc)) != EOF && isspace(c))
		;
	back(sc, c);
}

/* A 256-entry membership table for %[...]; answers the format after it. */
static const char *parse_set(const char *f, unsigned char set[256])
{
	int negate = *f == '^';

	if (negate)
		f++;
	memset(set, 0, 256);
	if (*f == ']')
		set[(unsigned char) *f++] = 1;
	for (; *f != '\0' && *f != ']'; f++) {
		if (f[1] == '-' && f[2] != ']' && f[2] != '\0' &&
		    (unsigned char) f[2] >= (unsigned char) f[0]) {
			for (int c = (unsigned char) f[0]; c <= (unsigned char) f[2]; c++)
				set[c] = 1;
			f += 2;
		} else {
			set[(unsigned char) *f] = 1;
		}
	}
	if (negate) {
		for (int c = 0; c < 256; c++)
			set[c] = !set[c];
	}
	return *f == ']' ? f + 1 : f;
}

/* Reads the specification after a '%'; answers where it ends. */
static const char *parse_conv(const char *f, struct conv *cv)
{
	cv->suppress = *f == '*';
	f += cv->suppress;
	cv->width = SIZE_MAX;
	if (*f >= '1' && *f <= '9') {
		cv->width = 0;
		for (; *f >= '0' && *f <= '9'; f++)
			cv->width = cv->width * 10 + (size_t) (*f - '0');
	}
	cv->length = L_NONE;
	switch (*f) {
	case 'h':
		cv->length = f[1] == 'h' ? L_HH : L_H;
		f += f[1] == 'h' ? 2 : 1;
		break;
	case 'l':
		cv->length = f[1] == 'l' ? L_LL : L_L;
		f += f[1] == 'l' ? 2 : 1;
		break;
	case 'q': cv->length = L_LL; f++; break;
	case 'j': cv->length = L_J; f++; break;
	case 'z': cv->length = L_Z; f++; break;
	case 't': cv->length = L_T; f++; break;
	case 'L': cv->length = L_BIG_L; f++; break;
	default: break;
	}
	cv->conv = *f;
	return *f != '\0' ? f + 1 : f;
}

/* Keeps c in the number's text if it is not full; answers the next c. */
static int keep(struct scanner *sc, char *buf, size_t *n, size_t *left, int c)
{
	if (*n < NUM_MAX - 1)
		buf[(*n)++] = (char) c;
	(*left)--;
	return *left > 0 ? next(sc) : EOF;
}

/* Gathers an integer's text in base (0: by prefix); answers its length. */
static size_t gather_int(struct scanner *sc, char *buf, size_t width,
    int *base)
{
	size_t n = 0, left = width, digits = 0;
	int c = next(sc);

	if (c == '+' || c == '-')
		c = keep(sc, buf, &n, &left, c);
	if ((*base == 0 || *base == 16) && c == '0') {
		c = keep(sc, buf, &n, &left, c);
		digits++;
		if (c == 'x' || c == 'X') {
			*base = 16;
			c = keep(sc, buf, &n, &left, c);
		} else if (*base == 0) {
			*base = 8;
		}
	}
	if (*base == 0)
		*base = 10;
	for (;; digits++) {
		int d = isdigit(c) ? c - '0' : isalpha(c) ? tolower(c) - 'a' + 10 : 99;

		if (c == EOF || d >= *base)
			break;
		c = keep(sc, buf, &n, &left, c);
	}
	back(sc, c);
	buf[n] = '\0';
	return digits > 0 ? n : 0;
}

/* Gathers a floating-point number's text; answers its length. */
static size_t gather_float(struct scanner *sc, char *buf, size_t width)
{
	size_t n = 0, left = width, digits = 0;
	int c = next(sc), point = 0, hex = 0;

	if (c == '+' || c == '-')
		c = keep(sc, buf, &n, &left, c);
	if (c == 'i' || c == 'I' || c == 'n' || c == 'N') {
		/* inf, infinity, nan: take letters while they spell one. */
		while (c != EOF && (isalpha(c) || c == '(' || c == ')' || c == '_' ||
		    isdigit(c)) && n < NUM_MAX - 1 && left > 0) {
			if (c == ')') {
				c = keep(sc, buf, &n, &left, c);
				break;
			}
			c = keep(sc, buf, &n, &left, c);
		}
		back(sc, c);
		buf[n] = '\0';
		return n;
	}
	if (c == '0') {
		c = keep(sc, buf, &n, &left, c);
		digits++;
		if (c == 'x' || c == 'X') {
			hex = 1;
			c = keep(sc, buf, &n, &left, c);
		}
	}
	for (;;) {
		if (c == '.' && !point) {
			point = 1;
		} else if (c != EOF && (hex ? isxdigit(c) : isdigit(c))) {
			digits++;
		} else if (digits > 0 && c != EOF &&
		    (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E'))) {
			c = keep(sc, buf, &n, &left, c);
			if (c == '+' || c == '-')
				c = keep(sc, buf, &n, &left, c);
			while (c != EOF && isdigit(c))
				c = keep(sc, buf, &n, &left, c);
			break;
		} else {
			break;
		}
		c = keep(sc, buf, &n, &left, c);
	}
	back(sc, c);
	buf[n] = '\0';
	return digits > 0 ? n : 0;
}

static void store_int(va_list *ap, int length, uintmax_t v)
{
	switch (length) {
	case L_HH: *va_arg(*ap, signed char *) = (signed char) v; break;
	case L_H: *va_arg(*ap, short *) = (short) v; break;
	case L_L: *va_arg(*ap, long *) = (long) v; break;
	case L_LL: *va_arg(*ap, long long *) = (long long) v; break;
	case L_J: *va_arg(*ap, intmax_t *) = (intmax_t) v; break;
	case L_Z: *va_arg(*ap, size_t *) = (size_t) v; break;
	case L_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t) v; break;
	default: *va_arg(*ap, int *) = (int) v; break;
	}
}

/* %d %i %u %o %x %X %p; answers 1 if it matched. */
static int scan_int(struct scanner *sc, const struct conv *cv, va_list *ap)
{
	char buf[NUM_MAX];
	int base = cv->conv == 'd' || cv->conv == 'u' ? 10 : cv->conv == 'i' ? 0
	    : cv->conv == 'o' ? 8 : 16;
	uintmax_t v;

	if (gather_int(sc, buf, cv->width, &base) == 0)
		return 0;
	if (cv->conv == 'd' || cv->conv == 'i')
		v = (uintmax_t) strtoll(buf, NULL, base);
	else
		v = strtoull(buf, NULL, base);
	if (cv->suppress)
		return 1;
	if (cv->conv == 'p')
		*va_arg(*ap, void **) = (void *) (uintptr_t) v;
	else
		store_int(ap, cv->length, v);
	return 1;
}

static int scan_float(struct scanner *sc, const struct conv *cv, va_list *ap)
{
	char buf[NUM_MAX], *end;
	long double x;

	if (gather_float(sc, buf, cv->width) == 0)
		return 0;
	x = strtold(buf, &end);
	if (end == buf)
		return 0;
	if (cv->suppress)
		return 1;
	if (cv->length == L_BIG_L)
		*va_arg(*ap, long double *) = x;
	else if (cv->length == L_L)
		*va_arg(*ap, double *) = (double) x;
	else
		*va_arg(*ap, float *) = (float) x;
	return 1;
}

/*
 * %c %s %[: characters in set (all for %c); %c takes exactly width (1 by
 * default) and stores no NUL.  Answers 1 if at least one was read.
 */
static int scan_chars(struct scanner *sc, const struct conv *cv,
    const unsigned char *set, va_list *ap)
{
	char *out = cv->suppress ? NULL : va_arg(*ap, char *);
	size_t width = cv->width, n = 0;
	int c = EOF;

	if (cv->conv == 'c' && width == SIZE_MAX)
		width = 1;
	while (n < width && (c = next(sc)) != EOF) {
		if (set != NULL && !set[c]) {
			back(sc, c);
			break;
		}
		if (out != NULL)
			out[n] = (char) c;
		n++;
	}
	if (n == 0 || (cv->conv == 'c' && n < width))
		return 0;
	if (out != NULL && cv->conv != 'c')
		out[n] = '\0';
	return 1;
}

/* Does one conversion; answers 1, 0 for a matching failure, or EOF. */
static int convert(struct scanner *sc, struct conv *cv, const char **fp,
    va_list *ap)
{
	unsigned char set[256];
	size_t before;
	int r;

	if (cv->conv == 'n') {
		if (!cv->suppress)
			store_int(ap, cv->length, sc->count);
		return 1;
	}
	if (cv->conv != 'c' && cv->conv != '[')
		skip_space(sc);
	if (cv->conv == '%') {
		int c = next(sc);

		if (c == '%')
			return 1;
		back(sc, c);
		return c == EOF ? EOF : 0;
	}
	if (cv->conv == '[')
		*fp = parse_set(*fp, set);
	else if (cv->conv == 's') {
		for (int c = 0; c < 256; c++)
			set[c] = !isspace(c);
	}
	sc->eof = 0;
	before = sc->count;
	if (strchr("diouxXp", cv->conv) != NULL && cv->conv != '\0')
		r = scan_int(sc, cv, ap);
	else if (strchr("eEfFgGaA", cv->conv) != NULL && cv->conv != '\0')
		r = scan_float(sc, cv, ap);
	else if (cv->conv == 'c' || cv->conv == 's' || cv->conv == '[')
		r = scan_chars(sc, cv, cv->conv == 'c' ? NULL : set, ap);
	else
		return 0;		/* unknown conversion */
	/* Nothing read because the input ended: an input failure. */
	return r == 0 && sc->eof && sc->count == before ? EOF : r;
}

/* An ordinary character of the format; 1 if the input has it next. */
static int match_char(struct scanner *sc, char f)
{
	int c = next(sc);

	if (c == (unsigned char) f)
		return 1;
	back(sc, c);
	return c == EOF ? EOF : 0;
}

int __scan_vformat(struct scan_src *src, const char *fmt, va_list ap)
{
	struct scanner sc = { src, 0, 0 };
	int stored = 0, done = 0, r = 1;
	va_list args;

	va_copy(args, ap);
	while (*fmt != '\0' && r == 1) {
		struct conv cv;

		if (isspace((unsigned char) *fmt)) {
			skip_space(&sc);
			fmt++;
			continue;
		}
		if (*fmt != '%') {
			r = match_char(&sc, *fmt++);
			continue;
		}
		fmt = parse_conv(fmt + 1, &cv);
		r = convert(&sc, &cv, &fmt, &args);
		if (r == 1 && cv.conv != 'n' && cv.conv != '%') {
			done++;
			stored += !cv.suppress;
		}
	}
	va_end(args);
	return r == EOF && done == 0 ? EOF : stored;
}

/*
 * fmt_impl.h - the formatting engine of the printf() family.
 *
 * __fmt_vformat() turns a format and its arguments into bytes handed to a
 * sink, so one engine serves streams (printf.c), memory (sprintf.c,
 * asprintf.c) and descriptors (dprintf.c).  Only the sink differs.
 */
#ifndef _FMT_IMPL_H
#define _FMT_IMPL_H

#include <stdarg.h>
#include <stddef.h>

struct fmt_sink {
	void (*put)(struct fmt_sink *s, const char *p, size_t n);
	size_t count;		/* bytes produced, whether kept or not */
	int error;		/* set by put() when the output failed */
};

/* flags of a conversion */
#define FL_MINUS	0x01	/* left-justify */
#define FL_PLUS		0x02	/* always a sign */
#define FL_SPACE	0x04	/* a space where a plus sign would go */
#define FL_ALT		0x08	/* the "alternative form", # */
#define FL_ZERO		0x10	/* pad with zeros */

/* length modifiers */
enum fmt_length { LEN_NONE, LEN_HH, LEN_H, LEN_L, LEN_LL, LEN_J, LEN_Z,
	LEN_T, LEN_BIG_L };

struct fmt_spec {
	int flags;
	int width;		/* 0: none */
	int prec;		/* -1: none */
	enum fmt_length length;
	char conv;
};

/* Formats into s; answers the byte count, or -1 on error or overflow. */
int __fmt_vformat(struct fmt_sink *s, const char *fmt, va_list ap);

/* vfmt.c: output helpers shared with fmt_float.c */
void __fmt_emit(struct fmt_sink *s, const char *p, size_t n);
void __fmt_repeat(struct fmt_sink *s, char c, size_t n);
size_t __fmt_field_start(struct fmt_sink *s, const struct fmt_spec *sp,
    const char *prefix, size_t zeros, size_t len, int zero_ok);

/* fmt_float.c: %e %f %g %a and their capitals */
void __fmt_float(struct fmt_sink *s, const struct fmt_spec *sp, double v);

/* fmt_decimal.c: the exact decimal digits of a double */
#define DEC_DIGITS	800	/* the longest (2^-1074 has 767 digits) */

struct decimal {
	char d_digits[DEC_DIGITS];	/* no trailing zeros */
	int d_n;			/* number of digits; 0 for zero */
	int d_exp;			/* value = 0.<digits> * 10^d_exp */
};

void __fmt_decimal(struct decimal *dec, double v);
void __fmt_round(struct decimal *dec, int keep);

#endif

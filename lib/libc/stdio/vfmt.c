/*
 * vfmt.c - the printf() engine: reading conversion specifications and
 * doing every conversion but the floating-point ones (fmt_float.c).
 *
 * A specification is %[flags][width][.precision][length]conversion with
 * flags "-+ #0", * for width or precision taken from the arguments, the
 * lengths hh h l ll j z t L (and q, the BSD spelling of ll), and the
 * conversions d i u o x X c s p n % e E f F g G a A, plus m (glibc's
 * strerror(errno)).  An unknown conversion is copied out as written.
 */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>
#include <sys/types.h>
#include "fmt_impl.h"

void __fmt_emit(struct fmt_sink *s, const char *p, size_t n)
{
	if (n > 0) {
		s->put(s, p, n);
		s->count += n;
	}
}

void __fmt_repeat(struct fmt_sink *s, char c, size_t n)
{
	char chunk[32];

	memset(chunk, c, n < sizeof(chunk) ? n : sizeof(chunk));
	for (; n > sizeof(chunk); n -= sizeof(chunk))
		__fmt_emit(s, chunk, sizeof(chunk));
	__fmt_emit(s, chunk, n);
}

/*
 * Starts a field: the padding before, the prefix (sign, 0x), and zeros
 * before a body of len bytes.  The 0 flag turns the width's padding into
 * zeros where zero_ok allows.  Answers the spaces to write after the body.
 */
size_t __fmt_field_start(struct fmt_sink *s, const struct fmt_spec *sp,
    const char *prefix, size_t zeros, size_t len, int zero_ok)
{
	size_t plen = strlen(prefix), total = plen + zeros + len, pad = 0;

	if ((size_t) sp->width > total)
		pad = (size_t) sp->width - total;
	if (sp->flags & FL_MINUS) {
		__fmt_emit(s, prefix, plen);
		__fmt_repeat(s, '0', zeros);
		return pad;
	}
	if (zero_ok && (sp->flags & FL_ZERO)) {
		zeros += pad;
		pad = 0;
	}
	__fmt_repeat(s, ' ', pad);
	__fmt_emit(s, prefix, plen);
	__fmt_repeat(s, '0', zeros);
	return 0;
}

/* Reads the specification after a '%'; answers where it ends. */
static const char *parse_spec(const char *f, struct fmt_spec *sp, va_list *ap)
{
	static const char flag_chars[] = "-+ #0";
	static const int flag_bits[] = { FL_MINUS, FL_PLUS, FL_SPACE, FL_ALT,
	    FL_ZERO };
	const char *c;

	memset(sp, 0, sizeof(*sp));
	sp->prec = -1;
	for (; *f != '\0' && (c = strchr(flag_chars, *f)) != NULL; f++)
		sp->flags |= flag_bits[c - flag_chars];
	if (*f == '*') {
		sp->width = va_arg(*ap, int);
		if (sp->width < 0) {
			sp->flags |= FL_MINUS;
			sp->width = sp->width == INT_MIN ? INT_MAX : -sp->width;
		}
		f++;
	}
	for (; *f >= '0' && *f <= '9'; f++)
		sp->width = sp->width > INT_MAX / 10 ? INT_MAX : sp->width * 10 + (*f - '0');
	if (*f == '.') {
		sp->prec = 0;
		if (*++f == '*') {
			sp->prec = va_arg(*ap, int);
			if (sp->prec < 0)
				sp->prec = -1;		/* as if not given */
			f++;
		}
		for (; *f >= '0' && *f <= '9'; f++)
			sp->prec = sp->prec > INT_MAX / 10 ? INT_MAX : sp->prec * 10 + (*f - '0');
	}
	switch (*f) {
	case 'h':
		sp->length = f[1] == 'h' ? LEN_HH : LEN_H;
		f += f[1] == 'h' ? 2 : 1;
		break;
	case 'l':
		sp->length = f[1] == 'l' ? LEN_LL : LEN_L;
		f += f[1] == 'l' ? 2 : 1;
		break;
	case 'q': sp->length = LEN_LL; f++; break;
	case 'j': sp->length = LEN_J; f++; break;
	case 'z': sp->length = LEN_Z; f++; break;
	case 't': sp->length = LEN_T; f++; break;
	case 'L': sp->length = LEN_BIG_L; f++; break;
	default: break;
	}
	sp->conv = *f;
	return *f != '\0' ? f + 1 : f;
}

static uintmax_t arg_unsigned(va_list *ap, enum fmt_length len)
{
	switch (len) {
	case LEN_HH: return (unsigned char) va_arg(*ap, unsigned int);
	case LEN_H: return (unsigned short) va_arg(*ap, unsigned int);
	case LEN_L: return va_arg(*ap, unsigned long);
	case LEN_LL: return va_arg(*ap, unsigned long long);
	case LEN_J: return va_arg(*ap, uintmax_t);
	case LEN_Z: return va_arg(*ap, size_t);
	case LEN_T: return (size_t) va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, unsigned int);
	}
}

static intmax_t arg_signed(va_list *ap, enum fmt_length len)
{
	switch (len) {
	case LEN_HH: return (signed char) va_arg(*ap, int);
	case LEN_H: return (short) va_arg(*ap, int);
	case LEN_L: return va_arg(*ap, long);
	case LEN_LL: return va_arg(*ap, long long);
	case LEN_J: return va_arg(*ap, intmax_t);
	case LEN_Z: return va_arg(*ap, ssize_t);
	case LEN_T: return va_arg(*ap, ptrdiff_t);
	default: return va_arg(*ap, int);
	}
}

/* %d %i %u %o %x %X of v (the magnitude; neg gives the sign). */
static void fmt_integer(struct fmt_sink *s, const struct fmt_spec *sp,
    uintmax_t v, int neg)
{
	const char *digits = sp->conv == 'X' ? "0123456789ABCDEF"
	    : "0123456789abcdef";
	unsigned int base = sp->conv == 'o' ? 8
	    : (sp->conv == 'x' || sp->conv == 'X') ? 16 : 10;
	char buf[sizeof(uintmax_t) * CHAR_BIT / 3 + 2], *end = buf + sizeof(buf);
	char *p = end, prefix[3] = "";
	size_t len, zeros, after;

	if (v != 0 || sp->prec != 0) {
		do {
			*--p = digits[v % base];
			v /= base;
		} while (v != 0);
	}
	len = (size_t) (end - p);
	zeros = sp->prec > 0 && (size_t) sp->prec > len ? (size_t) sp->prec - len : 0;
	if (sp->conv == 'o' && (sp->flags & FL_ALT) && zeros == 0 &&
	    (len == 0 || *p != '0'))
		zeros = 1;
	if (neg)
		prefix[0] = '-';
	else if ((sp->conv == 'd' || sp->conv == 'i') && (sp->flags & FL_PLUS))
		prefix[0] = '+';
	else if ((sp->conv == 'd' || sp->conv == 'i') && (sp->flags & FL_SPACE))
		prefix[0] = ' ';
	else if (base == 16 && (sp->flags & FL_ALT) && len > 0 && *p != '0') {
		prefix[0] = '0';
		prefix[1] = sp->conv;
	}
	after = __fmt_field_start(s, sp, prefix, zeros, len, sp->prec < 0);
	__fmt_emit(s, p, len);
	__fmt_repeat(s, ' ', after);
}

/* %s, %c and the other conversions that print text as it is. */
static void fmt_text(struct fmt_sink *s, const struct fmt_spec *sp,
    const char *text, size_t len)
{
	size_t after = __fmt_field_start(s, sp, "", 0, len, 0);

	__fmt_emit(s, text, len);
	__fmt_repeat(s, ' ', after);
}

static void fmt_string(struct fmt_sink *s, const struct fmt_spec *sp,
    const char *str)
{
	if (str == NULL)
		str = sp->prec < 0 || sp->prec >= 6 ? "(null)" : "";
	fmt_text(s, sp, str, sp->prec < 0 ? strlen(str)
	    : strnlen(str, (size_t) sp->prec));
}

static void fmt_pointer(struct fmt_sink *s, struct fmt_spec *sp, void *ptr)
{
	if (ptr == NULL) {
		fmt_text(s, sp, "(nil)", 5);
		return;
	}
	sp->conv = 'x';
	sp->flags |= FL_ALT;
	fmt_integer(s, sp, (uintptr_t) ptr, 0);
}

/* %n: stores the count so far through a pointer of the right type. */
static void store_count(va_list *ap, enum fmt_length len, size_t count)
{
	switch (len) {
	case LEN_HH: *va_arg(*ap, signed char *) = (signed char) count; break;
	case LEN_H: *va_arg(*ap, short *) = (short) count; break;
	case LEN_L: *va_arg(*ap, long *) = (long) count; break;
	case LEN_LL: *va_arg(*ap, long long *) = (long long) count; break;
	case LEN_J: *va_arg(*ap, intmax_t *) = (intmax_t) count; break;
	case LEN_Z: *va_arg(*ap, size_t *) = count; break;
	case LEN_T: *va_arg(*ap, ptrdiff_t *) = (ptrdiff_t) count; break;
	default: *va_arg(*ap, int *) = (int) count; break;
	}
}

/* Does one conversion; the specification runs from start to f. */
static void convert(struct fmt_sink *s, struct fmt_spec *sp, va_list *ap,
    const char *start, const char *f, int saved_errno)
{
	char c;

	switch (sp->conv) {
	case 'd': case 'i': {
		intmax_t v = arg_signed(ap, sp->length);

		fmt_integer(s, sp, v < 0 ? 0 - (uintmax_t) v : (uintmax_t) v, v < 0);
		break;
	}
	case 'u': case 'o': case 'x': case 'X':
		fmt_integer(s, sp, arg_unsigned(ap, sp->length), 0);
		break;
	case 'c':
		c = (char) va_arg(*ap, int);
		fmt_text(s, sp, &c, 1);
		break;
	case 's':
		fmt_string(s, sp, va_arg(*ap, const char *));
		break;
	case 'm':
		fmt_string(s, sp, strerror(saved_errno));
		break;
	case 'p':
		fmt_pointer(s, sp, va_arg(*ap, void *));
		break;
	case 'n':
		store_count(ap, sp->length, s->count);
		break;
	case 'e': case 'E': case 'f': case 'F':
	case 'g': case 'G': case 'a': case 'A':
		if (sp->length == LEN_BIG_L)
			__fmt_float(s, sp, (double) va_arg(*ap, long double));
		else
			__fmt_float(s, sp, va_arg(*ap, double));
		break;
	case '%':
		__fmt_emit(s, "%", 1);
		break;
	default:
		__fmt_emit(s, start, (size_t) (f - start));
		break;
	}
}

int __fmt_vformat(struct fmt_sink *s, const char *fmt, va_list ap)
{
	int saved_errno = errno;
	struct fmt_spec sp;
	va_list args;

	/* A copy, so that helpers can take its address portably. */
	va_copy(args, ap);
	while (*fmt != '\0') {
		const char *pct = strchr(fmt, '%'), *start;

		if (pct == NULL)
			pct = fmt + strlen(fmt);
		__fmt_emit(s, fmt, (size_t) (pct - fmt));
		if (*pct == '\0')
			break;
		start = pct;
		fmt = parse_spec(pct + 1, &sp, &args);
		convert(s, &sp, &args, start, fmt, saved_errno);
	}
	va_end(args);
	if (s->error)
		return -1;
	if (s->count > INT_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (int) s->count;
}

/*
 * sprintf.c - formatted output to memory: snprintf(), vsnprintf(),
 * sprintf(), vsprintf().
 *
 * At most size - 1 bytes are kept, always followed by a NUL (if size is
 * not 0); the answer is the length the whole output would have had.
 */
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "fmt_impl.h"

struct buf_sink {
	struct fmt_sink bs_sink;
	char *bs_buf;
	size_t bs_room;		/* bytes that can still be kept */
};

static void buf_put(struct fmt_sink *s, const char *p, size_t n)
{
	struct buf_sink *bs = (struct buf_sink *) s;
	size_t k = n < bs->bs_room ? n : bs->bs_room;

	memcpy(bs->bs_buf, p, k);
	bs->bs_buf += k;
	bs->bs_room -= k;
}

int vsnprintf(char *restrict s, size_t n, const char *restrict fmt,
    va_list ap)
{
	struct buf_sink bs = { { buf_put, 0, 0 }, s, n > 0 ? n - 1 : 0 };
	int r = __fmt_vformat(&bs.bs_sink, fmt, ap);

	if (n > 0)
		*bs.bs_buf = '\0';
	return r;
}

int vsprintf(char *restrict s, const char *restrict fmt, va_list ap)
{
	return vsnprintf(s, SIZE_MAX, fmt, ap);
}

int snprintf(char *restrict s, size_t n, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(s, n, fmt, ap);
	va_end(ap);
	return r;
}

int sprintf(char *restrict s, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vsnprintf(s, SIZE_MAX, fmt, ap);
	va_end(ap);
	return r;
}

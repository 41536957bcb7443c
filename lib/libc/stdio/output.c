/*
 * output.c - the write side of a stream.
 *
 * Every byte a stream outputs leaves through __stdio_out(), which calls
 * write(2) - or the stream's writer, if __stdio_set_writer() gave it one.
 * __stdio_write() is the buffered path that fwrite(), fputc(), the
 * printf() family and the rest use.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

/* Writes all n bytes; on failure sets the error indicator, answers EOF. */
int __stdio_out(FILE *f, const void *buf, size_t n)
{
	const char *p = buf;

	while (n > 0) {
		ssize_t k = f->f_writer != NULL
		    ? f->f_writer(f->f_cookie, p, n) : write(f->f_fd, p, n);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			f->f_flags |= F_ERR;
			return EOF;
		}
		p += k;
		n -= (size_t) k;
	}
	return 0;
}

/* Writes the pending output.  It is dropped even if writing fails. */
int __stdio_flushbuf(FILE *f)
{
	size_t n = f->f_wlen;

	f->f_wlen = 0;
	return n > 0 ? __stdio_out(f, f->f_buf, n) : 0;
}

/* Makes f ready for output; EOF if it was not opened for writing. */
int __stdio_to_write(FILE *f)
{
	if (!(f->f_flags & F_WRITE)) {
		f->f_flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->f_mode == M_READING)
		__stdio_discard_input(f);
	__stdio_setup(f);
	f->f_mode = M_WRITING;
	return 0;
}

/* Buffers n bytes, writing as the buffering mode says; answers n or 0. */
size_t __stdio_write(FILE *f, const void *buf, size_t n)
{
	if (n == 0 || __stdio_to_write(f) != 0)
		return 0;
	if (f->f_flags & F_NOBUF)
		return __stdio_out(f, buf, n) == 0 ? n : 0;
	if (f->f_wlen + n > f->f_bufsize) {
		if (__stdio_flushbuf(f) != 0)
			return 0;
		if (n >= f->f_bufsize)
			return __stdio_out(f, buf, n) == 0 ? n : 0;
	}
	memcpy(f->f_buf + f->f_wlen, buf, n);
	f->f_wlen += n;
	if (f->f_wlen == f->f_bufsize ||
	    ((f->f_flags & F_LINEBUF) && memchr(buf, '\n', n) != NULL)) {
		if (__stdio_flushbuf(f) != 0)
			return 0;
	}
	return n;
}

void __stdio_set_writer(FILE *f,
    ssize_t (*writer)(void *cookie, const char *buf, size_t n), void *cookie)
{
	if (f->f_mode == M_WRITING)
		(void) __stdio_flushbuf(f);
	f->f_writer = writer;
	f->f_cookie = cookie;
}

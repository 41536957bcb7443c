/*
 * printf.c - formatted output to streams: printf(), fprintf(), vprintf(),
 * vfprintf().
 *
 * The engine's output is gathered in a buffer on the stack and handed to
 * the stream in pieces, so that even an unbuffered stream (stderr) gets a
 * message in few writes.
 */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include "fmt_impl.h"
#include "stdio_impl.h"

struct file_sink {
	struct fmt_sink fs_sink;
	FILE *fs_file;
	size_t fs_len;
	char fs_buf[256];
};

static void file_flush(struct file_sink *fs)
{
	if (fs->fs_len > 0 &&
	    __stdio_write(fs->fs_file, fs->fs_buf, fs->fs_len) != fs->fs_len)
		fs->fs_sink.error = 1;
	fs->fs_len = 0;
}

static void file_put(struct fmt_sink *s, const char *p, size_t n)
{
	struct file_sink *fs = (struct file_sink *) s;

	while (n > 0) {
		size_t k = sizeof(fs->fs_buf) - fs->fs_len;

		if (k > n)
			k = n;
		memcpy(fs->fs_buf + fs->fs_len, p, k);
		fs->fs_len += k;
		p += k;
		n -= k;
		if (fs->fs_len == sizeof(fs->fs_buf))
			file_flush(fs);
	}
}

int vfprintf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_sink fs = { { file_put, 0, 0 }, f, 0, { 0 } };
	int r = __fmt_vformat(&fs.fs_sink, fmt, ap);

	file_flush(&fs);
	return fs.fs_sink.error ? -1 : r;
}

int vprintf(const char *restrict fmt, va_list ap)
{
	return vfprintf(stdout, fmt, ap);
}

int fprintf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(f, fmt, ap);
	va_end(ap);
	return r;
}

int printf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfprintf(stdout, fmt, ap);
	va_end(ap);
	return r;
}

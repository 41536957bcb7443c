/*
 * scanf.c - formatted input from streams: scanf(), fscanf(), vscanf(),
 * vfscanf().  The stream is the engine's source; the character the
 * engine looks ahead at goes back with ungetc().
 */
#include <stdarg.h>
#include <stdio.h>
#include "scan_impl.h"

struct file_src {
	struct scan_src fs_src;
	FILE *fs_file;
};

static int file_get(struct scan_src *src)
{
	return fgetc(((struct file_src *) src)->fs_file);
}

static void file_unget(struct scan_src *src, int c)
{
	(void) ungetc(c, ((struct file_src *) src)->fs_file);
}

int vfscanf(FILE *restrict f, const char *restrict fmt, va_list ap)
{
	struct file_src fs = { { file_get, file_unget }, f };

	return __scan_vformat(&fs.fs_src, fmt, ap);
}

int vscanf(const char *restrict fmt, va_list ap)
{
	return vfscanf(stdin, fmt, ap);
}

int fscanf(FILE *restrict f, const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(f, fmt, ap);
	va_end(ap);
	return r;
}

int scanf(const char *restrict fmt, ...)
{
	va_list ap;
	int r;

	va_start(ap, fmt);
	r = vfscanf(stdin, fmt, ap);
	va_end(ap);
	return r;
}

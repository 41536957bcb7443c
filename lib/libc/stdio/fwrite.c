/*
 * fwrite.c - output of blocks, characters and strings: fwrite(), fputc(),
 * putc(), putchar(), fputs(), puts().  All go through __stdio_write().
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

size_t fwrite(const void *restrict ptr, size_t size, size_t n,
    FILE *restrict f)
{
	if (size == 0 || n == 0)
		return 0;
	if (n > SIZE_MAX / size) {
		errno = EOVERFLOW;
		f->f_flags |= F_ERR;
		return 0;
	}
	return __stdio_write(f, ptr, size * n) / size;
}

int fputc(int c, FILE *f)
{
	unsigned char ch = (unsigned char) c;

	return __stdio_write(f, &ch, 1) == 1 ? ch : EOF;
}

int putc(int c, FILE *f)
{
	return fputc(c, f);
}

int putchar(int c)
{
	return fputc(c, stdout);
}

int fputs(const char *restrict s, FILE *restrict f)
{
	size_t n = strlen(s);

	return n == 0 || __stdio_write(f, s, n) == n ? 0 : EOF;
}

int puts(const char *s)
{
	if (fputs(s, stdout) == EOF || fputc('\n', stdout) == EOF)
		return EOF;
	return 0;
}

/*
 * ferror.c - a stream's indicators and descriptor: feof(), ferror(),
 * clearerr(), fileno().
 */
#include <stdio.h>
#include "stdio_impl.h"

int feof(FILE *f)
{
	return (f->f_flags & F_EOF) != 0;
}

int ferror(FILE *f)
{
	return (f->f_flags & F_ERR) != 0;
}

void clearerr(FILE *f)
{
	f->f_flags &= ~(F_EOF | F_ERR);
}

int fileno(FILE *f)
{
	return f->f_fd;
}

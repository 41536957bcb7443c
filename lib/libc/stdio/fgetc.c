/*
 * fgetc.c - characters in: fgetc(), getc(), getchar(), ungetc().
 */
#include <stdio.h>
#include "stdio_impl.h"

int fgetc(FILE *f)
{
	if (f->f_mode != M_READING && __stdio_to_read(f) != 0)
		return EOF;
	if (f->f_nunget > 0)
		return f->f_unget[--f->f_nunget];
	if (f->f_rpos == f->f_rend && __stdio_fill(f) != 0)
		return EOF;
	return *f->f_rpos++;
}

int getc(FILE *f)
{
	return fgetc(f);
}

int getchar(void)
{
	return fgetc(stdin);
}

/* Pushes c back to be read next; up to UNGET_MAX in a row. */
int ungetc(int c, FILE *f)
{
	if (c == EOF || f->f_nunget == UNGET_MAX)
		return EOF;
	if (f->f_mode != M_READING && __stdio_to_read(f) != 0)
		return EOF;
	f->f_unget[f->f_nunget++] = (unsigned char) c;
	f->f_flags &= ~F_EOF;
	return (unsigned char) c;
}

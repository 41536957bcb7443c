/*
 * streams.c - the standard streams, the list of open streams, fflush().
 *
 * stdin and stdout have static buffers so that a program's first printf()
 * needs no malloc(); stderr is unbuffered (see __stdio_setup).  Every open
 * stream is on one list, newest first, for fflush(NULL) and exit().
 */
#include <stdio.h>
#include "stdio_impl.h"

static unsigned char in_buf[BUFSIZ], out_buf[BUFSIZ];

static FILE std_err = {
	.f_fd = 2, .f_flags = F_WRITE | F_STATIC,
};
static FILE std_out = {
	.f_fd = 1, .f_flags = F_WRITE | F_STATIC,
	.f_buf = out_buf, .f_bufsize = sizeof(out_buf), .f_next = &std_err,
};
static FILE std_in = {
	.f_fd = 0, .f_flags = F_READ | F_STATIC,
	.f_buf = in_buf, .f_bufsize = sizeof(in_buf), .f_next = &std_out,
};

FILE *stdin = &std_in;
FILE *stdout = &std_out;
FILE *stderr = &std_err;
FILE *__stdio_head = &std_in;

void __stdio_unlink(FILE *f)
{
	for (FILE **pp = &__stdio_head; *pp != NULL; pp = &(*pp)->f_next) {
		if (*pp == f) {
			*pp = f->f_next;
			return;
		}
	}
}

/* Writes what every stream holds; called by exit() too. */
void __stdio_flush_all(void)
{
	(void) fflush(NULL);
}

/* Before a read that may wait for a person, show them the prompt. */
void __stdio_flush_linebuf(void)
{
	for (FILE *f = __stdio_head; f != NULL; f = f->f_next) {
		if ((f->f_flags & F_LINEBUF) && f->f_mode == M_WRITING)
			(void) __stdio_flushbuf(f);
	}
}

/*
 * Writes out f's pending output, or all streams' for NULL.  On a stream
 * being read, gives the file back what was read ahead, where it can seek.
 */
int fflush(FILE *f)
{
	int r = 0;

	if (f == NULL) {
		for (f = __stdio_head; f != NULL; f = f->f_next) {
			if (f->f_mode == M_WRITING && __stdio_flushbuf(f) != 0)
				r = EOF;
		}
		return r;
	}
	if (f->f_mode == M_WRITING)
		return __stdio_flushbuf(f);
	if (f->f_mode == M_READING)
		__stdio_discard_input(f);
	return 0;
}

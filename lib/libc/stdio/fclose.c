/*
 * fclose.c - close a stream: write what it holds, close its descriptor,
 * free it.  A standard stream stays allocated but can do nothing more
 * until freopen(), which gives it a buffer from malloc().
 */
#include <stdio.h>
#include <stdlib.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

int fclose(FILE *f)
{
	int r = fflush(f);

	if (f->f_fd >= 0 && close(f->f_fd) < 0)
		r = EOF;
	__stdio_drop_buf(f);
	if (f->f_flags & F_STATIC) {
		__stdio_init(f, -1, F_STATIC);
		return r;
	}
	__stdio_unlink(f);
	free(f);
	return r;
}

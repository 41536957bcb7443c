/*
 * fread.c - blocks in.  Takes pushed-back bytes first, then the buffer;
 * a request at least a buffer long is read straight into the caller's
 * memory.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "stdio_impl.h"

/* Copies up to n buffered or pushed-back bytes to p; answers how many. */
static size_t take_buffered(FILE *f, unsigned char *p, size_t n)
{
	size_t done = 0, avail;

	while (done < n && f->f_nunget > 0)
		p[done++] = f->f_unget[--f->f_nunget];
	avail = (size_t) (f->f_rend - f->f_rpos);
	if (avail > n - done)
		avail = n - done;
	if (avail > 0) {
		memcpy(p + done, f->f_rpos, avail);
		f->f_rpos += avail;
		done += avail;
	}
	return done;
}

size_t fread(void *restrict ptr, size_t size, size_t n, FILE *restrict f)
{
	unsigned char *p = ptr;
	size_t total, done = 0;

	if (size == 0 || n == 0)
		return 0;
	if (n > SIZE_MAX / size) {
		errno = EOVERFLOW;
		f->f_flags |= F_ERR;
		return 0;
	}
	total = size * n;
	if (f->f_mode != M_READING && __stdio_to_read(f) != 0)
		return 0;
	while (done < total) {
		size_t k = take_buffered(f, p + done, total - done);

		if (k == 0) {
			if (total - done >= f->f_bufsize)
				k = __stdio_read(f, p + done, total - done);
			else if (__stdio_fill(f) == 0)
				continue;
			if (k == 0)
				break;		/* end of file or error */
		}
		done += k;
	}
	return done / size;
}

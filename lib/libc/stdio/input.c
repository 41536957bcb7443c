/*
 * input.c - the read side of a stream: switching to reading, filling the
 * buffer, and giving back what was read ahead.
 *
 * The end-of-file indicator is sticky, as C11 says: once a read has seen
 * the end, reads answer EOF until clearerr(), a seek or an ungetc().
 */
#include <errno.h>
#include <stdio.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

/* Makes f ready for input; EOF if it was not opened for reading. */
int __stdio_to_read(FILE *f)
{
	if (!(f->f_flags & F_READ)) {
		f->f_flags |= F_ERR;
		errno = EBADF;
		return EOF;
	}
	if (f->f_mode == M_WRITING && __stdio_flushbuf(f) != 0)
		return EOF;
	__stdio_setup(f);
	f->f_mode = M_READING;
	return 0;
}

/* Reads into buf straight from the file; answers bytes read or 0. */
size_t __stdio_read(FILE *f, void *buf, size_t n)
{
	ssize_t k;

	if (f->f_flags & F_EOF)
		return 0;
	if (f->f_flags & (F_LINEBUF | F_NOBUF))
		__stdio_flush_linebuf();
	do
		k = read(f->f_fd, buf, n);
	while (k < 0 && errno == EINTR);
	if (k <= 0) {
		f->f_flags |= k == 0 ? F_EOF : F_ERR;
		return 0;
	}
	return (size_t) k;
}

/* Refills the (empty) buffer; EOF at the end of the file or on error. */
int __stdio_fill(FILE *f)
{
	size_t n = __stdio_read(f, f->f_buf, f->f_bufsize);

	if (n == 0)
		return EOF;
	f->f_rpos = f->f_buf;
	f->f_rend = f->f_buf + n;
	return 0;
}

/*
 * Drops what was read ahead or pushed back, moving the file offset back
 * to the stream's position where the file can seek.
 */
void __stdio_discard_input(FILE *f)
{
	off_t ahead = (f->f_rend - f->f_rpos) + f->f_nunget;

	if (ahead > 0)
		(void) lseek(f->f_fd, -ahead, SEEK_CUR);
	f->f_rpos = f->f_rend = NULL;
	f->f_nunget = 0;
	f->f_mode = M_IDLE;
}

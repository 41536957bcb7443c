/*
 * fseek.c - stream positions: fseek(), fseeko(), ftell(), ftello(),
 * rewind(), fgetpos(), fsetpos().
 *
 * The stream's position is the file's offset less what was read ahead
 * (and pushed back), or plus what is waiting to be written.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

int fseeko(FILE *f, off_t off, int whence)
{
	if (f->f_mode == M_WRITING && __stdio_flushbuf(f) != 0)
		return -1;
	if (f->f_mode == M_READING && whence == SEEK_CUR)
		off -= (f->f_rend - f->f_rpos) + f->f_nunget;
	f->f_rpos = f->f_rend = NULL;
	f->f_nunget = 0;
	f->f_mode = M_IDLE;
	if (lseek(f->f_fd, off, whence) < 0)
		return -1;
	f->f_flags &= ~F_EOF;
	return 0;
}

int fseek(FILE *f, long off, int whence)
{
	return fseeko(f, off, whence);
}

off_t ftello(FILE *f)
{
	off_t pos;

	/* Appended output lands at the end, wherever the offset is now. */
	if (f->f_mode == M_WRITING && (f->f_flags & F_APPEND) &&
	    __stdio_flushbuf(f) != 0)
		return -1;
	pos = lseek(f->f_fd, 0, SEEK_CUR);
	if (pos < 0)
		return -1;
	if (f->f_mode == M_READING)
		pos -= (f->f_rend - f->f_rpos) + f->f_nunget;
	else if (f->f_mode == M_WRITING)
		pos += (off_t) f->f_wlen;
	return pos;
}

long ftell(FILE *f)
{
	off_t pos = ftello(f);

	if (pos > LONG_MAX) {
		errno = EOVERFLOW;
		return -1;
	}
	return (long) pos;
}

void rewind(FILE *f)
{
	(void) fseeko(f, 0, SEEK_SET);
	f->f_flags &= ~F_ERR;
}

int fgetpos(FILE *restrict f, fpos_t *restrict pos)
{
	off_t p = ftello(f);

	if (p < 0)
		return -1;
	*pos = p;
	return 0;
}

int fsetpos(FILE *f, const fpos_t *pos)
{
	return fseeko(f, *pos, SEEK_SET);
}

/*
 * buffer.c - choosing a stream's buffer: setvbuf(), setbuf(), and the
 * default chosen at the first read or write (__stdio_setup).
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

static void set_unbuffered(FILE *f)
{
	f->f_buf = &f->f_onebuf;
	f->f_bufsize = 1;
	f->f_flags |= F_NOBUF;
}

/*
 * The default: stderr unbuffered, terminals line-buffered, other files
 * fully buffered with BUFSIZ bytes (unbuffered if there is no memory).
 * A stream with a writer is a console: line-buffered, and isatty() is not
 * asked, since it is a message to VFS that a system service must not
 * depend on (VFS itself, or PM, which VFS may be waiting for).
 */
void __stdio_setup(FILE *f)
{
	if (f->f_flags & F_BUFSET)
		return;
	f->f_flags |= F_BUFSET;
	if (f == stderr) {
		set_unbuffered(f);
		return;
	}
	if (f->f_buf == NULL) {
		f->f_buf = malloc(BUFSIZ);
		if (f->f_buf == NULL) {
			set_unbuffered(f);
			return;
		}
		f->f_bufsize = BUFSIZ;
		f->f_flags |= F_MYBUF;
	}
	if (f->f_writer != NULL || isatty(f->f_fd) > 0)
		f->f_flags |= F_LINEBUF;
}

/* Forgets f's buffer, freeing it if it came from malloc(). */
void __stdio_drop_buf(FILE *f)
{
	if (f->f_flags & F_MYBUF)
		free(f->f_buf);
	f->f_buf = NULL;
	f->f_bufsize = 0;
	f->f_flags &= ~(F_MYBUF | F_BUFSET | F_NOBUF | F_LINEBUF);
}

int setvbuf(FILE *restrict f, char *restrict buf, int mode, size_t size)
{
	if (mode != _IOFBF && mode != _IOLBF && mode != _IONBF) {
		errno = EINVAL;
		return -1;
	}
	if (fflush(f) != 0)
		return -1;
	__stdio_drop_buf(f);
	f->f_flags |= F_BUFSET;
	if (mode == _IONBF) {
		set_unbuffered(f);
		return 0;
	}
	if (size == 0)
		size = BUFSIZ;
	if (buf == NULL) {
		buf = malloc(size);
		if (buf == NULL) {
			set_unbuffered(f);
			return -1;
		}
		f->f_flags |= F_MYBUF;
	}
	f->f_buf = (unsigned char *) buf;
	f->f_bufsize = size;
	if (mode == _IOLBF)
		f->f_flags |= F_LINEBUF;
	return 0;
}

void setbuf(FILE *restrict f, char *restrict buf)
{
	(void) setvbuf(f, buf, buf != NULL ? _IOFBF : _IONBF, BUFSIZ);
}

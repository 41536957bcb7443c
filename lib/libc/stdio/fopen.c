/*
 * fopen.c - opening streams: fopen(), fdopen(), freopen().
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../include/libc_sys.h"
#include "stdio_impl.h"

/*
 * The stream flags (F_READ, F_WRITE, F_APPEND) and open(2) flags a mode
 * string asks for: "r", "w" or "a", then any of "+", "b", "x" (fail if
 * the file exists) and "e".  Answers 0 with errno EINVAL for a bad mode.
 */
int __stdio_mode_flags(const char *mode, int *oflags)
{
	int flags;

	switch (*mode) {
	case 'r':
		flags = F_READ;
		*oflags = O_RDONLY;
		break;
	case 'w':
		flags = F_WRITE;
		*oflags = O_WRONLY | O_CREAT | O_TRUNC;
		break;
	case 'a':
		flags = F_WRITE | F_APPEND;
		*oflags = O_WRONLY | O_CREAT | O_APPEND;
		break;
	default:
		errno = EINVAL;
		return 0;
	}
	while (*++mode != '\0') {
		if (*mode == '+') {
			flags |= F_READ | F_WRITE;
			*oflags = (*oflags & ~(O_WRONLY | O_RDWR)) | O_RDWR;
		} else if (*mode == 'x') {
			*oflags |= O_EXCL;
		}
	}
	return flags;
}

/* Sets f up, its buffering undecided, for fd; keeps its list link. */
void __stdio_init(FILE *f, int fd, int flags)
{
	FILE *next = f->f_next;

	memset(f, 0, sizeof(*f));
	f->f_fd = fd;
	f->f_flags = flags;
	f->f_next = next;
}

/* A new stream on fd, on the list of open streams; NULL if no memory. */
static FILE *new_stream(int fd, int flags)
{
	FILE *f = malloc(sizeof(*f));

	if (f == NULL)
		return NULL;
	f->f_next = __stdio_head;
	__stdio_init(f, fd, flags);
	__stdio_head = f;
	return f;
}

FILE *fopen(const char *restrict path, const char *restrict mode)
{
	int oflags, flags = __stdio_mode_flags(mode, &oflags);
	int fd;
	FILE *f;

	if (flags == 0)
		return NULL;
	fd = open(path, oflags, 0666);
	if (fd < 0)
		return NULL;
	f = new_stream(fd, flags);
	if (f == NULL)
		(void) close(fd);
	return f;
}

FILE *fdopen(int fd, const char *mode)
{
	int oflags, flags = __stdio_mode_flags(mode, &oflags);

	if (flags == 0)
		return NULL;
	return new_stream(fd, flags);
}

/*
 * Reopens f on path (or, for a NULL path, its own descriptor with a new
 * mode).  Its new buffer is chosen at its first use, as for fopen().
 */
FILE *freopen(const char *restrict path, const char *restrict mode,
    FILE *restrict f)
{
	int oflags, flags = __stdio_mode_flags(mode, &oflags);
	int fd = f->f_fd, keep = f->f_flags & F_STATIC;

	(void) fflush(f);
	__stdio_drop_buf(f);
	if (flags == 0) {
		(void) fclose(f);
		return NULL;
	}
	if (path != NULL) {
		(void) close(fd);
		fd = open(path, oflags, 0666);
	}
	if (fd < 0) {
		f->f_fd = -1;		/* already closed */
		(void) fclose(f);
		return NULL;
	}
	__stdio_init(f, fd, flags | keep);
	return f;
}

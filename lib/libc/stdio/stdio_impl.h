/*
 * stdio_impl.h - the FILE structure and what the files of stdio share.
 *
 * A stream is idle, reading or writing.  Reading, f_buf[f_rpos..f_rend)
 * holds bytes read from the file but not yet taken, and f_unget holds
 * bytes pushed back by ungetc() (taken first, last pushed first).
 * Writing, f_buf[0..f_wlen) holds bytes not yet written.  Switching
 * direction flushes what is pending, so only one of the two is ever in
 * use.  The buffer is chosen at the first read or write (see
 * __stdio_setup): full buffering for files, line buffering for terminals,
 * none for stderr, unless setvbuf() chose first.
 */
#ifndef _STDIO_IMPL_H
#define _STDIO_IMPL_H

#include <stddef.h>
#include <stdio.h>
#include <sys/types.h>

#define UNGET_MAX	4

/* f_flags */
#define F_READ		0x0001	/* opened for reading */
#define F_WRITE		0x0002	/* opened for writing */
#define F_EOF		0x0004	/* end-of-file indicator */
#define F_ERR		0x0008	/* error indicator */
#define F_LINEBUF	0x0010	/* flush output at each newline */
#define F_NOBUF		0x0020	/* no buffering */
#define F_BUFSET	0x0040	/* buffering decided (setvbuf or setup) */
#define F_MYBUF		0x0080	/* f_buf is ours to free() */
#define F_STATIC	0x0100	/* a standard stream: never free()d */
#define F_APPEND	0x0200	/* every write goes to the end */

/* f_mode */
#define M_IDLE		0
#define M_READING	1
#define M_WRITING	2

struct __FILE {
	int f_fd;
	int f_flags;
	int f_mode;
	unsigned char *f_buf;
	size_t f_bufsize;
	unsigned char *f_rpos, *f_rend;
	size_t f_wlen;
	unsigned char f_unget[UNGET_MAX];
	int f_nunget;
	ssize_t (*f_writer)(void *cookie, const char *buf, size_t n);
	void *f_cookie;
	struct __FILE *f_next;		/* the list of open streams */
	unsigned char f_onebuf;		/* the "buffer" of an unbuffered one */
};

/* streams.c */
extern FILE *__stdio_head;
void __stdio_flush_all(void);
void __stdio_flush_linebuf(void);
void __stdio_unlink(FILE *f);

/* buffer.c */
void __stdio_setup(FILE *f);
void __stdio_drop_buf(FILE *f);

/* output.c */
int __stdio_out(FILE *f, const void *buf, size_t n);
int __stdio_flushbuf(FILE *f);
int __stdio_to_write(FILE *f);
size_t __stdio_write(FILE *f, const void *buf, size_t n);

/* input.c */
int __stdio_to_read(FILE *f);
size_t __stdio_read(FILE *f, void *buf, size_t n);
int __stdio_fill(FILE *f);
void __stdio_discard_input(FILE *f);

/* fopen.c */
int __stdio_mode_flags(const char *mode, int *oflags);
void __stdio_init(FILE *f, int fd, int flags);

#endif

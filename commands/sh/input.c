/*
 * input.c - reading commands from a descriptor or a string.
 *
 * Entry points: input_fd, input_string, in_getc, in_ungetc,
 * in_skip_line, in_record_*, in_set_prompt.
 *
 * When the shell reads its commands from a standard input it shares
 * with the commands it runs (`sh < script`, a pipe), whatever it has
 * not yet parsed must stay in the file for them: from a pipe it reads
 * one byte at a time; from a file it reads ahead, and in_sync() seeks
 * back before a command runs.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "input.h"
#include "trap.h"

static int next_prompt = 1;

struct input *input_fd(int fd, int prompt)
{
	struct input *in = xmalloc(sizeof(*in));

	memset(in, 0, sizeof(*in));
	in->fd = fd;
	in->cap = 4096;
	in->buf = xmalloc(in->cap);
	if (fd == 0 && !isatty(0)) {
		in->seekable = lseek(0, 0, SEEK_CUR) >= 0;
		in->onebyte = !in->seekable;
	}
	in->prompt = prompt;
	in->at_bol = 1;
	in->lineno = 1;
	sb_init(&in->rec);
	return in;
}

struct input *input_string(const char *s, size_t n)
{
	struct input *in = xmalloc(sizeof(*in));

	memset(in, 0, sizeof(*in));
	in->fd = -1;
	in->buf = xmalloc(n + 1);
	memcpy(in->buf, s, n);
	in->len = in->cap = n;
	in->lineno = 1;
	sb_init(&in->rec);
	return in;
}

void input_free(struct input *in)
{
	free(in->buf);
	sb_free(&in->rec);
	free(in);
}

#define EIO_RETRIES	3

void in_set_prompt(int which)
{
	next_prompt = which;
}

/* Reads more from the descriptor; 0 at end of file.  At the prompt, an
 * EIO is read again a few times: it is what a read pending at a terminal
 * driver that died and came back gets (the next read works), and a login
 * shell must not end for it. */
static int refill(struct input *in)
{
	int eio_retries = 0;
	ssize_t n;

	if (in->fd < 0)
		return 0;
	if (in->prompt && in->at_bol) {
		prompt_show(next_prompt);
		next_prompt = 2;
	}
	do
		n = read(in->fd, in->buf, in->onebyte ? 1 : in->cap);
	while (n < 0 && (errno == EINTR ? !(in->prompt && trap_interrupted())
	    : errno == EIO && in->prompt && ++eio_retries <= EIO_RETRIES));
	if (n < 0 && errno == EINTR) {
		in->interrupted = 1;
		in->at_bol = 1;
	}
	if (n <= 0)
		return 0;
	in->pos = 0;
	in->len = (size_t) n;
	return 1;
}

int in_getc(struct input *in)
{
	int c;

	if (in->interrupted)
		return IN_EOF;
	if (in->npush > 0)
		c = in->push[--in->npush];
	else if (in->pos < in->len || refill(in)) {
		c = (unsigned char) in->buf[in->pos++];
		in->at_bol = c == '\n';
	} else
		return IN_EOF;
	if (c == '\n')
		in->lineno++;
	sb_addc(&in->rec, c);
	return c;
}

void in_ungetc(struct input *in, int c)
{
	if (c == IN_EOF)
		return;
	if (in->npush == (int) (sizeof(in->push) / sizeof(in->push[0])))
		return;		/* the lexer never looks this far ahead */
	in->push[in->npush++] = c;
	if (c == '\n')
		in->lineno--;
	if (in->rec.len > 0)
		in->rec.s[--in->rec.len] = '\0';
}

/* Gives back to a shared file what was read but not parsed. */
void in_sync(struct input *in)
{
	off_t unread = (off_t) (in->len - in->pos) + in->npush;

	if (!in->seekable || unread == 0)
		return;
	if (lseek(in->fd, -unread, SEEK_CUR) < 0)
		return;
	in->pos = in->len = 0;
	in->npush = 0;
}

/* Drops the rest of the current line, after a syntax error. */
void in_skip_line(struct input *in)
{
	int c;

	do
		c = in_getc(in);
	while (c != '\n' && c != IN_EOF);
}

size_t in_record_pos(struct input *in)
{
	return in->rec.len;
}

char *in_record_text(struct input *in, size_t from, size_t to,
	struct arena *a)
{
	if (to > in->rec.len)
		to = in->rec.len;
	if (from > to)
		from = to;
	return arena_strndup(a, in->rec.s + from, to - from);
}

void in_record_reset(struct input *in)
{
	in->rec.len = 0;
	in->rec.s[0] = '\0';
}

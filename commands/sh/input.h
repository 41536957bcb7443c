/*
 * input.h - where commands come from: a file descriptor or a string.
 *
 * The lexer reads characters one at a time and may push a few back.
 * Everything read is also recorded, so that the parser can keep the
 * source text of a pipeline (job listings show it).
 */
#ifndef SH_INPUT_H
#define SH_INPUT_H

#include <stddef.h>
#include "mem.h"

#define IN_EOF	(-1)

struct input {
	int fd;			/* -1 for a string */
	char *buf;
	size_t pos, len, cap;
	int onebyte;		/* never read past a newline (shared stdin) */
	int seekable;		/* stdin is a file: in_sync can seek back */
	int prompt;		/* show PS1/PS2 before reading a line */
	int at_bol;		/* the next byte read starts a line */
	int interrupted;	/* ^C while reading: the line is dropped */
	int push[8];
	int npush;
	int lineno;
	struct strbuf rec;	/* text consumed since in_record_reset() */
};

struct input *input_fd(int fd, int prompt);
struct input *input_string(const char *s, size_t n);
void input_free(struct input *in);
int in_getc(struct input *in);
void in_ungetc(struct input *in, int c);
void in_skip_line(struct input *in);
void in_sync(struct input *in);

size_t in_record_pos(struct input *in);
char *in_record_text(struct input *in, size_t from, size_t to,
	struct arena *a);
void in_record_reset(struct input *in);

/* Which prompt the next line read from a terminal gets: 1 or 2. */
void in_set_prompt(int which);
/* Prints PS1 or PS2 (main.c). */
void prompt_show(int which);

#endif

/*
 * xargs.h - what xargs.c (options, command lines, running them) and
 * input.c (splitting the standard input into arguments) share.
 */
#ifndef XARGS_XARGS_H
#define XARGS_XARGS_H

#include <stddef.h>

enum split {
	SPLIT_BLANKS,		/* blanks and newlines, with quotes */
	SPLIT_LINES,		/* -I: a line each, leading blanks dropped */
	SPLIT_NUL,		/* -0: NUL-ended, taken as they are */
};

struct arg {
	char *text;		/* malloc()ed */
	int line_end;		/* the last argument of an input line */
};

/* The next argument of the standard input into *a: 1, or 0 at the end
 * of the input (or at eofstr, if not NULL).  Bad quoting is fatal. */
int next_arg(enum split how, const char *eofstr, struct arg *a);

#endif

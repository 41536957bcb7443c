/*
 * input.c - xargs: the standard input cut into arguments.
 *
 * By default arguments are separated by blanks and newlines; a
 * backslash takes the next character as it is, and '...' or "..."
 * quote everything up to the matching quote on the same line.  An
 * argument that ends a line whose last character is not a blank marks
 * the end of that line (for -L).  With -I each line is one argument,
 * with the same quoting but blanks kept; -0 takes NUL-ended strings.
 *
 * Entry point: next_arg.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "xargs.h"

struct buf {
	char *s;
	size_t len, cap;
};

static void push(struct buf *b, int c)
{
	if (b->len + 1 >= b->cap) {
		b->cap = b->cap ? b->cap * 2 : 64;
		if ((b->s = realloc(b->s, b->cap)) == NULL) {
			fputs("xargs: out of memory\n", stderr);
			exit(1);
		}
	}
	b->s[b->len++] = (char) c;
	b->s[b->len] = '\0';
}

static int blank(int c)
{
	return c == ' ' || c == '\t';
}

/* The rest of a quoted string up to quote, into b. */
static void quoted(struct buf *b, int quote)
{
	int c;

	while ((c = getchar()) != quote) {
		if (c == EOF || c == '\n') {
			fprintf(stderr, "xargs: unmatched %s quote\n",
			    quote == '"' ? "double" : "single");
			exit(1);
		}
		push(b, c);
	}
}

/* One argument by the quoting rules into b; *end is what stopped it
 * (a blank, a newline or EOF).  Answers whether there was one (''
 * is one, though empty). */
static int quoted_arg(struct buf *b, int keep_blanks, int *end)
{
	int c, any = 0;

	while (blank(c = getchar()))
		;
	for (;; c = getchar()) {
		if (c == EOF || c == '\n' || (blank(c) && !keep_blanks)) {
			*end = c;
			return any;
		}
		any = 1;
		if (c == '\\') {
			if ((c = getchar()) == EOF) {
				*end = EOF;
				return 1;
			}
			push(b, c);
		} else if (c == '\'' || c == '"') {
			quoted(b, c);
		} else {
			push(b, c);
		}
	}
}

/* A NUL-ended string into b: whether there was one. */
static int nul_arg(struct buf *b)
{
	int c;

	while ((c = getchar()) != EOF && c != '\0')
		push(b, c);
	return c != EOF || b->len > 0;
}

int next_arg(enum split how, const char *eofstr, struct arg *a)
{
	static int done;		/* eofstr was seen */
	struct buf b = { NULL, 0, 0 };
	int end = '\n', got;

	push(&b, 'x');			/* an empty string to start */
	b.s[b.len = 0] = '\0';
	while (!done) {
		if (how == SPLIT_NUL)
			got = nul_arg(&b);
		else
			got = quoted_arg(&b, how == SPLIT_LINES, &end);
		if (!got && (how == SPLIT_NUL || end == EOF))
			break;
		if (!got)
			continue;		/* a blank line */
		if (eofstr != NULL && strcmp(b.s, eofstr) == 0) {
			done = 1;
			break;
		}
		a->text = b.s;
		a->line_end = end == '\n' || end == EOF;
		return 1;
	}
	free(b.s);
	return 0;
}

/*
 * lex.c - the tokenizer: operators, newlines, comments, here-documents.
 *
 * Entry points: lex_token, tok_name, syntax_error.  Words are handed to
 * lexword.c.  Reserved words are not told apart here: the parser knows
 * where they can stand, and checks a word's plain text.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "out.h"
#include "parse.h"

static const char *const tok_names[] = {
	[T_EOF] = "end of file", [T_NEWLINE] = "newline", [T_WORD] = "word",
	[T_IONUM] = "number", [T_SEMI] = "';'", [T_AMP] = "'&'",
	[T_PIPE] = "'|'", [T_AND] = "'&&'", [T_OR] = "'||'",
	[T_DSEMI] = "';;'", [T_LPAREN] = "'('", [T_RPAREN] = "')'",
	[T_LESS] = "'<'", [T_GREAT] = "'>'", [T_DLESS] = "'<<'",
	[T_DLESSDASH] = "'<<-'", [T_DGREAT] = "'>>'", [T_LESSAND] = "'<&'",
	[T_GREATAND] = "'>&'", [T_LESSGREAT] = "'<>'", [T_CLOBBER] = "'>|'",
	[T_ERROR] = "error",
};

const char *tok_name(enum tok_type t)
{
	return tok_names[t];
}

/* Reports the first syntax error of a parse; later ones are echoes. */
void syntax_error(struct parser *p, int lineno, const char *fmt, ...)
{
	char msg[256];
	va_list ap;

	if (p->error)
		return;
	p->error = 1;
	if (p->in->interrupted)
		return;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	out_fmt(2, "sh: line %d: syntax error: %s\n", lineno, msg);
}

static int next_is(struct parser *p, int want)
{
	int c = in_getc(p->in);

	if (c == want)
		return 1;
	in_ungetc(p->in, c);
	return 0;
}

/* The operator starting with c, or T_WORD if c starts none. */
static enum tok_type lex_operator(struct parser *p, int c)
{
	switch (c) {
	case '&': return next_is(p, '&') ? T_AND : T_AMP;
	case '|': return next_is(p, '|') ? T_OR : T_PIPE;
	case ';': return next_is(p, ';') ? T_DSEMI : T_SEMI;
	case '(': return T_LPAREN;
	case ')': return T_RPAREN;
	case '<':
		if (next_is(p, '<'))
			return next_is(p, '-') ? T_DLESSDASH : T_DLESS;
		if (next_is(p, '&'))
			return T_LESSAND;
		return next_is(p, '>') ? T_LESSGREAT : T_LESS;
	case '>':
		if (next_is(p, '>'))
			return T_DGREAT;
		if (next_is(p, '&'))
			return T_GREATAND;
		return next_is(p, '|') ? T_CLOBBER : T_GREAT;
	}
	return T_WORD;
}

/* Skips blanks, comments and escaped newlines; returns the next char. */
static int skip_blanks(struct parser *p)
{
	for (;;) {
		int c = in_getc(p->in);
		if (c == ' ' || c == '\t')
			continue;
		if (c == '\\') {
			if (next_is(p, '\n'))
				continue;
			return c;
		}
		if (c != '#')
			return c;
		while ((c = in_getc(p->in)) != '\n' && c != IN_EOF)
			;
		in_ungetc(p->in, c);
	}
}

/* Reads one line of a here-document; 0 at end of input. */
static int read_line(struct parser *p, struct strbuf *line, int strip)
{
	int c = in_getc(p->in);

	line->len = 0;
	line->s[0] = '\0';
	if (c == IN_EOF)
		return 0;
	while (strip && c == '\t')
		c = in_getc(p->in);
	for (; c != '\n' && c != IN_EOF; c = in_getc(p->in))
		sb_addc(line, c);
	return 1;
}

static void read_heredoc(struct parser *p, struct heredoc *h)
{
	struct strbuf body, line;

	sb_init(&body);
	sb_init(&line);
	while (read_line(p, &line, h->strip_tabs)) {
		if (strcmp(line.s, h->delim) == 0)
			break;
		sb_addn(&body, line.s, line.len);
		sb_addc(&body, '\n');
	}
	if (h->quoted)
		h->redir->target = word_literal(p->a, body.s, body.len);
	else
		h->redir->target = lex_string(p, body.s, body.len,
			LM_HEREDOC);
	sb_free(&line);
	sb_free(&body);
}

/* Bodies of the here-documents opened on the line just ended. */
static void read_heredocs(struct parser *p)
{
	struct heredoc *h = p->heredocs;

	p->heredocs = NULL;
	for (; h && !p->error; h = h->next)
		read_heredoc(p, h);
}

static void lex_word_token(struct parser *p, struct token *t)
{
	struct wpart *w;
	int c;

	t->word = lex_word(p);
	if (!t->word) {
		t->type = T_ERROR;
		return;
	}
	t->type = T_WORD;
	w = t->word->parts;
	if (w && !w->next && w->type == P_LIT && !w->quoted)
		t->plain = w->u.lit.text;
	if (!t->plain || strspn(t->plain, "0123456789") != strlen(t->plain))
		return;
	c = in_getc(p->in);
	in_ungetc(p->in, c);
	if (c == '<' || c == '>') {
		t->type = T_IONUM;
		t->ionum = (int) strtol(t->plain, NULL, 10);
	}
}

void lex_token(struct parser *p, struct token *t)
{
	int c;

	memset(t, 0, sizeof(*t));
	if (p->error) {
		t->type = T_ERROR;
		return;
	}
	c = skip_blanks(p);
	t->lineno = p->in->lineno;
	t->start = in_record_pos(p->in) - (c != IN_EOF);
	if (c == IN_EOF || c == '\n') {
		t->type = c == '\n' ? T_NEWLINE : T_EOF;
		if (c == '\n')
			t->lineno--;
		read_heredocs(p);
	} else if ((t->type = lex_operator(p, c)) == T_WORD) {
		in_ungetc(p->in, c);
		lex_word_token(p, t);
	}
	if (p->error)
		t->type = T_ERROR;
	t->end = in_record_pos(p->in);
	p->last = t->type;
}

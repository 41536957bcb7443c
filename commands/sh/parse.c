/*
 * parse.c - the parser's token helpers, lists, and-or lists and
 * pipelines, and its two entry points.
 *
 * Entry points: parse_line (one complete command from the input, up to
 * its newline: the main loop runs it before reading on) and
 * parse_nested (the inside of $(...) or `...`).
 *
 * Errors are reported once, set p->error, and every function returns
 * NULL from then on.
 */
#include <string.h>
#include "parse.h"

struct token *peek(struct parser *p)
{
	if (!p->have_look) {
		lex_token(p, &p->look);
		p->have_look = 1;
	}
	return &p->look;
}

void consume(struct parser *p)
{
	p->have_look = 0;
	p->last_end = p->look.end;
}

int accept(struct parser *p, enum tok_type t)
{
	if (peek(p)->type != t)
		return 0;
	consume(p);
	return 1;
}

static int is_rw(struct token *t, const char *w)
{
	return t->type == T_WORD && t->plain && strcmp(t->plain, w) == 0;
}

int accept_rw(struct parser *p, const char *w)
{
	if (!is_rw(peek(p), w))
		return 0;
	consume(p);
	return 1;
}

void unexpected(struct parser *p)
{
	struct token *t = peek(p);

	if (t->type == T_WORD && t->plain)
		syntax_error(p, t->lineno, "unexpected '%s'", t->plain);
	else
		syntax_error(p, t->lineno, "unexpected %s",
			tok_name(t->type));
}

int expect(struct parser *p, enum tok_type t)
{
	if (accept(p, t))
		return 1;
	unexpected(p);
	return 0;
}

int expect_rw(struct parser *p, const char *w)
{
	if (accept_rw(p, w))
		return 1;
	unexpected(p);
	return 0;
}

void skip_newlines(struct parser *p)
{
	while (accept(p, T_NEWLINE))
		;
}

/* Whether a command can start with t: not a closing reserved word. */
int starts_command(struct token *t)
{
	static const char *const closers[] = {
		"then", "else", "elif", "fi", "do", "done", "esac", "}"
	};
	size_t i;

	switch (t->type) {
	case T_WORD:
		for (i = 0; i < sizeof(closers) / sizeof(closers[0]); i++)
			if (is_rw(t, closers[i]))
				return 0;
		return 1;
	case T_IONUM: case T_LPAREN: case T_LESS: case T_GREAT:
	case T_DLESS: case T_DLESSDASH: case T_DGREAT: case T_LESSAND:
	case T_GREATAND: case T_LESSGREAT: case T_CLOBBER:
		return 1;
	default:
		return 0;
	}
}

struct node *new_node(struct parser *p, enum node_type type)
{
	struct node *n = arena_alloc(p->a, sizeof(*n));

	memset(n, 0, sizeof(*n));
	n->type = type;
	n->lineno = p->look.lineno;
	return n;
}

static struct node *binary(struct parser *p, enum node_type type,
	struct node *left, struct node *right)
{
	struct node *n = new_node(p, type);

	n->u.bin.left = left;
	n->u.bin.right = right;
	return n;
}

/* Appends a command to a pipeline's array, which grows by doubling. */
static void pipe_add(struct parser *p, struct node *pipe, struct node *c)
{
	int n = pipe->u.pipe.n;

	if ((n & (n - 1)) == 0) {
		struct node **cmds = arena_alloc(p->a,
			sizeof(*cmds) * (size_t) (n ? 2 * n : 1));
		if (n)
			memcpy(cmds, pipe->u.pipe.cmds, sizeof(*cmds) * n);
		pipe->u.pipe.cmds = cmds;
	}
	pipe->u.pipe.cmds[pipe->u.pipe.n++] = c;
}

/* pipeline: [!] command (| linebreak command)* */
static struct node *pipeline(struct parser *p)
{
	size_t start = peek(p)->start;
	int bang = accept_rw(p, "!");
	struct node *c = parse_command(p), *n = c;

	if (!c)
		return NULL;
	if (bang || peek(p)->type == T_PIPE) {
		n = new_node(p, N_PIPE);
		n->u.pipe.bang = bang;
		pipe_add(p, n, c);
		while (accept(p, T_PIPE)) {
			skip_newlines(p);
			if (!(c = parse_command(p)))
				return NULL;
			pipe_add(p, n, c);
		}
	}
	n->text = in_record_text(p->in, start, p->last_end, p->a);
	return n;
}

/* and_or: pipeline ((&& | ||) linebreak pipeline)* */
static struct node *and_or(struct parser *p)
{
	struct node *n = pipeline(p), *right;

	while (n) {
		enum tok_type t = peek(p)->type;
		if (t != T_AND && t != T_OR)
			break;
		consume(p);
		skip_newlines(p);
		if (!(right = pipeline(p)))
			return NULL;
		n = binary(p, t == T_AND ? N_AND : N_OR, n, right);
	}
	return n;
}

/*
 * and-or lists separated by ; & (and newlines, inside compound
 * commands).  At the top, the newline that ends the line is left for
 * the caller: nothing past it may be read before the line runs.
 */
struct node *parse_list(struct parser *p, int toplevel)
{
	struct node *head = and_or(p), **tail = &head, *n;

	while (head) {
		enum tok_type t = peek(p)->type;
		if (t == T_SEMI || t == T_AMP) {
			consume(p);
			if (t == T_AMP) {
				n = new_node(p, N_BG);
				n->u.body = *tail;
				n->text = (*tail)->text;
				*tail = n;
			}
		} else if (t != T_NEWLINE || toplevel)
			break;
		if (!toplevel)
			skip_newlines(p);
		if (!starts_command(peek(p)))
			break;
		if (!(n = and_or(p)))
			return NULL;
		*tail = binary(p, N_SEQ, *tail, n);
		tail = &(*tail)->u.bin.right;
	}
	return p->error ? NULL : head;
}

struct node *parse_compound_list(struct parser *p, int allow_empty)
{
	skip_newlines(p);
	if (!starts_command(peek(p))) {
		if (!allow_empty)
			unexpected(p);
		return NULL;
	}
	return parse_list(p, 0);
}

struct node *parse_line(struct input *in, struct arena *a,
	enum parse_result *res)
{
	struct parser p;
	struct node *n = NULL;

	memset(&p, 0, sizeof(p));
	p.in = in;
	p.a = a;
	in_record_reset(in);
	*res = PARSE_OK;
	if (accept(&p, T_EOF))
		*res = PARSE_EOF;
	else if (accept(&p, T_NEWLINE))
		*res = PARSE_EMPTY;
	else if ((n = parse_list(&p, 1)) != NULL
	    && !accept(&p, T_NEWLINE) && !accept(&p, T_EOF))
		unexpected(&p);
	if (in->interrupted) {
		in->interrupted = 0;
		in->npush = 0;
		*res = PARSE_INTERRUPT;
		return NULL;
	}
	if (p.error) {
		*res = PARSE_ERROR;
		if (p.last != T_NEWLINE && p.last != T_EOF && in->prompt)
			in_skip_line(in);
		return NULL;
	}
	return n;
}

/* The commands of $(...) (end T_RPAREN) or `...` (end T_EOF). */
struct node *parse_nested(struct parser *outer, struct input *in,
	enum tok_type end)
{
	struct parser q;
	struct node *n;
	struct heredoc **h;

	memset(&q, 0, sizeof(q));
	q.in = in;
	q.a = outer->a;
	n = parse_compound_list(&q, 1);
	if (!q.error)
		expect(&q, end);
	if (q.error)
		outer->error = 1;
	/* $(cat <<EOF) : the body follows the outer line. */
	for (h = &outer->heredocs; *h; h = &(*h)->next)
		;
	if (in == outer->in)
		*h = q.heredocs;
	return q.error ? NULL : n;
}

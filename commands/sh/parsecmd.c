/*
 * parsecmd.c - parsing simple commands, with their assignments and
 * redirections, and function definitions.
 *
 * Entry points: parse_simple, parse_redirs (those after a compound
 * command).
 */
#include <string.h>
#include "parse.h"
#include "var.h"

static int is_redir_op(enum tok_type t)
{
	return t == T_LESS || t == T_GREAT || t == T_DLESS
		|| t == T_DLESSDASH || t == T_DGREAT || t == T_LESSAND
		|| t == T_GREATAND || t == T_LESSGREAT || t == T_CLOBBER;
}

static const enum redir_type redir_types[] = {
	[T_LESS] = R_IN, [T_GREAT] = R_OUT, [T_DLESS] = R_HEREDOC,
	[T_DLESSDASH] = R_HEREDOC, [T_DGREAT] = R_APPEND,
	[T_LESSAND] = R_DUPIN, [T_GREATAND] = R_DUPOUT,
	[T_LESSGREAT] = R_RDWR, [T_CLOBBER] = R_CLOBBER,
};

/* The delimiter of a here-document, with its quotes removed. */
static void add_heredoc(struct parser *p, struct redir *r, struct word *w,
	int strip)
{
	struct heredoc *h = arena_alloc(p->a, sizeof(*h)), **tail;
	struct strbuf delim;
	struct wpart *part;

	sb_init(&delim);
	h->quoted = 0;
	for (part = w->parts; part; part = part->next) {
		if (part->quoted)
			h->quoted = 1;
		if (part->type == P_LIT)
			sb_addn(&delim, part->u.lit.text, part->u.lit.len);
		else if (part->type == P_PARAM) {
			sb_addc(&delim, '$');
			sb_adds(&delim, part->u.param.name);
		}
	}
	h->delim = arena_strndup(p->a, delim.s, delim.len);
	sb_free(&delim);
	h->redir = r;
	h->strip_tabs = strip;
	h->next = NULL;
	for (tail = &p->heredocs; *tail; tail = &(*tail)->next)
		;
	*tail = h;
}

/* [n] op word */
static struct redir *redirection(struct parser *p)
{
	struct redir *r = arena_alloc(p->a, sizeof(*r));
	enum tok_type op;

	memset(r, 0, sizeof(*r));
	r->fd = -1;
	if (peek(p)->type == T_IONUM) {
		r->fd = p->look.ionum;
		consume(p);
	}
	op = peek(p)->type;
	if (!is_redir_op(op)) {
		unexpected(p);
		return NULL;
	}
	consume(p);
	if (peek(p)->type != T_WORD) {
		unexpected(p);
		return NULL;
	}
	r->type = redir_types[op];
	if (r->fd < 0)
		r->fd = (op == T_GREAT || op == T_DGREAT || op == T_GREATAND
			|| op == T_CLOBBER) ? 1 : 0;
	if (r->type == R_HEREDOC)
		add_heredoc(p, r, p->look.word, op == T_DLESSDASH);
	else
		r->target = p->look.word;
	consume(p);
	return r;
}

static int starts_redir(struct parser *p)
{
	enum tok_type t = peek(p)->type;

	return t == T_IONUM || is_redir_op(t);
}

/* Redirections after a compound command: `done < file`. */
struct node *parse_redirs(struct parser *p, struct node *n)
{
	struct redir **tail;

	if (!n)
		return NULL;
	for (tail = &n->redirs; starts_redir(p); tail = &(*tail)->next)
		if (!(*tail = redirection(p)))
			return NULL;
	return p->error ? NULL : n;
}

/* NAME=value: the first part is an unquoted literal holding NAME=. */
static struct assign *assignment(struct parser *p, struct token *t)
{
	struct wpart *first = t->word->parts, *rest;
	const char *eq;
	struct assign *a;

	if (!first || first->type != P_LIT || first->quoted)
		return NULL;
	eq = memchr(first->u.lit.text, '=', first->u.lit.len);
	if (!eq || !is_name_n(first->u.lit.text,
	    (size_t) (eq - first->u.lit.text)))
		return NULL;
	a = arena_alloc(p->a, sizeof(*a));
	a->name = arena_strndup(p->a, first->u.lit.text,
		(size_t) (eq - first->u.lit.text));
	a->value = arena_alloc(p->a, sizeof(*a->value));
	a->value->next = NULL;
	rest = first->next;
	if (eq[1] != '\0') {
		rest = arena_alloc(p->a, sizeof(*rest));
		*rest = *first;
		rest->u.lit.text = (char *) eq + 1;
		rest->u.lit.len = strlen(eq + 1);
	}
	a->value->parts = rest;
	a->next = NULL;
	return a;
}

static int is_compound(struct node *n)
{
	return n->type == N_GROUP || n->type == N_SUBSHELL
		|| n->type == N_IF || n->type == N_WHILE || n->type == N_UNTIL
		|| n->type == N_FOR || n->type == N_CASE;
}

/* name ( ) linebreak compound-command */
static struct node *funcdef(struct parser *p, struct node *simple)
{
	struct node *n = new_node(p, N_FUNC), *body;
	struct wpart *w = simple->u.simple.args->parts;

	if (w->next || w->type != P_LIT || w->quoted
	    || !is_name(w->u.lit.text)) {
		unexpected(p);
		return NULL;
	}
	consume(p);
	if (!expect(p, T_RPAREN))
		return NULL;
	skip_newlines(p);
	if (!(body = parse_command(p)))
		return NULL;
	if (!is_compound(body)) {
		syntax_error(p, body->lineno, "function body must be a "
			"compound command");
		return NULL;
	}
	n->u.func.name = w->u.lit.text;
	n->u.func.body = body;
	return n;
}

struct node *parse_simple(struct parser *p)
{
	struct node *n = new_node(p, N_SIMPLE);
	struct assign **atail = &n->u.simple.assigns;
	struct word **wtail = &n->u.simple.args;
	struct redir **rtail = &n->redirs;
	struct token *t;

	for (;;) {
		if (starts_redir(p)) {
			if (!(*rtail = redirection(p)))
				return NULL;
			rtail = &(*rtail)->next;
			continue;
		}
		if ((t = peek(p))->type != T_WORD)
			break;
		if (!n->u.simple.args && (*atail = assignment(p, t))) {
			atail = &(*atail)->next;
			consume(p);
			continue;
		}
		*wtail = t->word;
		wtail = &t->word->next;
		consume(p);
		if (wtail == &n->u.simple.args->next
		    && !n->u.simple.assigns && !n->redirs
		    && peek(p)->type == T_LPAREN)
			return funcdef(p, n);
	}
	if (!n->u.simple.assigns && !n->u.simple.args && !n->redirs) {
		unexpected(p);
		return NULL;
	}
	return n;
}

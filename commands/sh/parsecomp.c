/*
 * parsecomp.c - parsing compound commands: if, while, until, for, case,
 * { list; } and ( list ).
 *
 * Entry point: parse_command, which picks one of them or a simple
 * command by the first token.
 */
#include <string.h>
#include "parse.h"
#include "var.h"

/* if list then list [elif list then list]... [else list] fi */
static struct node *if_clause(struct parser *p)
{
	struct node *n = new_node(p, N_IF);

	consume(p);		/* if or elif */
	if (!(n->u.if_.cond = parse_compound_list(p, 0))
	    || !expect_rw(p, "then")
	    || !(n->u.if_.then_part = parse_compound_list(p, 0)))
		return NULL;
	if (peek(p)->type == T_WORD && p->look.plain
	    && strcmp(p->look.plain, "elif") == 0)
		return (n->u.if_.else_part = if_clause(p)) ? n : NULL;
	if (accept_rw(p, "else")
	    && !(n->u.if_.else_part = parse_compound_list(p, 0)))
		return NULL;
	return expect_rw(p, "fi") ? n : NULL;
}

/* do list done */
static struct node *do_group(struct parser *p)
{
	struct node *body;

	if (!expect_rw(p, "do") || !(body = parse_compound_list(p, 0))
	    || !expect_rw(p, "done"))
		return NULL;
	return body;
}

static struct node *while_clause(struct parser *p)
{
	int until = strcmp(peek(p)->plain, "until") == 0;
	struct node *n = new_node(p, until ? N_UNTIL : N_WHILE);

	consume(p);
	if (!(n->u.loop.cond = parse_compound_list(p, 0))
	    || !(n->u.loop.body = do_group(p)))
		return NULL;
	return n;
}

/* The words after `for NAME in`, up to ; or newline. */
static int for_words(struct parser *p, struct node *n)
{
	struct word **tail = &n->u.for_.words;

	n->u.for_.has_in = 1;
	while (peek(p)->type == T_WORD) {
		*tail = p->look.word;
		tail = &p->look.word->next;
		consume(p);
	}
	if (!accept(p, T_SEMI) && !accept(p, T_NEWLINE)) {
		unexpected(p);
		return 0;
	}
	return 1;
}

/* for name [in word...] ; do list done */
static struct node *for_clause(struct parser *p)
{
	struct node *n = new_node(p, N_FOR);
	struct token *t;

	consume(p);
	t = peek(p);
	if (t->type != T_WORD || !t->plain || !is_name(t->plain)) {
		unexpected(p);
		return NULL;
	}
	n->u.for_.var = (char *) t->plain;
	consume(p);
	skip_newlines(p);
	if (accept_rw(p, "in")) {
		if (!for_words(p, n))
			return NULL;
	} else
		accept(p, T_SEMI);
	skip_newlines(p);
	return (n->u.for_.body = do_group(p)) ? n : NULL;
}

/* [(] pattern [| pattern]... ) list [;;] */
static struct case_item *case_item(struct parser *p)
{
	struct case_item *it = arena_alloc(p->a, sizeof(*it));
	struct word **tail = &it->patterns;

	memset(it, 0, sizeof(*it));
	accept(p, T_LPAREN);
	do {
		if (peek(p)->type != T_WORD) {
			unexpected(p);
			return NULL;
		}
		*tail = p->look.word;
		tail = &p->look.word->next;
		consume(p);
	} while (accept(p, T_PIPE));
	if (!expect(p, T_RPAREN))
		return NULL;
	it->body = parse_compound_list(p, 1);
	return p->error ? NULL : it;
}

/* case word in [item ;;]... esac */
static struct node *case_clause(struct parser *p)
{
	struct node *n = new_node(p, N_CASE);
	struct case_item **tail = &n->u.case_.items;

	consume(p);
	if (peek(p)->type != T_WORD) {
		unexpected(p);
		return NULL;
	}
	n->u.case_.subject = p->look.word;
	consume(p);
	skip_newlines(p);
	if (!expect_rw(p, "in"))
		return NULL;
	skip_newlines(p);
	while (!accept_rw(p, "esac")) {
		if (!(*tail = case_item(p)))
			return NULL;
		tail = &(*tail)->next;
		if (!accept(p, T_DSEMI))
			return expect_rw(p, "esac") ? n : NULL;
		skip_newlines(p);
	}
	return n;
}

/* { list; } and ( list ) */
static struct node *grouping(struct parser *p, enum node_type type)
{
	struct node *n = new_node(p, type);

	consume(p);
	if (!(n->u.body = parse_compound_list(p, 0)))
		return NULL;
	if (type == N_GROUP ? !expect_rw(p, "}") : !expect(p, T_RPAREN))
		return NULL;
	return n;
}

static struct node *brace_group(struct parser *p)
{
	return grouping(p, N_GROUP);
}

static const struct {
	const char *word;
	struct node *(*parse)(struct parser *p);
} compounds[] = {
	{ "if", if_clause },
	{ "while", while_clause },
	{ "until", while_clause },
	{ "for", for_clause },
	{ "case", case_clause },
	{ "{", brace_group },
};

struct node *parse_command(struct parser *p)
{
	struct token *t = peek(p);
	size_t i;

	if (!starts_command(t)) {
		unexpected(p);
		return NULL;
	}
	if (t->type == T_LPAREN)
		return parse_redirs(p, grouping(p, N_SUBSHELL));
	for (i = 0; t->type == T_WORD && t->plain
	    && i < sizeof(compounds) / sizeof(compounds[0]); i++)
		if (strcmp(t->plain, compounds[i].word) == 0)
			return parse_redirs(p, compounds[i].parse(p));
	return parse_simple(p);
}

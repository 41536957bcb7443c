/*
 * regcomp.c - regcomp() and regfree(): parse a basic or extended regular
 * expression into the node sequences of regex_impl.h.
 *
 * Recursive descent.  An expression is branches joined by | (ERE) or
 * \| (BRE); a branch is a sequence of atoms, each followed by any number
 * of repetition operators.  Bracket expressions are parsed in bracket.c.
 * Where POSIX leaves a construct undefined we take it literally, as GNU
 * does: a leading *, an ERE { that starts no valid interval, an
 * unmatched ERE ).
 */
#include <regex.h>
#include <stdlib.h>
#include <ctype.h>
#include "regex_impl.h"

/* A piece of a sequence: its first and last node (both NULL if empty). */
struct frag {
	struct re_node *head, *tail;
};

static struct frag parse_alt(struct re_parser *ps, int depth);

#define ERE(ps)	((ps)->cflags & REG_EXTENDED)

/* A zeroed node, on the parser's list; NULL and REG_ESPACE if none. */
struct re_node *re_new_node(struct re_parser *ps, enum re_type type)
{
	struct re_node *n = calloc(1, sizeof(*n));

	if (n == NULL) {
		ps->err = REG_ESPACE;
		return NULL;
	}
	n->type = type;
	n->all = ps->nodes;
	ps->nodes = n;
	return n;
}

static struct frag frag_of(struct re_node *n)
{
	return (struct frag){ n, n };
}

static void frag_append(struct frag *a, struct frag b)
{
	if (b.head == NULL)
		return;
	if (a->head == NULL)
		*a = b;
	else {
		a->tail->next = b.head;
		a->tail = b.tail;
	}
}

static int at_bar(const struct re_parser *ps)
{
	if (ERE(ps))
		return ps->p[0] == '|';
	return ps->p[0] == '\\' && ps->p[1] == '|';
}

/* A BRE \) ends a group even at the top, where regcomp() rejects it. */
static int at_close(const struct re_parser *ps, int depth)
{
	if (ERE(ps))
		return ps->p[0] == ')' && depth > 0;
	return ps->p[0] == '\\' && ps->p[1] == ')';
}

/* Reads a decimal number of at most RE_DUP_MAX + 1; -1 if no digits. */
static int read_count(struct re_parser *ps)
{
	int v = -1;

	while (isdigit((unsigned char) *ps->p)) {
		if (v < 0)
			v = 0;
		if (v <= RE_DUP_MAX)
			v = v * 10 + (*ps->p - '0');
		ps->p++;
	}
	return v;
}

/*
 * The inside of an interval, after its opening brace: "m", "m," or
 * "m,n" and the closing brace.  Answers 1 and the bounds, 0 if an ERE
 * brace turns out to be literal (ps->p is then restored by the caller),
 * or sets ps->err.
 */
static int parse_interval(struct re_parser *ps, int *min, int *max)
{
	*min = read_count(ps);
	*max = *min;
	if (*ps->p == ',') {
		ps->p++;
		*max = read_count(ps);
	}
	if (ERE(ps) ? *ps->p != '}' : ps->p[0] != '\\' || ps->p[1] != '}') {
		if (ERE(ps))
			return 0;
		ps->err = *ps->p == '\0' ? REG_EBRACE : REG_BADBR;
		return 0;
	}
	if (*min < 0) {
		if (ERE(ps))
			return 0;
		ps->err = REG_BADBR;
		return 0;
	}
	ps->p += ERE(ps) ? 1 : 2;
	if (*min > RE_DUP_MAX || *max > RE_DUP_MAX ||
	    (*max >= 0 && *max < *min)) {
		ps->err = REG_BADBR;
		return 0;
	}
	return 1;
}

/* Consumes one repetition operator if there is one; answers 1 if so. */
static int parse_repeat_op(struct re_parser *ps, int *min, int *max)
{
	const char *p = ps->p;
	int brace;

	*max = -1;
	if (*p == '*') {
		ps->p++;
		*min = 0;
		return 1;
	}
	if (ERE(ps) ? (*p == '+' || *p == '?') :
	    (p[0] == '\\' && (p[1] == '+' || p[1] == '?'))) {
		ps->p += ERE(ps) ? 1 : 2;
		*min = ps->p[-1] == '+';
		*max = ps->p[-1] == '+' ? -1 : 1;
		return 1;
	}
	brace = ERE(ps) ? *p == '{' : p[0] == '\\' && p[1] == '{';
	if (!brace)
		return 0;
	ps->p += ERE(ps) ? 1 : 2;
	if (parse_interval(ps, min, max))
		return 1;
	ps->p = p;		/* a literal ERE brace, or an error */
	return 0;
}

static struct frag literal(struct re_parser *ps, unsigned char c)
{
	struct re_node *n = re_new_node(ps, R_CHAR);

	if (n != NULL)
		n->ch = c;
	return frag_of(n);
}

/* A group, after its opening parenthesis. */
static struct frag parse_group(struct re_parser *ps, int depth)
{
	int num = (int) ++ps->nsub;
	struct re_node *open = re_new_node(ps, R_OPEN);
	struct re_node *close = re_new_node(ps, R_CLOSE);
	struct frag f = frag_of(open), inner;

	if (ps->err)
		return f;
	open->arg = close->arg = num;
	inner = parse_alt(ps, depth + 1);
	if (ps->err)
		return f;
	if (!at_close(ps, depth + 1)) {
		ps->err = REG_EPAREN;
		return f;
	}
	ps->p += ERE(ps) ? 1 : 2;
	if (num < 32)
		ps->closed |= 1u << num;
	frag_append(&f, inner);
	frag_append(&f, frag_of(close));
	return f;
}

/* \1 to \9: must name a group that is already complete. */
static struct frag backref(struct re_parser *ps, int num)
{
	struct re_node *n;

	if (!(ps->closed & (1u << num))) {
		ps->err = REG_ESUBREG;
		return frag_of(NULL);
	}
	n = re_new_node(ps, R_BACKREF);
	if (n != NULL)
		n->arg = num;
	return frag_of(n);
}

/* What follows a backslash, outside brackets. */
static struct frag parse_escape(struct re_parser *ps, int depth)
{
	unsigned char c = (unsigned char) *++ps->p;

	if (c == '\0') {
		ps->err = REG_EESCAPE;
		return frag_of(NULL);
	}
	ps->p++;
	if (c >= '1' && c <= '9')
		return backref(ps, c - '0');
	if (!ERE(ps) && c == '(')
		return parse_group(ps, depth);
	if (!ERE(ps) && c == '{') {
		ps->err = REG_BADRPT;
		return frag_of(NULL);
	}
	return literal(ps, c);
}

/* Whether a BRE $ here is an anchor: last in the pattern or group. */
static int bre_dollar_is_anchor(const struct re_parser *ps)
{
	const char *p = ps->p + 1;

	return *p == '\0' || (p[0] == '\\' && (p[1] == ')' || p[1] == '|'));
}

/* One atom; first says it starts a branch (where a BRE ^ anchors). */
static struct frag parse_atom(struct re_parser *ps, int depth, int first)
{
	unsigned char c = (unsigned char) *ps->p;

	if (c == '\\')
		return parse_escape(ps, depth);
	if (c == '[') {
		ps->p++;
		return frag_of(re_parse_bracket(ps));
	}
	if (c == '.') {
		ps->p++;
		return frag_of(re_new_node(ps, R_ANY));
	}
	if (c == '^' && (ERE(ps) || first)) {
		ps->p++;
		return frag_of(re_new_node(ps, R_BOL));
	}
	if (c == '$' && (ERE(ps) || bre_dollar_is_anchor(ps))) {
		ps->p++;
		return frag_of(re_new_node(ps, R_EOL));
	}
	if (c == '(' && ERE(ps)) {
		ps->p++;
		return parse_group(ps, depth);
	}
	ps->p++;
	return literal(ps, c);
}

/* Wraps f in as many repetitions as follow it. */
static struct frag parse_repeats(struct re_parser *ps, struct frag f)
{
	int min, max;
	struct re_node *r;

	while (!ps->err && parse_repeat_op(ps, &min, &max)) {
		r = re_new_node(ps, R_REPEAT);
		if (r == NULL)
			break;
		r->child = f.head;
		r->min = min;
		r->max = max;
		f = frag_of(r);
	}
	return f;
}

static struct frag parse_branch(struct re_parser *ps, int depth)
{
	struct frag seq = { NULL, NULL }, atom;
	int first = 1;

	while (*ps->p != '\0' && !at_bar(ps) && !at_close(ps, depth) &&
	    !ps->err) {
		atom = parse_atom(ps, depth, first);
		/* A BRE * right after a leading ^ is literal. */
		if (ERE(ps) || atom.head == NULL || atom.head->type != R_BOL)
			atom = parse_repeats(ps, atom);
		frag_append(&seq, atom);
		first = 0;
	}
	return seq;
}

static struct frag parse_alt(struct re_parser *ps, int depth)
{
	struct frag f = parse_branch(ps, depth);
	struct re_node *alt, *last;

	if (ps->err || !at_bar(ps))
		return f;
	alt = last = re_new_node(ps, R_ALT);
	if (alt == NULL)
		return f;
	alt->child = f.head;
	while (!ps->err && at_bar(ps)) {
		ps->p += ERE(ps) ? 1 : 2;
		last->alt = re_new_node(ps, R_ALT);
		if (last->alt == NULL)
			break;
		last = last->alt;
		last->child = parse_branch(ps, depth).head;
	}
	return frag_of(alt);
}

static int has_backref(const struct re_node *n)
{
	for (; n != NULL; n = n->all)
		if (n->type == R_BACKREF)
			return 1;
	return 0;
}

/* Whether a sequence is a single byte matcher (regexec() runs those
 * without recursion, so they need no memo). */
static int one_byte(const struct re_node *n)
{
	return n != NULL && n->next == NULL &&
	    (n->type == R_CHAR || n->type == R_ANY || n->type == R_SET);
}

/*
 * Numbers the repetitions regexec() may memoize: unbounded ones, not
 * inside another repetition, of more than one byte matcher.
 */
static void number_repeats(struct re_node *n, int nested, int *count)
{
	struct re_node *a;

	for (; n != NULL; n = n->next) {
		if (n->type == R_ALT)
			for (a = n; a != NULL; a = a->alt)
				number_repeats(a->child, nested, count);
		if (n->type != R_REPEAT)
			continue;
		n->memo = -1;
		if (!nested && n->max < 0 && !one_byte(n->child))
			n->memo = (*count)++;
		number_repeats(n->child, 1, count);
	}
}

static void free_nodes(struct re_node *n)
{
	struct re_node *next;

	for (; n != NULL; n = next) {
		next = n->all;
		free(n->set);
		free(n);
	}
}

int regcomp(regex_t *restrict re, const char *restrict pattern, int cflags)
{
	struct re_parser ps = { .p = pattern, .cflags = cflags };
	struct re_prog *prog;
	struct frag f;

	f = parse_alt(&ps, 0);
	if (!ps.err && *ps.p != '\0')
		ps.err = REG_EPAREN;	/* a BRE \) with no \( */
	prog = ps.err ? NULL : malloc(sizeof(*prog));
	if (prog == NULL) {
		free_nodes(ps.nodes);
		return ps.err ? ps.err : REG_ESPACE;
	}
	prog->start = f.head;
	prog->nodes = ps.nodes;
	prog->cflags = cflags;
	prog->nmemo = 0;
	number_repeats(prog->start, 0, &prog->nmemo);
	if (has_backref(ps.nodes))
		prog->nmemo = 0;
	re->re_nsub = ps.nsub;
	re->re_cflags = cflags;
	re->re_prog = prog;
	return 0;
}

void regfree(regex_t *re)
{
	struct re_prog *prog = re->re_prog;

	if (prog == NULL)
		return;
	free_nodes(prog->nodes);
	free(prog);
	re->re_prog = NULL;
}

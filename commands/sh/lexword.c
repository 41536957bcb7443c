/*
 * lexword.c - reading one word and cutting it into parts.
 *
 * Entry points: lex_word (the next word of the input), lex_string (a
 * here-document body or arithmetic text, read from a string) and
 * word_literal.  Quotes are removed here: what they did is kept as the
 * `quoted` flag of each part.  $(...) is parsed by a nested parser.
 */
#include <string.h>
#include "parse.h"

/* A word being built: literal characters gather until a part ends. */
struct builder {
	struct parser *p;
	struct wpart *head, **tail;
	struct strbuf lit;
	int litq;		/* the gathered characters are quoted */
	int nadded;		/* parts and characters so far */
};

static int lex_parts(struct builder *b, enum lex_mode mode);

static struct wpart *new_part(struct builder *b, enum part_type type,
	int quoted)
{
	struct wpart *w = arena_alloc(b->p->a, sizeof(*w));

	memset(w, 0, sizeof(*w));
	w->type = type;
	w->quoted = quoted;
	return w;
}

static void flush_lit(struct builder *b)
{
	struct wpart *w;

	if (b->lit.len == 0)
		return;
	w = new_part(b, P_LIT, b->litq);
	w->u.lit.text = arena_strndup(b->p->a, b->lit.s, b->lit.len);
	w->u.lit.len = b->lit.len;
	*b->tail = w;
	b->tail = &w->next;
	b->lit.len = 0;
}

static void add_part(struct builder *b, struct wpart *w)
{
	flush_lit(b);
	*b->tail = w;
	b->tail = &w->next;
	b->nadded++;
}

static void add_char(struct builder *b, int c, int quoted)
{
	if (b->lit.len > 0 && b->litq != quoted)
		flush_lit(b);
	b->litq = quoted;
	sb_addc(&b->lit, c);
	b->nadded++;
}

/* "" and '' leave an empty quoted part: they still make a field. */
static void add_empty_quoted(struct builder *b)
{
	struct wpart *w = new_part(b, P_LIT, 1);

	w->u.lit.text = "";
	add_part(b, w);
}

static int getch(struct builder *b)
{
	return in_getc(b->p->in);
}

static void ungetch(struct builder *b, int c)
{
	in_ungetc(b->p->in, c);
}

static int next_is_char(struct builder *b, int want)
{
	int c = getch(b);

	if (c == want)
		return 1;
	ungetch(b, c);
	return 0;
}

static int is_digit(int c)
{
	return c >= '0' && c <= '9';
}

static int mode_quoted(enum lex_mode mode)
{
	return mode != LM_WORD && mode != LM_ARG;
}

static int ends_word(int c)
{
	return c == IN_EOF || strchr(" \t\n;&|<>()", c) != NULL;
}

static int unterminated(struct builder *b, const char *what)
{
	syntax_error(b->p, b->p->in->lineno, "unterminated %s", what);
	return -1;
}

/* After a backslash: which characters it quotes depends on the mode. */
static void lex_backslash(struct builder *b, enum lex_mode mode)
{
	int c = getch(b);
	const char *special = "$`\\";

	if (c == '\n')
		return;
	if (mode == LM_WORD || mode == LM_ARG) {
		add_char(b, c == IN_EOF ? '\\' : c, 1);
		return;
	}
	if (mode == LM_DQUOTE)
		special = "$`\\\"";
	else if (mode == LM_ARG_DQ)
		special = "$`\\\"}";
	if (c != IN_EOF && strchr(special, c)) {
		add_char(b, c, 1);
		return;
	}
	add_char(b, '\\', 1);
	ungetch(b, c);
}

static int lex_single_quotes(struct builder *b)
{
	int before = b->nadded, c;

	while ((c = getch(b)) != '\'') {
		if (c == IN_EOF)
			return unterminated(b, "quoted string");
		add_char(b, c, 1);
	}
	if (b->nadded == before)
		add_empty_quoted(b);
	return 0;
}

static int lex_double_quotes(struct builder *b)
{
	int before = b->nadded;

	if (lex_parts(b, LM_DQUOTE) < 0)
		return -1;
	if (b->nadded == before)
		add_empty_quoted(b);
	return 0;
}

/* `command`: backslashes keep only $ ` \ (and " inside quotes). */
static int lex_backquote(struct builder *b, int quoted)
{
	struct strbuf text;
	struct input *in;
	struct wpart *w;
	int c;

	sb_init(&text);
	while ((c = getch(b)) != '`') {
		if (c == IN_EOF) {
			sb_free(&text);
			return unterminated(b, "`...`");
		}
		if (c == '\\') {
			c = getch(b);
			if (!(c == '$' || c == '`' || c == '\\'
			    || (quoted && c == '"')))
				sb_addc(&text, '\\');
			if (c == IN_EOF)
				continue;
		}
		sb_addc(&text, c);
	}
	in = input_string(text.s, text.len);
	w = new_part(b, P_CMDSUB, quoted);
	w->u.cmd = parse_nested(b->p, in, T_EOF);
	input_free(in);
	sb_free(&text);
	add_part(b, w);
	return b->p->error ? -1 : 0;
}

/* $((expr)): the text up to the matching "))", read as a word. */
static int lex_arith(struct builder *b, int quoted)
{
	struct strbuf text;
	struct wpart *w;
	int depth = 0, c;

	sb_init(&text);
	for (;;) {
		c = getch(b);
		if (c == IN_EOF) {
			sb_free(&text);
			return unterminated(b, "$((...))");
		}
		if (c == '(')
			depth++;
		else if (c == ')' && depth-- == 0) {
			if ((c = getch(b)) == ')')
				break;
			sb_free(&text);
			return unterminated(b, "$((...))");
		}
		sb_addc(&text, c);
	}
	w = new_part(b, P_ARITH, quoted);
	w->u.expr = lex_string(b->p, text.s, text.len, LM_ARITH);
	sb_free(&text);
	add_part(b, w);
	return w->u.expr ? 0 : -1;
}

static int lex_cmdsub(struct builder *b, int quoted)
{
	struct wpart *w = new_part(b, P_CMDSUB, quoted);

	w->u.cmd = parse_nested(b->p, b->p->in, T_RPAREN);
	add_part(b, w);
	return b->p->error ? -1 : 0;
}

static int is_special_param(int c)
{
	return c != IN_EOF && strchr("@*#?$!-", c) != NULL;
}

static int is_name_start(int c)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* A parameter name starting with c: NAME, digits (braced), or special. */
static char *lex_param_name(struct builder *b, int c, int braced)
{
	struct strbuf name;
	char *s;

	sb_init(&name);
	sb_addc(&name, c);
	if (is_name_start(c)) {
		while (is_name_start(c = getch(b)) || is_digit(c))
			sb_addc(&name, c);
		ungetch(b, c);
	} else if (is_digit(c) && braced) {
		while (is_digit(c = getch(b)))
			sb_addc(&name, c);
		ungetch(b, c);
	}
	s = arena_strndup(b->p->a, name.s, name.len);
	sb_free(&name);
	return s;
}

static int bad_subst(struct builder *b)
{
	syntax_error(b->p, b->p->in->lineno, "bad substitution");
	return -1;
}

/* The operator after ${name: returns 0 for '}', -1 when it is wrong. */
static int lex_param_op(struct builder *b, struct wpart *w)
{
	int c = getch(b);

	if (c == '}')
		return 0;
	if (c == ':') {
		w->u.param.colon = 1;
		c = getch(b);
	}
	switch (c) {
	case '-': w->u.param.op = PO_DEFAULT; return 1;
	case '=': w->u.param.op = PO_ASSIGN; return 1;
	case '?': w->u.param.op = PO_ERROR; return 1;
	case '+': w->u.param.op = PO_ALT; return 1;
	}
	if (w->u.param.colon)
		return -1;
	if (c == '#') {
		w->u.param.op = next_is_char(b, '#') ? PO_LPREFIX : PO_PREFIX;
		return 1;
	}
	if (c == '%') {
		w->u.param.op = next_is_char(b, '%') ? PO_LSUFFIX : PO_SUFFIX;
		return 1;
	}
	return -1;
}

static int starts_param(int c)
{
	return is_name_start(c) || is_digit(c) || is_special_param(c);
}

static struct word *finish(struct builder *b)
{
	struct word *w = arena_alloc(b->p->a, sizeof(*w));

	flush_lit(b);
	w->parts = b->head;
	w->next = NULL;
	sb_free(&b->lit);
	return w;
}

static void start(struct builder *b, struct parser *p)
{
	b->p = p;
	b->head = NULL;
	b->tail = &b->head;
	b->litq = 0;
	b->nadded = 0;
	sb_init(&b->lit);
}

/* The word after ${name op: ends at the matching }. */
static int lex_param_arg(struct builder *b, struct wpart *w, int quoted)
{
	enum param_op op = w->u.param.op;
	enum lex_mode mode = LM_ARG;
	struct builder sub;

	/* Patterns keep their own quoting, even inside "...". */
	if (quoted && op != PO_PREFIX && op != PO_LPREFIX
	    && op != PO_SUFFIX && op != PO_LSUFFIX)
		mode = LM_ARG_DQ;
	start(&sub, b->p);
	if (lex_parts(&sub, mode) < 0) {
		sb_free(&sub.lit);
		return -1;
	}
	w->u.param.arg = finish(&sub);
	return 0;
}

/* ${#name}: returns 1 if that is what follows, having read it. */
static int lex_length(struct builder *b, struct wpart *w)
{
	int c = getch(b);

	if (c == '}' || !starts_param(c)) {
		ungetch(b, c);
		return 0;
	}
	w->u.param.op = PO_LENGTH;
	w->u.param.name = lex_param_name(b, c, 1);
	return getch(b) == '}' ? 1 : bad_subst(b);
}

static int lex_braced(struct builder *b, int quoted)
{
	struct wpart *w = new_part(b, P_PARAM, quoted);
	int c = getch(b), r;

	if (c == '#' && (r = lex_length(b, w)) != 0) {
		if (r < 0)
			return -1;
		add_part(b, w);
		return 0;
	}
	if (!starts_param(c))
		return bad_subst(b);
	w->u.param.name = lex_param_name(b, c, 1);
	r = lex_param_op(b, w);
	if (r < 0)
		return bad_subst(b);
	if (r > 0 && lex_param_arg(b, w, quoted) < 0)
		return -1;
	add_part(b, w);
	return 0;
}

static int lex_dollar(struct builder *b, int quoted)
{
	struct wpart *w;
	int c = getch(b);

	if (c == '(')
		return next_is_char(b, '(') ? lex_arith(b, quoted)
			: lex_cmdsub(b, quoted);
	if (c == '{')
		return lex_braced(b, quoted);
	if (!starts_param(c)) {
		ungetch(b, c);
		add_char(b, '$', quoted);
		return 0;
	}
	w = new_part(b, P_PARAM, quoted);
	w->u.param.name = lex_param_name(b, c, 0);
	add_part(b, w);
	return 0;
}

static int lex_one(struct builder *b, enum lex_mode mode, int c)
{
	int q = mode_quoted(mode);

	switch (c) {
	case '\\':
		lex_backslash(b, mode);
		return 0;
	case '$':
		return lex_dollar(b, q);
	case '`':
		return lex_backquote(b, q);
	case '\'':
		if (mode == LM_WORD || mode == LM_ARG)
			return lex_single_quotes(b);
		break;
	case '"':
		if (mode == LM_WORD || mode == LM_ARG || mode == LM_ARG_DQ)
			return lex_double_quotes(b);
		break;
	}
	add_char(b, c, q);
	return 0;
}

/* Reads parts until the end the mode says; -1 on a syntax error. */
static int lex_parts(struct builder *b, enum lex_mode mode)
{
	for (;;) {
		int c = getch(b);
		if (mode == LM_WORD && ends_word(c)) {
			ungetch(b, c);
			return 0;
		}
		if (c == IN_EOF) {
			if (mode == LM_HEREDOC || mode == LM_ARITH)
				return 0;
			return unterminated(b, mode == LM_DQUOTE
				? "quoted string" : "${...}");
		}
		if ((mode == LM_DQUOTE && c == '"')
		    || ((mode == LM_ARG || mode == LM_ARG_DQ) && c == '}'))
			return 0;
		if (lex_one(b, mode, c) < 0)
			return -1;
	}
}

struct word *lex_word(struct parser *p)
{
	struct builder b;

	start(&b, p);
	if (lex_parts(&b, LM_WORD) < 0) {
		sb_free(&b.lit);
		return NULL;
	}
	return finish(&b);
}

/* Reads a whole string as one word; the parser's input is lent to it. */
struct word *lex_string(struct parser *p, const char *s, size_t n,
	enum lex_mode mode)
{
	struct input *saved = p->in;
	struct builder b;
	struct word *w = NULL;

	p->in = input_string(s, n);
	start(&b, p);
	if (lex_parts(&b, mode) == 0)
		w = finish(&b);
	else
		sb_free(&b.lit);
	input_free(p->in);
	p->in = saved;
	return w;
}

struct word *word_literal(struct arena *a, const char *s, size_t n)
{
	struct word *w = arena_alloc(a, sizeof(*w));
	struct wpart *part = arena_alloc(a, sizeof(*part));

	memset(part, 0, sizeof(*part));
	part->type = P_LIT;
	part->quoted = 1;
	part->u.lit.text = arena_strndup(a, s, n);
	part->u.lit.len = n;
	w->parts = part;
	w->next = NULL;
	return w;
}

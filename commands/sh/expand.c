/*
 * expand.c - word expansion: the walk over a word's parts, tilde,
 * command substitution and arithmetic, then splitting and globbing.
 *
 * Entry points: expand_argv, expand_str, expand_assign, expand_pat
 * (expand.h), and the xbuf helpers expand_param.c and split.c build on.
 *
 * A word is first expanded into one xbuf whose marks remember what was
 * quoted; field splitting (split.c) and pathname expansion (glob.c)
 * then read the marks, and quote removal is simply dropping them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arith.h"
#include "eval.h"
#include "expand.h"
#include "match.h"
#include "mem.h"
#include "sh.h"
#include "var.h"
#include "xbuf.h"

int cmdsub_status;

void xb_init(struct xbuf *b)
{
	b->len = 0;
	b->cap = 64;
	b->s = xmalloc(b->cap);
	b->m = xmalloc(b->cap);
}

void xb_free(struct xbuf *b)
{
	free(b->s);
	free(b->m);
}

void xb_add(struct xbuf *b, const char *s, size_t n, enum xmark m)
{
	if (b->len + n > b->cap) {
		while (b->len + n > b->cap)
			b->cap *= 2;
		b->s = xrealloc(b->s, b->cap);
		b->m = xrealloc(b->m, b->cap);
	}
	memcpy(b->s + b->len, s, n);
	memset(b->m + b->len, m, n);
	b->len += n;
}

void xb_mark(struct xbuf *b, enum xmark m)
{
	xb_add(b, "", 1, m);
}

/* The result of an expansion: quoted, or open to splitting. */
void xb_value(struct xbuf *b, const char *s, int quoted)
{
	size_t n = strlen(s);

	if (quoted && n == 0)
		xb_mark(b, XM_EMPTYQ);
	else
		xb_add(b, s, n, quoted ? XM_QUOTED : XM_EXP);
}

static int is_marker(enum xmark m)
{
	return m == XM_EMPTYQ || m == XM_BREAK || m == XM_SOFTBREAK;
}

/* Joins everything into one string; "$@" fields are joined by spaces. */
char *xb_flatten(struct xbuf *b, int as_pattern)
{
	char *out = arena_alloc(scratch, 2 * b->len + 1), *o = out;
	size_t i;

	for (i = 0; i < b->len; i++) {
		if (b->m[i] == XM_BREAK || b->m[i] == XM_SOFTBREAK)
			*o++ = ' ';
		if (is_marker(b->m[i]))
			continue;
		if (as_pattern && b->m[i] == XM_QUOTED
		    && strchr("\\*?[]", b->s[i]))
			*o++ = '\\';
		*o++ = b->s[i];
	}
	*o = '\0';
	return out;
}

/* ~ or ~/...: $HOME.  Returns how many characters it replaced. */
static size_t tilde(struct xbuf *b, const char *s, size_t n, int assign)
{
	const char *home = var_get("HOME");

	if (!home || (n > 1 && s[1] != '/' && !(assign && s[1] == ':')))
		return 0;
	xb_add(b, home, strlen(home), XM_QUOTED);
	return 1;
}

static void expand_lit(struct xbuf *b, struct wpart *p, int flags,
	int first)
{
	const char *s = p->u.lit.text;
	size_t n = p->u.lit.len, i, start = 0;
	enum xmark m = (flags & XF_ARG) ? XM_EXP : XM_LIT;

	if (p->quoted) {
		if (n == 0)
			xb_mark(b, XM_EMPTYQ);
		else
			xb_add(b, s, n, XM_QUOTED);
		return;
	}
	for (i = 0; i < n; i++) {
		int at_start = i == 0 ? first
			: (flags & XF_ASSIGN) && s[i - 1] == ':';
		if (s[i] != '~' || !at_start)
			continue;
		xb_add(b, s + start, i - start, m);
		start = i + tilde(b, s + i, n - i, flags & XF_ASSIGN);
	}
	xb_add(b, s + start, n - start, m);
}

static void expand_cmdsub(struct xbuf *b, struct wpart *p)
{
	struct strbuf out;

	sb_init(&out);
	cmdsub_status = cmdsub_run(p->u.cmd, &out);
	while (out.len > 0 && out.s[out.len - 1] == '\n')
		out.s[--out.len] = '\0';
	xb_value(b, out.s, p->quoted);
	sb_free(&out);
}

static int expand_arith(struct xbuf *b, struct wpart *p)
{
	char *expr = expand_str(p->u.expr), num[32];
	long value;

	if (!expr)
		return -1;
	if (arith_eval(expr, &value) < 0) {
		sh_abort(2);
		return -1;
	}
	snprintf(num, sizeof(num), "%ld", value);
	xb_value(b, num, p->quoted);
	return 0;
}

int expand_parts(struct xbuf *b, struct wpart *p, int flags)
{
	struct wpart *first = p;

	for (; p; p = p->next) {
		switch (p->type) {
		case P_LIT:
			expand_lit(b, p, flags, p == first);
			break;
		case P_PARAM:
			if (param_expand(b, p, flags) < 0)
				return -1;
			break;
		case P_CMDSUB:
			expand_cmdsub(b, p);
			break;
		case P_ARITH:
			if (expand_arith(b, p) < 0)
				return -1;
			break;
		}
		if (sh.skip == SKIP_ABORT)
			return -1;
	}
	return 0;
}

static char *expand_flat(struct word *w, int flags, int as_pattern)
{
	struct xbuf b;
	char *s = NULL;

	xb_init(&b);
	if (!w || expand_parts(&b, w->parts, flags) == 0)
		s = xb_flatten(&b, as_pattern);
	xb_free(&b);
	return s;
}

char *expand_str(struct word *w)
{
	return expand_flat(w, 0, 0);
}

char *expand_assign(struct word *w)
{
	return expand_flat(w, XF_ASSIGN, 0);
}

char *expand_pat(struct word *w)
{
	return expand_flat(w, 0, 1);
}

/* A field with unquoted *, ? or [ is a pattern for pathnames. */
static char *field_pattern(struct field *f)
{
	char *pat, *o;
	size_t i;
	int meta = 0;

	for (i = 0; i < f->len; i++)
		if (f->m[i] != XM_QUOTED && strchr("*?[", f->s[i]))
			meta = 1;
	if (!meta)
		return NULL;
	o = pat = arena_alloc(scratch, 2 * f->len + 1);
	for (i = 0; i < f->len; i++) {
		if (f->m[i] == XM_QUOTED && strchr("\\*?[]", f->s[i]))
			*o++ = '\\';
		*o++ = f->s[i];
	}
	*o = '\0';
	return pat;
}

static void add_field(struct strlist *l, struct field *f)
{
	char *pat = sh.opt[OPT_NOGLOB] ? NULL : field_pattern(f);

	if (!pat || glob_expand(pat, l) == 0)
		sl_add(l, f->s);
}

static char **finish_argv(struct strlist *l, int *argc)
{
	char **argv = arena_alloc(scratch,
		sizeof(*argv) * (size_t) (l->n + 1));

	memcpy(argv, l->v, sizeof(*argv) * (size_t) (l->n + 1));
	*argc = l->n;
	free(l->v);
	return argv;
}

char **expand_argv(struct word *words, int *argc)
{
	struct strlist l;
	struct field *fields;
	struct xbuf b;
	int i, n;

	sl_init(&l);
	for (; words; words = words->next) {
		xb_init(&b);
		if (expand_parts(&b, words->parts, 0) < 0) {
			xb_free(&b);
			free(l.v);
			return NULL;
		}
		n = split_fields(&b, &fields);
		for (i = 0; i < n; i++)
			add_field(&l, &fields[i]);
		xb_free(&b);
	}
	return finish_argv(&l, argc);
}

/*
 * expand_param.c - parameter expansion: $name, ${name}, the special
 * parameters, and the ${name op word} forms.
 *
 * Entry point: param_expand, which appends to the expansion's xbuf.
 * The positional parameters it reads are kept by positional.c.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "expand.h"
#include "match.h"
#include "mem.h"
#include "out.h"
#include "sh.h"
#include "var.h"
#include "xbuf.h"

static int is_list(const char *name)
{
	return (name[0] == '@' || name[0] == '*') && name[1] == '\0';
}

/* $1.. ${10}.., $0; NULL when unset. */
static const char *positional(const char *name)
{
	long i = strtol(name, NULL, 10);

	if (i == 0)
		return sh.arg0;
	return i <= params.n ? params.v[i - 1] : NULL;
}

/* A copy: expanding the rest of the word may change the variable. */
static const char *var_copy(const char *name)
{
	const char *v = var_get(name);

	return v ? arena_strdup(scratch, v) : NULL;
}

/* The value of a parameter other than $@ and $*, NULL if unset. */
static const char *value_of(const char *name)
{
	char buf[32];

	if (name[0] >= '0' && name[0] <= '9')
		return positional(name);
	if (name[1] != '\0')
		return var_copy(name);
	switch (name[0]) {
	case '?': snprintf(buf, sizeof(buf), "%d", sh.status); break;
	case '$': snprintf(buf, sizeof(buf), "%ld", (long) sh.rootpid); break;
	case '#': snprintf(buf, sizeof(buf), "%d", params.n); break;
	case '-': opt_string(buf); break;
	case '!':
		if (!sh.lastbg)
			return NULL;
		snprintf(buf, sizeof(buf), "%ld", (long) sh.lastbg);
		break;
	default:
		return var_copy(name);
	}
	return arena_strdup(scratch, buf);
}

/* "$*": the parameters joined by the first character of IFS. */
static char *joined(void)
{
	const char *ifs = var_ifs();
	struct strbuf b;
	char *s;
	int i;

	sb_init(&b);
	for (i = 0; i < params.n; i++) {
		if (i > 0 && *ifs)
			sb_addc(&b, *ifs);
		sb_adds(&b, params.v[i]);
	}
	s = arena_strndup(scratch, b.s, b.len);
	sb_free(&b);
	return s;
}

/* $@ and $*: one field per parameter, except for "$*". */
static void emit_list(struct xbuf *b, const char *name, int quoted)
{
	int i;

	if (quoted && name[0] == '*') {
		xb_value(b, joined(), 1);
		return;
	}
	for (i = 0; i < params.n; i++) {
		if (i > 0)
			xb_mark(b, quoted ? XM_BREAK : XM_SOFTBREAK);
		xb_value(b, params.v[i], quoted);
	}
}

/* set -u: using an unset parameter is an error. */
static int unset_error(const char *name)
{
	if (!sh.opt[OPT_NOUNSET])
		return 0;
	sh_warn("%s: parameter not set", name);
	sh_abort(2);
	return 1;
}

/* ${name#pat} and friends: what is left after removing the match. */
static const char *trim(const char *v, const char *pat, enum param_op op)
{
	size_t n = strlen(v), i;

	switch (op) {
	case PO_PREFIX:
		for (i = 0; i <= n; i++)
			if (pmatch(pat, v, i))
				return v + i;
		break;
	case PO_LPREFIX:
		for (i = n + 1; i-- > 0;)
			if (pmatch(pat, v, i))
				return v + i;
		break;
	case PO_SUFFIX:
		for (i = n + 1; i-- > 0;)
			if (pmatch(pat, v + i, n - i))
				return arena_strndup(scratch, v, i);
		break;
	default:
		for (i = 0; i <= n; i++)
			if (pmatch(pat, v + i, n - i))
				return arena_strndup(scratch, v, i);
		break;
	}
	return v;
}

static int expand_error(struct wpart *p)
{
	const char *msg = p->u.param.colon ? "parameter null or not set"
		: "parameter not set";
	struct word *arg = p->u.param.arg;

	if (arg && arg->parts && !(msg = expand_str(arg)))
		return -1;
	sh_warn("%s: %s", p->u.param.name, msg);
	sh_abort(2);
	return -1;
}

static int expand_assign_op(struct xbuf *b, struct wpart *p)
{
	char *s = expand_str(p->u.param.arg);

	if (!s)
		return -1;
	if (!is_name(p->u.param.name)) {
		sh_warn("%s: cannot assign in this way", p->u.param.name);
		sh_abort(2);
		return -1;
	}
	if (var_set(p->u.param.name, s, 0) < 0) {
		sh_abort(2);
		return -1;
	}
	xb_value(b, s, p->quoted);
	return 0;
}

/* ${name-w} ${name=w} ${name?w} ${name+w}, with or without ':'. */
static int conditional(struct xbuf *b, struct wpart *p, const char *v,
	int flags)
{
	const char *name = p->u.param.name;
	int set = v && (!p->u.param.colon || *v);
	enum param_op op = p->u.param.op;

	if (p->quoted)
		xb_mark(b, XM_EMPTYQ);
	if (op == PO_ALT)
		return set ? expand_parts(b, p->u.param.arg->parts,
			flags | XF_ARG) : 0;
	if (set) {
		if (is_list(name))
			emit_list(b, name, p->quoted);
		else
			xb_value(b, v, p->quoted);
		return 0;
	}
	if (op == PO_DEFAULT)
		return expand_parts(b, p->u.param.arg->parts, flags | XF_ARG);
	if (op == PO_ASSIGN)
		return expand_assign_op(b, p);
	return expand_error(p);
}

int param_expand(struct xbuf *b, struct wpart *p, int flags)
{
	const char *name = p->u.param.name, *v, *pat;
	enum param_op op = p->u.param.op;
	char num[32];

	if (is_list(name))
		v = params.n ? joined() : NULL;
	else
		v = value_of(name);
	if (op == PO_PLAIN && is_list(name)) {
		emit_list(b, name, p->quoted);
		return 0;
	}
	if (op >= PO_DEFAULT && op <= PO_ALT)
		return conditional(b, p, v, flags);
	if (!v && !is_list(name) && unset_error(name))
		return -1;
	if (!v)
		v = "";
	if (op == PO_LENGTH) {
		snprintf(num, sizeof(num), "%lu", is_list(name)
			? (unsigned long) params.n
			: (unsigned long) strlen(v));
		v = num;
	} else if (op != PO_PLAIN) {
		if (!(pat = expand_pat(p->u.param.arg)))
			return -1;
		v = trim(v, pat, op);
	}
	xb_value(b, v, p->quoted);
	return 0;
}

/*
 * arith.c - evaluating $((...)): numbers, variables, the C operators
 * (no ++ or --), assignments, ?: and the comma.
 *
 * Entry point: arith_eval.  Binary operators go by precedence climbing
 * over a table; && || and ?: evaluate their skipped side with `noeval`,
 * so that assignments there do nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arith.h"
#include "out.h"
#include "var.h"

struct arith {
	const char *p;
	int noeval;
	int error;
};

enum binop {
	B_OR, B_AND, B_BOR, B_XOR, B_BAND, B_EQ, B_NE, B_LE, B_GE, B_LT,
	B_GT, B_SHL, B_SHR, B_ADD, B_SUB, B_MUL, B_DIV, B_MOD
};

/* Two-character operators first, so that "<=" is not read as "<". */
static const struct {
	const char *text;
	enum binop op;
	int prec;
} binops[] = {
	{ "||", B_OR, 1 }, { "&&", B_AND, 2 }, { "==", B_EQ, 6 },
	{ "!=", B_NE, 6 }, { "<=", B_LE, 7 }, { ">=", B_GE, 7 },
	{ "<<", B_SHL, 8 }, { ">>", B_SHR, 8 }, { "|", B_BOR, 3 },
	{ "^", B_XOR, 4 }, { "&", B_BAND, 5 }, { "<", B_LT, 7 },
	{ ">", B_GT, 7 }, { "+", B_ADD, 9 }, { "-", B_SUB, 9 },
	{ "*", B_MUL, 10 }, { "/", B_DIV, 10 }, { "%", B_MOD, 10 },
};

/* Assignment operators, longest first; "=" is plain assignment. */
static const struct {
	const char *text;
	enum binop op;
} assignops[] = {
	{ "<<=", B_SHL }, { ">>=", B_SHR }, { "+=", B_ADD }, { "-=", B_SUB },
	{ "*=", B_MUL }, { "/=", B_DIV }, { "%=", B_MOD }, { "&=", B_BAND },
	{ "^=", B_XOR }, { "|=", B_BOR }, { "=", B_OR },
};

static long expr_comma(struct arith *a);
static long expr_cond(struct arith *a);

static long fail(struct arith *a, const char *msg)
{
	if (!a->error)
		sh_warn("arithmetic: %s", msg);
	a->error = 1;
	return 0;
}

static void skip_ws(struct arith *a)
{
	while (*a->p == ' ' || *a->p == '\t' || *a->p == '\n')
		a->p++;
}

static int is_namechar(int c, int first)
{
	return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		|| (!first && c >= '0' && c <= '9');
}

static long apply(struct arith *a, enum binop op, long l, long r)
{
	switch (op) {
	case B_OR: return l || r;
	case B_AND: return l && r;
	case B_BOR: return l | r;
	case B_XOR: return l ^ r;
	case B_BAND: return l & r;
	case B_EQ: return l == r;
	case B_NE: return l != r;
	case B_LE: return l <= r;
	case B_GE: return l >= r;
	case B_LT: return l < r;
	case B_GT: return l > r;
	case B_SHL: return (long) ((unsigned long) l << (r & 63));
	case B_SHR: return l >> (r & 63);
	case B_ADD: return (long) ((unsigned long) l + (unsigned long) r);
	case B_SUB: return (long) ((unsigned long) l - (unsigned long) r);
	case B_MUL: return (long) ((unsigned long) l * (unsigned long) r);
	case B_DIV:
	case B_MOD:
		if (r == 0)
			return a->noeval ? 0 : fail(a, "division by zero");
		if (r == -1)
			return op == B_DIV
				? (long) (0UL - (unsigned long) l) : 0;
		return op == B_DIV ? l / r : l % r;
	}
	return 0;
}

static long number(struct arith *a, const char *s, const char **end)
{
	long v = strtol(s, (char **) end, 0);

	if (is_namechar((unsigned char) **end, 0))
		return fail(a, "bad number");
	return v;
}

static long var_value(struct arith *a, const char *name)
{
	const char *v = var_get(name), *end;
	long n;

	if (!v || !*v)
		return 0;
	while (*v == ' ' || *v == '\t')
		v++;
	n = number(a, v, &end);
	return *end ? fail(a, "bad number") : n;
}

/* NAME or NAME op= expression. */
static long variable(struct arith *a)
{
	const char *start = a->p;
	char name[256], num[32];
	size_t i, n;
	long v;

	while (is_namechar((unsigned char) *a->p, 0))
		a->p++;
	n = (size_t) (a->p - start);
	if (n >= sizeof(name))
		return fail(a, "name too long");
	memcpy(name, start, n);
	name[n] = '\0';
	skip_ws(a);
	for (i = 0; i < sizeof(assignops) / sizeof(assignops[0]); i++) {
		size_t len = strlen(assignops[i].text);
		if (strncmp(a->p, assignops[i].text, len) != 0
		    || (len == 1 && a->p[1] == '='))
			continue;
		a->p += len;
		v = expr_cond(a);
		if (assignops[i].op != B_OR)
			v = apply(a, assignops[i].op, var_value(a, name), v);
		if (!a->noeval && !a->error) {
			snprintf(num, sizeof(num), "%ld", v);
			var_set(name, num, 0);
		}
		return v;
	}
	return var_value(a, name);
}

static long primary(struct arith *a)
{
	long v;

	skip_ws(a);
	if (*a->p == '(') {
		a->p++;
		v = expr_comma(a);
		skip_ws(a);
		if (*a->p != ')')
			return fail(a, "missing )");
		a->p++;
		return v;
	}
	if (*a->p >= '0' && *a->p <= '9')
		return number(a, a->p, &a->p);
	if (is_namechar((unsigned char) *a->p, 1))
		return variable(a);
	return fail(a, "syntax error");
}

static long unary(struct arith *a)
{
	skip_ws(a);
	switch (*a->p) {
	case '+': a->p++; return unary(a);
	case '-': a->p++; return (long) (0UL - (unsigned long) unary(a));
	case '!': a->p++; return !unary(a);
	case '~': a->p++; return ~unary(a);
	}
	return primary(a);
}

static int find_binop(struct arith *a)
{
	size_t i;

	skip_ws(a);
	for (i = 0; i < sizeof(binops) / sizeof(binops[0]); i++) {
		size_t len = strlen(binops[i].text);
		if (strncmp(a->p, binops[i].text, len) == 0)
			return (int) i;
	}
	return -1;
}

static long binary(struct arith *a, int minprec)
{
	long l = unary(a), r;
	int i;

	while (!a->error && (i = find_binop(a)) >= 0
	    && binops[i].prec >= minprec) {
		int skip = (binops[i].op == B_AND && !l)
			|| (binops[i].op == B_OR && l);
		a->p += strlen(binops[i].text);
		a->noeval += skip;
		r = binary(a, binops[i].prec + 1);
		a->noeval -= skip;
		l = apply(a, binops[i].op, l, r);
	}
	return l;
}

static long expr_cond(struct arith *a)
{
	long c = binary(a, 1), t, f;

	skip_ws(a);
	if (*a->p != '?')
		return c;
	a->p++;
	a->noeval += !c;
	t = expr_comma(a);
	a->noeval -= !c;
	skip_ws(a);
	if (*a->p != ':')
		return fail(a, "missing :");
	a->p++;
	a->noeval += !!c;
	f = expr_cond(a);
	a->noeval -= !!c;
	return c ? t : f;
}

static long expr_comma(struct arith *a)
{
	long v = expr_cond(a);

	skip_ws(a);
	while (!a->error && *a->p == ',') {
		a->p++;
		v = expr_cond(a);
		skip_ws(a);
	}
	return v;
}

int arith_eval(const char *expr, long *result)
{
	struct arith a = { expr, 0, 0 };

	skip_ws(&a);
	*result = *a.p ? expr_comma(&a) : 0;
	skip_ws(&a);
	if (!a.error && *a.p)
		fail(&a, "syntax error");
	return a.error ? -1 : 0;
}

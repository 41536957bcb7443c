/*
 * expr - evaluate an expression and print its value.
 *
 *	expr operand...
 *
 * Each operand is one token: an integer, a string, an operator or a
 * parenthesis.  From the loosest to the tightest binding:
 *
 *	a | b		a if it is neither empty nor zero, else b (or 0)
 *	a & b		a if neither is empty nor zero, else 0
 *	= != < <= > >=	1 or 0: as integers if both are, else as strings
 *	+ -		integer sum, difference
 *	* / %		integer product, quotient, remainder
 *	a : re		re (a basic regular expression, anchored at the
 *			start) against a: the text of \(...\) if re has
 *			one, else the length of the match
 *
 * Integers are 64-bit; overflow and division by zero are errors.  The
 * status is 0 if the value is neither empty nor zero, 1 if it is, 2 for
 * a bad expression or an error.  Not here: GNU's words (length, substr,
 * index, match) and its numbers beyond 64 bits.
 */
#include <errno.h>
#include <limits.h>
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct value {
	char *s;		/* the value as text (always set) */
	int is_int;
	long long n;
};

static char **tok;		/* the tokens left */

static void die(const char *fmt, ...)
{
	va_list ap;

	fputs("expr: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* Whether s is a decimal integer; its value in *n. */
static int integer(const char *s, long long *n)
{
	const char *digits = *s == '-' ? s + 1 : s;
	char *end;

	if (*digits < '0' || *digits > '9')
		return 0;
	errno = 0;
	*n = strtoll(s, &end, 10);
	if (*end != '\0')
		return 0;
	if (errno == ERANGE)
		die("%s: integer too large", s);
	return 1;
}

static struct value text(char *s)
{
	struct value v = { s, 0, 0 };

	v.is_int = integer(s, &v.n);
	return v;
}

static struct value number(long long n)
{
	struct value v = { malloc(24), 1, n };

	if (v.s == NULL)
		die("out of memory");
	snprintf(v.s, 24, "%lld", n);
	return v;
}

static int is_null(const struct value *v)
{
	return v->s[0] == '\0' || (v->is_int && v->n == 0);
}

static long long need_int(const struct value *v)
{
	if (!v->is_int)
		die("%s: not an integer", v->s);
	return v->n;
}

static int next_is(const char *op)
{
	return *tok != NULL && strcmp(*tok, op) == 0;
}

static struct value parse_or(void);

static struct value parse_primary(void)
{
	struct value v;

	if (*tok == NULL)
		die("syntax error: an operand is missing");
	if (next_is("(")) {
		tok++;
		v = parse_or();
		if (!next_is(")"))
			die("syntax error: ')' is missing");
		tok++;
		return v;
	}
	return text(*tok++);
}

/* a : re */
static struct value match(struct value a, const char *re)
{
	regex_t rx;
	regmatch_t m[2];
	char msg[128], *s;
	int r;

	if ((r = regcomp(&rx, re, 0)) != 0) {
		regerror(r, &rx, msg, sizeof(msg));
		die("%s: %s", re, msg);
	}
	r = regexec(&rx, a.s, 2, m, 0) == 0 && m[0].rm_so == 0;
	if (rx.re_nsub == 0) {
		regfree(&rx);
		return number(r ? m[0].rm_eo : 0);
	}
	if (!r || m[1].rm_so < 0)
		s = strdup("");
	else
		s = strndup(a.s + m[1].rm_so,
		    (size_t) (m[1].rm_eo - m[1].rm_so));
	regfree(&rx);
	if (s == NULL)
		die("out of memory");
	return text(s);
}

static struct value parse_match(void)
{
	struct value v = parse_primary();

	while (next_is(":")) {
		tok++;
		v = match(v, parse_primary().s);
	}
	return v;
}

static struct value parse_product(void)
{
	struct value v = parse_match(), w;
	long long a, b, r;
	char op;

	while (next_is("*") || next_is("/") || next_is("%")) {
		op = **tok++;
		w = parse_match();
		a = need_int(&v);
		b = need_int(&w);
		if (op != '*' && b == 0)
			die("division by zero");
		if (op == '*' ? __builtin_mul_overflow(a, b, &r) :
		    (a == LLONG_MIN && b == -1))
			die("result too large");
		v = number(op == '*' ? r : op == '/' ? a / b : a % b);
	}
	return v;
}

static struct value parse_sum(void)
{
	struct value v = parse_product(), w;
	long long r;
	int overflow;
	char op;

	while (next_is("+") || next_is("-")) {
		op = **tok++;
		w = parse_product();
		overflow = op == '+' ?
		    __builtin_add_overflow(need_int(&v), need_int(&w), &r) :
		    __builtin_sub_overflow(need_int(&v), need_int(&w), &r);
		if (overflow)
			die("result too large");
		v = number(r);
	}
	return v;
}

static const char *const relations[] = { "=", "!=", "<", "<=", ">", ">=" };

static int compare(const struct value *a, const struct value *b, int op)
{
	int c = a->is_int && b->is_int ? (a->n > b->n) - (a->n < b->n) :
	    strcoll(a->s, b->s);

	switch (op) {
	case 0: return c == 0;
	case 1: return c != 0;
	case 2: return c < 0;
	case 3: return c <= 0;
	case 4: return c > 0;
	default: return c >= 0;
	}
}

static struct value parse_relation(void)
{
	struct value v = parse_sum(), w;
	int op;

	for (;;) {
		for (op = 0; op < 6 && !next_is(relations[op]); op++)
			;
		if (op == 6)
			return v;
		tok++;
		w = parse_sum();
		v = number(compare(&v, &w, op));
	}
}

static struct value parse_and(void)
{
	struct value v = parse_relation(), w;

	while (next_is("&")) {
		tok++;
		w = parse_relation();
		if (is_null(&v) || is_null(&w))
			v = number(0);
	}
	return v;
}

static struct value parse_or(void)
{
	struct value v = parse_and(), w;

	while (next_is("|")) {
		tok++;
		w = parse_and();
		if (is_null(&v))
			v = is_null(&w) ? number(0) : w;
	}
	return v;
}

int main(int argc, char **argv)
{
	struct value v;

	tok = argv + 1;
	if (argc > 1 && strcmp(argv[1], "--") == 0)
		tok++;
	if (*tok == NULL) {
		fputs("usage: expr operand...\n", stderr);
		return 2;
	}
	v = parse_or();
	if (*tok != NULL)
		die("syntax error: unexpected %s", *tok);
	puts(v.s);
	return is_null(&v) ? 1 : 0;
}

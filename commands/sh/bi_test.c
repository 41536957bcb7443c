/*
 * bi_test.c - test expr and [ expr ].
 *
 * Up to four arguments follow the POSIX rules, which decide by their
 * number; longer expressions are parsed with ! -a -o and parentheses.
 * Returns 0 for true, 1 for false, 2 for an error.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "builtin.h"
#include "out.h"

struct test {
	char **argv;
	int argc;
	int pos;
	int error;
};

static int fail(struct test *t, const char *what, const char *arg)
{
	if (!t->error)
		sh_warn("test: %s%s%s", arg ? arg : "", arg ? ": " : "", what);
	t->error = 1;
	return 0;
}

static long long integer(struct test *t, const char *s)
{
	char *end;
	long long v;

	while (*s == ' ' || *s == '\t')
		s++;
	errno = 0;
	v = strtoll(s, &end, 10);
	if (!*s || *end || errno)
		fail(t, "bad number", s);
	return v;
}

static int file_test(int op, const char *path)
{
	struct stat st;

	if (op == 'h' || op == 'L')
		return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
	if (stat(path, &st) < 0)
		return 0;
	switch (op) {
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'e': return 1;
	case 'f': return S_ISREG(st.st_mode);
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'k': return (st.st_mode & S_ISVTX) != 0;
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return S_ISSOCK(st.st_mode);
	case 's': return st.st_size > 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'r': return access(path, R_OK) == 0;
	case 'w': return access(path, W_OK) == 0;
	case 'x': return access(path, X_OK) == 0;
	}
	return 0;
}

static int is_unary(const char *s)
{
	return s[0] == '-' && s[1] && !s[2]
		&& strchr("bcdefghkLnprsStuwxz", s[1]);
}

static int unary(struct test *t, const char *op, const char *arg)
{
	switch (op[1]) {
	case 'n': return *arg != '\0';
	case 'z': return *arg == '\0';
	case 't': return isatty((int) integer(t, arg));
	}
	return file_test(op[1], arg);
}

static const char *const binops[] = {
	"=", "!=", "<", ">", "-eq", "-ne", "-lt", "-le", "-gt", "-ge", "-nt",
	"-ot", "-ef", "=="
};

static int binop_index(const char *s)
{
	int i;

	for (i = 0; i < (int) (sizeof(binops) / sizeof(binops[0])); i++)
		if (strcmp(s, binops[i]) == 0)
			return i;
	return -1;
}

static int compare_files(int op, const char *a, const char *b)
{
	struct stat sa, sb;
	int ha = stat(a, &sa) == 0, hb = stat(b, &sb) == 0;

	if (op == 10)
		return ha && (!hb || sa.st_mtime > sb.st_mtime);
	if (op == 11)
		return hb && (!ha || sa.st_mtime < sb.st_mtime);
	return ha && hb && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

static int binary(struct test *t, const char *a, const char *op,
	const char *b)
{
	int i = binop_index(op);
	long long x, y;

	switch (i) {
	case 0: case 13: return strcmp(a, b) == 0;
	case 1: return strcmp(a, b) != 0;
	case 2: return strcmp(a, b) < 0;
	case 3: return strcmp(a, b) > 0;
	case 10: case 11: case 12: return compare_files(i, a, b);
	}
	x = integer(t, a);
	y = integer(t, b);
	switch (i) {
	case 4: return x == y;
	case 5: return x != y;
	case 6: return x < y;
	case 7: return x <= y;
	case 8: return x > y;
	default: return x >= y;
	}
}

static const char *arg_at(struct test *t, int i)
{
	return t->pos + i < t->argc ? t->argv[t->pos + i] : NULL;
}

static int or_expr(struct test *t);

/* primary: ( expr ) | unary-op arg | arg binary-op arg | arg */
static int primary(struct test *t)
{
	const char *a = arg_at(t, 0), *b = arg_at(t, 1), *c = arg_at(t, 2);
	int r;

	if (!a)
		return fail(t, "argument expected", NULL);
	if (strcmp(a, "(") == 0) {
		t->pos++;
		r = or_expr(t);
		if (!arg_at(t, 0) || strcmp(arg_at(t, 0), ")") != 0)
			return fail(t, "missing )", NULL);
		t->pos++;
		return r;
	}
	if (b && c && binop_index(b) >= 0) {
		t->pos += 3;
		return binary(t, a, b, c);
	}
	if (b && is_unary(a)) {
		t->pos += 2;
		return unary(t, a, b);
	}
	t->pos++;
	return *a != '\0';
}

static int not_expr(struct test *t)
{
	const char *a = arg_at(t, 0);

	if (a && strcmp(a, "!") == 0 && arg_at(t, 1)) {
		t->pos++;
		return !not_expr(t);
	}
	return primary(t);
}

static int and_expr(struct test *t)
{
	int r = not_expr(t);

	while (arg_at(t, 0) && strcmp(arg_at(t, 0), "-a") == 0) {
		t->pos++;
		r = not_expr(t) && r;
	}
	return r;
}

static int or_expr(struct test *t)
{
	int r = and_expr(t);

	while (arg_at(t, 0) && strcmp(arg_at(t, 0), "-o") == 0) {
		t->pos++;
		r = and_expr(t) || r;
	}
	return r;
}

/* The POSIX rules for n <= 4 arguments from pos; -1: use the parser. */
static int by_count(struct test *t, int n)
{
	const char *a = arg_at(t, 0), *b = arg_at(t, 1), *c = arg_at(t, 2);
	int r;

	switch (n) {
	case 0: return 0;
	case 1: return *a != '\0';
	case 2:
		if (strcmp(a, "!") == 0)
			return *b == '\0';
		if (is_unary(a))
			return unary(t, a, b);
		return fail(t, "unary operator expected", a);
	case 3:
		if (binop_index(b) >= 0)
			return binary(t, a, b, c);
		if (strcmp(a, "!") == 0) {
			t->pos++;
			return !by_count(t, 2);
		}
		if (strcmp(a, "(") == 0 && strcmp(c, ")") == 0) {
			t->pos++;
			return *b != '\0';
		}
		return -1;
	case 4:
		if (strcmp(a, "!") == 0) {
			t->pos++;
			if ((r = by_count(t, 3)) >= 0)
				return !r;
			t->pos--;
			return -1;
		}
		if (strcmp(a, "(") == 0 && strcmp(arg_at(t, 3), ")") == 0) {
			t->pos++;
			return by_count(t, 2);
		}
	}
	return -1;
}

int bi_test(int argc, char **argv)
{
	struct test t = { argv, argc, 1, 0 };
	int r;

	if (strcmp(argv[0], "[") == 0) {
		if (strcmp(argv[argc - 1], "]") != 0) {
			sh_warn("[: missing ]");
			return 2;
		}
		t.argc = --argc;
	}
	r = by_count(&t, argc - 1);
	if (r < 0 && !t.error) {
		r = or_expr(&t);
		if (t.pos < t.argc)
			fail(&t, "unexpected argument", t.argv[t.pos]);
	}
	return t.error ? 2 : !r;
}

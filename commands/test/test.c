/*
 * test, [ - evaluate a condition; exit 0 if true, 1 if false, 2 on
 * an error.
 *
 *	test expression
 *	[ expression ]
 *
 * Files: -b -c -d -e -f -g -h -L -k -p -r -s -S -t -u -w -x, and
 * f1 -nt f2, -ot, -ef.  Strings: -n -z, s, s1 = s2, !=, <, >.
 * Integers: -eq -ne -lt -le -gt -ge.  Combining: ! -a -o ( ).
 *
 * Up to four arguments follow POSIX's rules by count, so that "!" or
 * "(" can also be plain strings; longer expressions are parsed by
 * recursive descent, -a binding tighter than -o.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

static char **args;
static int nargs, pos;
static const char *prog = "test";

static void error(const char *what, const char *arg)
{
	if (arg != NULL)
		fprintf(stderr, "%s: %s: %s\n", prog, arg, what);
	else
		fprintf(stderr, "%s: %s\n", prog, what);
	exit(2);
}

static int is_unary(const char *s)
{
	return s[0] == '-' && s[1] != '\0' && s[2] == '\0' &&
	    strchr("bcdefghkLnprsStuwxz", s[1]) != NULL;
}

static int is_binary(const char *s)
{
	static const char *const ops[] = { "=", "==", "!=", "<", ">", "-eq",
	    "-ne", "-lt", "-le", "-gt", "-ge", "-nt", "-ot", "-ef", NULL };
	int i;

	for (i = 0; ops[i] != NULL; i++)
		if (strcmp(s, ops[i]) == 0)
			return 1;
	return 0;
}

/* An integer operand; blanks around it are allowed. */
static long long integer(const char *s)
{
	char *end;
	long long v;

	errno = 0;
	v = strtoll(s, &end, 10);
	while (isblank((unsigned char) *end))
		end++;
	if (end == s || *end != '\0' || errno != 0)
		error("integer expression expected", s);
	return v;
}

static int file_test(char op, const char *path)
{
	struct stat st;

	if (op == 'h' || op == 'L')
		return lstat(path, &st) == 0 && S_ISLNK(st.st_mode);
	if (op == 'r' || op == 'w' || op == 'x')
		return access(path, op == 'r' ? R_OK : op == 'w' ? W_OK : X_OK)
		    == 0;
	if (stat(path, &st) < 0)
		return 0;
	switch (op) {
	case 'b': return S_ISBLK(st.st_mode);
	case 'c': return S_ISCHR(st.st_mode);
	case 'd': return S_ISDIR(st.st_mode);
	case 'f': return S_ISREG(st.st_mode);
	case 'p': return S_ISFIFO(st.st_mode);
	case 'S': return S_ISSOCK(st.st_mode);
	case 'g': return (st.st_mode & S_ISGID) != 0;
	case 'u': return (st.st_mode & S_ISUID) != 0;
	case 'k': return (st.st_mode & S_ISVTX) != 0;
	case 's': return st.st_size > 0;
	default: return 1;	/* e */
	}
}

static int unary(const char *op, const char *arg)
{
	switch (op[1]) {
	case 'n': return *arg != '\0';
	case 'z': return *arg == '\0';
	case 't': return isatty((int) integer(arg));
	default: return file_test(op[1], arg);
	}
}

/* -nt, -ot, -ef: a file that does not exist is older than any. */
static int compare_files(const char *a, const char *op, const char *b)
{
	struct stat sa, sb;
	int ha = stat(a, &sa) == 0, hb = stat(b, &sb) == 0;

	if (strcmp(op, "-ef") == 0)
		return ha && hb && sa.st_dev == sb.st_dev &&
		    sa.st_ino == sb.st_ino;
	if (strcmp(op, "-nt") == 0)
		return ha && (!hb || sa.st_mtime > sb.st_mtime);
	return hb && (!ha || sa.st_mtime < sb.st_mtime);
}

/* -eq and the rest: what each says about the sign of x - y. */
static int compare_integers(long long x, const char *op, long long y)
{
	static const struct {
		const char *op;
		int lt, eq, gt;
	} table[] = {
		{ "-eq", 0, 1, 0 }, { "-ne", 1, 0, 1 }, { "-lt", 1, 0, 0 },
		{ "-le", 1, 1, 0 }, { "-gt", 0, 0, 1 }, { "-ge", 0, 1, 1 },
	};
	size_t i;

	for (i = 0; strcmp(table[i].op, op) != 0; i++)
		;
	return x < y ? table[i].lt : x == y ? table[i].eq : table[i].gt;
}

static int binary(const char *a, const char *op, const char *b)
{
	if (strcmp(op, "=") == 0 || strcmp(op, "==") == 0)
		return strcmp(a, b) == 0;
	if (strcmp(op, "!=") == 0)
		return strcmp(a, b) != 0;
	if (strcmp(op, "<") == 0)
		return strcmp(a, b) < 0;
	if (strcmp(op, ">") == 0)
		return strcmp(a, b) > 0;
	if (strcmp(op, "-nt") == 0 || strcmp(op, "-ot") == 0 ||
	    strcmp(op, "-ef") == 0)
		return compare_files(a, op, b);
	return compare_integers(integer(a), op, integer(b));
}

static int or_expr(void);

static const char *take(void)
{
	if (pos >= nargs)
		error("argument expected", NULL);
	return args[pos++];
}

static int primary(void)
{
	const char *a = take();
	int v;

	if (pos + 1 < nargs && is_binary(args[pos])) {
		const char *op = take();

		return binary(a, op, take());
	}
	if (strcmp(a, "(") == 0) {
		v = or_expr();
		if (pos >= nargs || strcmp(args[pos], ")") != 0)
			error("')' expected", NULL);
		pos++;
		return v;
	}
	if (is_unary(a) && pos < nargs)
		return unary(a, take());
	return *a != '\0';
}

static int not_expr(void)
{
	if (pos < nargs && strcmp(args[pos], "!") == 0 && pos + 1 < nargs) {
		pos++;
		return !not_expr();
	}
	return primary();
}

static int and_expr(void)
{
	int v = not_expr();

	while (pos < nargs && strcmp(args[pos], "-a") == 0) {
		pos++;
		v = not_expr() && v;
	}
	return v;
}

static int or_expr(void)
{
	int v = and_expr();

	while (pos < nargs && strcmp(args[pos], "-o") == 0) {
		pos++;
		v = and_expr() || v;
	}
	return v;
}

/* POSIX's rules for n (up to 4) arguments at a; -1: use the parser. */
static int by_count(char **a, int n)
{
	if (n == 0)
		return 0;
	if (n == 1)
		return *a[0] != '\0';
	if (n == 2 && strcmp(a[0], "!") == 0)
		return !by_count(a + 1, 1);
	if (n == 2 && is_unary(a[0]))
		return unary(a[0], a[1]);
	if (n == 3 && is_binary(a[1]))
		return binary(a[0], a[1], a[2]);
	if ((n == 3 || n == 4) && strcmp(a[0], "!") == 0) {
		int v = by_count(a + 1, n - 1);

		return v < 0 ? v : !v;
	}
	if ((n == 3 || n == 4) && strcmp(a[0], "(") == 0 &&
	    strcmp(a[n - 1], ")") == 0)
		return by_count(a + 1, n - 2);
	return -1;
}

int main(int argc, char **argv)
{
	const char *slash = strrchr(argv[0], '/');
	int v;

	prog = slash != NULL ? slash + 1 : argv[0];
	if (strcmp(prog, "[") == 0) {
		if (argc < 2 || strcmp(argv[argc - 1], "]") != 0) {
			fputs("[: missing ]\nusage: [ expression ]\n", stderr);
			return 2;
		}
		argc--;
	}
	args = argv + 1;
	nargs = argc - 1;
	v = nargs <= 4 ? by_count(args, nargs) : -1;
	if (v < 0) {
		v = or_expr();
		if (pos < nargs) {
			fprintf(stderr, "%s: %s: unexpected operator\n"
			    "usage: test expression\n", prog, args[pos]);
			return 2;
		}
	}
	return !v;
}

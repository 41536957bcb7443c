/*
 * parse.c - find: the expression, from the words after the paths.
 *
 *	expr	:= term [-o term]...
 *	term	:= factor [[-a] factor]...
 *	factor	:= ! factor | ( expr ) | primary
 *
 * -depth, -xdev, -maxdepth and -mindepth set the walk's settings and
 * are true wherever they stand.  An expression with no action in it
 * becomes ( expr ) -print.
 *
 * Entry point: parse.
 */
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "find.h"
#include "mode.h"

static char **tok;
static int has_action;

static struct node *node(enum kind kind)
{
	struct node *n = calloc(1, sizeof(*n));

	if (n == NULL)
		die("out of memory");
	n->kind = kind;
	return n;
}

static struct node *binary(enum kind kind, struct node *l, struct node *r)
{
	struct node *n = node(kind);

	n->left = l;
	n->right = r;
	return n;
}

static const char *arg_of(const char *primary)
{
	if (*tok == NULL)
		die("%s: an argument is missing", primary);
	return *tok++;
}

/* n, +n or -n into the node's cmp and num; *rest gets what follows the
 * digits (a -size unit). */
static void number(struct node *n, const char *primary, const char *s,
    char **rest)
{
	char *end;

	n->cmp = *s == '+' ? CMP_MORE : *s == '-' ? CMP_LESS : CMP_EQ;
	if (*s == '+' || *s == '-')
		s++;
	if (*s < '0' || *s > '9')
		die("%s: not a number: %s", primary, s);
	n->num = strtoll(s, &end, 10);
	if (rest != NULL)
		*rest = end;
	else if (*end != '\0')
		die("%s: not a number: %s", primary, s);
}

static void size_unit(struct node *n, const char *s)
{
	char *unit;

	number(n, "-size", s, &unit);
	n->unit = unit[0] == '\0' ? 512 : unit[0] == 'c' ? 1 :
	    unit[0] == 'k' ? 1024 : unit[0] == 'M' ? 1048576 : 0;
	if (n->unit == 0 || (unit[0] != '\0' && unit[1] != '\0'))
		die("-size: bad unit: %s", s);
}

static void perm(struct node *n, const char *s)
{
	struct mode *m;

	n->perm_how = *s == '-' || *s == '/' ? *s++ : '=';
	if ((m = mode_parse(s)) == NULL)
		die("-perm: bad mode: %s", s);
	n->mode = mode_apply(m, 0, 0);
	free(m);
}

static void type(struct node *n, const char *s)
{
	static const char types[] = "bcdflps";
	static const mode_t modes[] = { S_IFBLK, S_IFCHR, S_IFDIR, S_IFREG,
	    S_IFLNK, S_IFIFO, S_IFSOCK };
	const char *t = strchr(types, s[0]);

	if (t == NULL || s[0] == '\0' || s[1] != '\0')
		die("-type: unknown type: %s", s);
	n->mode = modes[t - types];
}

static void owner(struct node *n, const char *s, int user)
{
	struct passwd *pw = user ? getpwnam(s) : NULL;
	struct group *gr = user ? NULL : getgrnam(s);
	char *end;

	if (pw != NULL || gr != NULL) {
		n->num = pw != NULL ? pw->pw_uid : gr->gr_gid;
		return;
	}
	n->num = strtoll(s, &end, 10);
	if (*s < '0' || *s > '9' || *end != '\0')
		die("%s: no such %s", s, user ? "user" : "group");
}

static void newer(struct node *n, const char *file)
{
	struct stat st;

	if ((walk.follow == 'P' ? lstat(file, &st) : stat(file, &st)) < 0)
		die("%s: cannot stat it", file);
	n->when = st.st_mtime;
}

static int depth_arg(const char *primary)
{
	char *end;
	const char *s = arg_of(primary);
	long v = strtol(s, &end, 10);

	if (*s < '0' || *s > '9' || *end != '\0' || v > 100000)
		die("%s: not a number: %s", primary, s);
	return (int) v;
}

/* The primary at tok. */
static struct node *primary(void)
{
	static const struct { const char *word; enum kind kind; } words[] = {
		{ "-name", N_NAME }, { "-path", N_PATH }, { "-type", N_TYPE },
		{ "-perm", N_PERM }, { "-user", N_USER }, { "-group", N_GROUP },
		{ "-nouser", N_NOUSER }, { "-nogroup", N_NOGROUP },
		{ "-size", N_SIZE }, { "-links", N_LINKS },
		{ "-atime", N_ATIME }, { "-ctime", N_CTIME },
		{ "-mtime", N_MTIME }, { "-newer", N_NEWER },
		{ "-prune", N_PRUNE }, { "-xdev", N_XDEV },
		{ "-depth", N_DEPTH }, { "-maxdepth", N_MAXDEPTH },
		{ "-mindepth", N_MINDEPTH }, { "-print", N_PRINT },
		{ "-print0", N_PRINT0 }, { "-exec", N_EXEC }, { "-ok", N_OK },
	};
	const char *word = *tok++;
	struct node *n = NULL;
	int used;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(word, words[i].word) == 0)
			n = node(words[i].kind);
	if (n == NULL) {
		fprintf(stderr, "find: %s: unknown primary or operator\n",
		    word);
		usage();
	}
	switch (n->kind) {
	case N_NAME: case N_PATH: n->text = arg_of(word); break;
	case N_TYPE: type(n, arg_of(word)); break;
	case N_PERM: perm(n, arg_of(word)); break;
	case N_USER: owner(n, arg_of(word), 1); break;
	case N_GROUP: owner(n, arg_of(word), 0); break;
	case N_SIZE: size_unit(n, arg_of(word)); break;
	case N_LINKS: case N_ATIME: case N_CTIME: case N_MTIME:
		number(n, word, arg_of(word), NULL);
		break;
	case N_NEWER: newer(n, arg_of(word)); break;
	case N_XDEV: walk.xdev = 1; break;
	case N_DEPTH: walk.depth_first = 1; break;
	case N_MAXDEPTH: walk.maxdepth = depth_arg(word); break;
	case N_MINDEPTH: walk.mindepth = depth_arg(word); break;
	case N_PRINT: case N_PRINT0: has_action = 1; break;
	case N_EXEC: case N_OK:
		if ((n->exec = exec_new(tok, &used, n->kind == N_OK)) == NULL)
			die("%s: no terminating ';' or '+'", word);
		tok += used;
		has_action = 1;
		break;
	default: break;
	}
	return n;
}

static struct node *expr(void);

static struct node *factor(void)
{
	struct node *n;

	if (*tok == NULL)
		die("an expression is missing");
	if (strcmp(*tok, "!") == 0) {
		tok++;
		n = node(N_NOT);
		n->left = factor();
		return n;
	}
	if (strcmp(*tok, "(") == 0) {
		tok++;
		n = expr();
		if (*tok == NULL || strcmp(*tok, ")") != 0)
			die("')' is missing");
		tok++;
		return n;
	}
	return primary();
}

/* Whether the next word can start a factor (an implied -a). */
static int more_factors(void)
{
	return *tok != NULL && strcmp(*tok, "-o") != 0 &&
	    strcmp(*tok, ")") != 0;
}

static struct node *term(void)
{
	struct node *n = factor();

	while (more_factors()) {
		if (strcmp(*tok, "-a") == 0)
			tok++;
		n = binary(N_AND, n, factor());
	}
	return n;
}

static struct node *expr(void)
{
	struct node *n = term();

	while (*tok != NULL && strcmp(*tok, "-o") == 0) {
		tok++;
		n = binary(N_OR, n, term());
	}
	return n;
}

struct node *parse(char **argv)
{
	struct node *n = NULL;

	tok = argv;
	if (*tok != NULL) {
		n = expr();
		if (*tok != NULL)
			die("%s: unexpected", *tok);
	}
	if (has_action)
		return n;
	return n == NULL ? node(N_PRINT) : binary(N_AND, n, node(N_PRINT));
}

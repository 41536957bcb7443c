/*
 * bi_misc.c - umask, command and type.
 */
#include <string.h>
#include <sys/stat.h>
#include "builtin.h"
#include "eval.h"
#include "out.h"
#include "var.h"

int bi_umask(int argc, char **argv)
{
	mode_t mask = umask(0), m = 0;
	const char *s;

	umask(mask);
	if (argc < 2) {
		out_fmt(1, "%04o\n", (unsigned) mask);
		return 0;
	}
	for (s = argv[1]; *s >= '0' && *s <= '7'; s++)
		m = m * 8 + (mode_t) (*s - '0');
	if (*s || s == argv[1] || m > 0777) {
		sh_warn("umask: %s: bad mask", argv[1]);
		return 1;
	}
	umask(m);
	return 0;
}

static const char *const keywords[] = {
	"!", "{", "}", "case", "do", "done", "elif", "else", "esac", "fi",
	"for", "if", "in", "then", "until", "while"
};

static int is_keyword(const char *name)
{
	size_t i;

	for (i = 0; i < sizeof(keywords) / sizeof(keywords[0]); i++)
		if (strcmp(keywords[i], name) == 0)
			return 1;
	return 0;
}

/* What name runs: brief (command -v) or in words (type, command -V). */
static int describe(const char *name, int verbose)
{
	const struct builtin *b = builtin_find(name);
	const char *path;

	if (is_keyword(name))
		return out_fmt(1, verbose ? "%s is a shell keyword\n" : "%s\n",
			name), 0;
	if (func_exists(name))
		return out_fmt(1, verbose ? "%s is a function\n" : "%s\n",
			name), 0;
	if (b)
		return out_fmt(1, !verbose ? "%s\n"
			: b->special ? "%s is a special shell builtin\n"
			: "%s is a shell builtin\n", name), 0;
	if ((path = path_find(name, 1)) != NULL) {
		if (verbose)
			out_fmt(1, "%s is %s\n", name, path);
		else
			out_fmt(1, "%s\n", path);
		return 0;
	}
	if (verbose)
		sh_warn("%s: not found", name);
	return 1;
}

int bi_type(int argc, char **argv)
{
	int i, status = 0;

	for (i = 1; i < argc; i++)
		if (describe(argv[i], 1))
			status = 1;
	return status;
}

/* command [-v | -V] name [arg...] */
int bi_command(int argc, char **argv)
{
	int i = 1, verbose = -1, status = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "-v") == 0)
			verbose = 0;
		else if (strcmp(argv[i], "-V") == 0)
			verbose = 1;
		else if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		} else if (strcmp(argv[i], "-p") != 0) {
			sh_warn("command: %s: bad option", argv[i]);
			return 2;
		}
	}
	if (i >= argc)
		return 0;
	if (verbose < 0)
		return run_argv(argc - i, argv + i, 1);
	for (; i < argc; i++)
		if (describe(argv[i], verbose))
			status = 1;
	return status;
}

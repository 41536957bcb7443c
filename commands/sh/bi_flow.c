/*
 * bi_flow.c - builtins that steer the shell: true false : break
 * continue return exit eval . exec.
 *
 * break, continue and return only set sh.skip; the evaluator unwinds.
 */
#include <stdlib.h>
#include <string.h>
#include "builtin.h"
#include "eval.h"
#include "out.h"
#include "sh.h"
#include "var.h"

int bi_true(int argc, char **argv)
{
	(void) argc;
	(void) argv;
	return 0;
}

int bi_false(int argc, char **argv)
{
	(void) argc;
	(void) argv;
	return 1;
}

/* An optional count or status operand; -1 if it is not a number. */
static int number_arg(int argc, char **argv, int dflt)
{
	char *end;
	long n;

	if (argc < 2)
		return dflt;
	n = strtol(argv[1], &end, 10);
	if (!*argv[1] || *end || n < 0) {
		sh_warn("%s: %s: bad number", argv[0], argv[1]);
		return -1;
	}
	return (int) n;
}

static int leave_loops(int argc, char **argv, enum skip how)
{
	int n = number_arg(argc, argv, 1);

	if (n < 1) {
		if (n == 0)
			sh_warn("%s: 0: bad number", argv[0]);
		return 1;
	}
	if (sh.loopnest == 0)
		return 0;
	sh.skip = how;
	sh.skipcount = n < sh.loopnest ? n : sh.loopnest;
	return 0;
}

int bi_break(int argc, char **argv)
{
	return leave_loops(argc, argv, SKIP_BREAK);
}

int bi_continue(int argc, char **argv)
{
	return leave_loops(argc, argv, SKIP_CONTINUE);
}

int bi_return(int argc, char **argv)
{
	int status = number_arg(argc, argv, sh.status);

	if (status < 0)
		return 2;
	if (!sh.funcnest && !sh.dotnest) {
		sh_warn("return: not in a function");
		return 1;
	}
	sh.skip = SKIP_RETURN;
	sh.status = status & 0xff;
	return sh.status;
}

int bi_exit(int argc, char **argv)
{
	int status = number_arg(argc, argv, sh.status);

	sh_exit(status < 0 ? 2 : status);
}

int bi_eval(int argc, char **argv)
{
	struct strbuf b;
	int i, status;

	sb_init(&b);
	for (i = 1; i < argc; i++) {
		if (i > 1)
			sb_addc(&b, ' ');
		sb_adds(&b, argv[i]);
	}
	status = run_string(b.s);
	sb_free(&b);
	return status;
}

/* . file [args]: runs file here, with args as $1... if given. */
int bi_dot(int argc, char **argv)
{
	struct params saved;
	char *path;
	int status;

	if (argc < 2) {
		sh_warn(".: usage: . file [arg...]");
		return 2;
	}
	if (!(path = path_find(argv[1], 0))) {
		sh_warn(".: %s: not found", argv[1]);
		sh_abort(127);
		return 127;
	}
	path = xstrdup(path);
	if (argc > 2) {
		saved = params_swap((struct params) { 0, NULL });
		params_set(argc - 2, argv + 2);
	}
	status = run_file(path, 1);
	if (argc > 2)
		params_free(params_swap(saved));
	free(path);
	return status;
}

/* Without a command, the redirections (made by the caller) stay. */
int bi_exec(int argc, char **argv)
{
	int i = 1;

	if (i < argc && strcmp(argv[i], "--") == 0)
		i++;
	if (i >= argc)
		return 0;
	shell_exec(argv + i, var_environ());
}

/*
 * command.c - running a simple command: expansion, tracing, then a
 * special builtin, a function, a builtin or a program.
 *
 * Entry points: eval_simple, run_argv (for the `command` builtin).
 *
 * Where the assignments before the command go depends on what it is
 * (POSIX 2.9.1): they stay for special builtins and when there is no
 * command; they hold only during a function or builtin; a program gets
 * them in its environment.
 */
#include <string.h>
#include "builtin.h"
#include "eval.h"
#include "expand.h"
#include "jobs.h"
#include "out.h"
#include "redir.h"
#include "sh.h"
#include "trap.h"
#include "var.h"

struct cmd {
	int argc;
	char **argv;
	int nassign;
	const char **names;
	char **values;
	const char *text;
};

/* Expands the words and the assignment values. */
static int expand_cmd(struct node *n, struct cmd *c)
{
	struct assign *a;
	int i = 0;

	cmdsub_status = 0;
	if (!(c->argv = expand_argv(n->u.simple.args, &c->argc)))
		return -1;
	for (a = n->u.simple.assigns; a; a = a->next)
		c->nassign++;
	c->names = arena_alloc(scratch,
		sizeof(*c->names) * (size_t) c->nassign);
	c->values = arena_alloc(scratch,
		sizeof(*c->values) * (size_t) c->nassign);
	for (a = n->u.simple.assigns; a; a = a->next, i++) {
		c->names[i] = a->name;
		if (!(c->values[i] = expand_assign(a->value)))
			return -1;
	}
	return 0;
}

/* A word as set -x shows it: quoted if the shell would split it. */
static void trace_word(struct strbuf *b, const char *s)
{
	if (*s && strspn(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUV"
	    "WXYZ0123456789_./:=@%+,-") == strlen(s))
		sb_adds(b, s);
	else
		sb_quote(b, s);
}

/* set -x: the command as it will run, on standard error. */
static void trace(struct cmd *c)
{
	struct strbuf b;
	int i;

	if (!sh.opt[OPT_XTRACE])
		return;
	sb_init(&b);
	sb_adds(&b, var_get("PS4") ? var_get("PS4") : "+ ");
	b.len -= b.len > 0 && b.s[b.len - 1] == ' ';
	for (i = 0; i < c->nassign; i++) {
		sb_addc(&b, ' ');
		sb_adds(&b, c->names[i]);
		sb_addc(&b, '=');
		trace_word(&b, c->values[i]);
	}
	for (i = 0; i < c->argc; i++) {
		sb_addc(&b, ' ');
		trace_word(&b, c->argv[i]);
	}
	sb_addc(&b, '\n');
	out_write(2, b.s, b.len);
	sb_free(&b);
}

/* With `local`, the old values come back when the scope ends. */
static int assign_all(struct cmd *c, int flags, int local)
{
	int i;

	for (i = 0; i < c->nassign; i++) {
		if (local)
			var_make_local(c->names[i]);
		if (var_set(c->names[i], c->values[i], flags) < 0)
			return -1;
	}
	return 0;
}

/* In a child, or when the shell is about to end: becomes the program. */
static void exec_program(struct node *n, struct cmd *c)
{
	if (redir_apply(n->redirs, NULL) < 0)
		sh_exit(1);
	assign_all(c, V_EXPORT, 0);
	shell_exec(c->argv, var_environ());
}

static int run_program(struct node *n, struct cmd *c, int flags)
{
	struct job *j;

	if ((flags & EV_EXIT) && !trap_has_exit())
		exec_program(n, c);
	j = job_new(c->text);
	if (job_fork(j, FORK_FG) == 0)
		exec_program(n, c);
	return job_wait(j);
}

/* Assignments stay; errors in a special builtin end a script. */
static int run_special(struct node *n, struct cmd *c,
	const struct builtin *b)
{
	int is_exec = b->fn == bi_exec, status;
	struct redirsave *save = NULL;

	if (redir_apply(n->redirs, is_exec ? NULL : &save) < 0) {
		redir_restore(save);
		sh_abort(2);
		return 2;
	}
	if (assign_all(c, is_exec && c->argc > 1 ? V_EXPORT : 0, 0) < 0) {
		redir_restore(save);
		sh_abort(1);
		return 1;
	}
	status = b->fn(c->argc, c->argv);
	redir_restore(save);
	return status;
}

/* A function or a regular builtin: assignments last while it runs. */
static int run_scoped(struct node *n, struct cmd *c, const struct builtin *b)
{
	struct redirsave *save;
	int status = 1;

	if (redir_apply(n->redirs, &save) == 0) {
		if (c->nassign)
			var_scope_push();
		if (assign_all(c, V_EXPORT, 1) == 0)
			status = b ? b->fn(c->argc, c->argv)
				: func_call(c->argv[0], c->argc, c->argv);
		if (c->nassign)
			var_scope_pop();
	}
	redir_restore(save);
	return status;
}

/* No command: assignments stay, redirections are made and undone. */
static int run_assignments(struct node *n, struct cmd *c)
{
	struct redirsave *save;
	int status = cmdsub_status;

	if (redir_apply(n->redirs, &save) < 0)
		status = 1;
	else if (assign_all(c, 0, 0) < 0) {
		status = 1;
		sh_abort(1);
	}
	redir_restore(save);
	return status;
}

static int run_cmd(struct node *n, struct cmd *c, int flags)
{
	const struct builtin *b = builtin_find(c->argv[0]);

	if (b && b->special)
		return run_special(n, c, b);
	if (func_exists(c->argv[0]))
		return run_scoped(n, c, NULL);
	if (b)
		return run_scoped(n, c, b);
	return run_program(n, c, flags);
}

int eval_simple(struct node *n, int flags)
{
	struct arena_mark m = arena_mark(scratch);
	struct cmd c;
	int status = 1;

	memset(&c, 0, sizeof(c));
	c.text = n->text;
	if (expand_cmd(n, &c) == 0) {
		trace(&c);
		status = c.argc ? run_cmd(n, &c, flags)
			: run_assignments(n, &c);
	}
	arena_release(scratch, m);
	return status;
}

/* `command name args`: no function, and builtins are not special. */
int run_argv(int argc, char **argv, int nofunc)
{
	const struct builtin *b = builtin_find(argv[0]);
	struct job *j;

	if (!nofunc && func_exists(argv[0]))
		return func_call(argv[0], argc, argv);
	if (b)
		return b->fn(argc, argv);
	j = job_new(argv[0]);
	if (job_fork(j, FORK_FG) == 0)
		shell_exec(argv, var_environ());
	return job_wait(j);
}

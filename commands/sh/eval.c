/*
 * eval.c - evaluating a command tree: lists, and-or lists, and the
 * compound commands.
 *
 * Entry point: eval, which dispatches on the node type, applies the
 * redirections of compound commands, runs pending traps and enforces
 * set -e.  Simple commands are in command.c; pipelines, background
 * jobs and subshells in pipeline.c.
 *
 * Unwinding (break, continue, return, errors) is not a jump: a builtin
 * sets sh.skip and every list and loop stops when it sees it.
 */
#include <string.h>
#include "eval.h"
#include "expand.h"
#include "match.h"
#include "out.h"
#include "redir.h"
#include "sh.h"
#include "trap.h"
#include "var.h"

/* a; b; c: iterates along the right spine instead of recursing. */
static int eval_seq(struct node *n, int flags)
{
	while (n->type == N_SEQ && !n->redirs) {
		eval(n->u.bin.left, 0);
		if (sh.skip)
			return sh.status;
		n = n->u.bin.right;
	}
	return eval(n, flags);
}

/* A condition: set -e does not look at its status. */
static int eval_cond(struct node *n)
{
	int status;

	sh.noerrexit++;
	status = eval(n, 0);
	sh.noerrexit--;
	return status;
}

static int eval_andor(struct node *n, int flags)
{
	int status = eval_cond(n->u.bin.left);

	if (sh.skip)
		return status;
	if ((n->type == N_AND) == (status == 0))
		status = eval(n->u.bin.right, flags);
	return status;
}

static int eval_bgnode(struct node *n, int flags)
{
	(void) flags;
	return eval_bg(n->u.body);
}

static int eval_group(struct node *n, int flags)
{
	return eval(n->u.body, flags);
}

static int eval_if(struct node *n, int flags)
{
	int cond = eval_cond(n->u.if_.cond);

	if (sh.skip)
		return cond;
	if (cond == 0)
		return eval(n->u.if_.then_part, flags);
	return n->u.if_.else_part ? eval(n->u.if_.else_part, flags) : 0;
}

/* After a loop's body or condition: whether the loop must end. */
static int loop_done(void)
{
	switch (sh.skip) {
	case SKIP_NONE:
		return 0;
	case SKIP_BREAK:
		if (--sh.skipcount <= 0)
			sh.skip = SKIP_NONE;
		return 1;
	case SKIP_CONTINUE:
		if (--sh.skipcount > 0)
			return 1;
		sh.skip = SKIP_NONE;
		return 0;
	default:
		return 1;
	}
}

static int eval_loop(struct node *n, int flags)
{
	int status = 0, cond;

	(void) flags;
	sh.loopnest++;
	for (;;) {
		cond = eval_cond(n->u.loop.cond);
		if (sh.skip) {
			if (loop_done())
				break;
			continue;
		}
		if ((cond == 0) != (n->type == N_WHILE))
			break;
		status = eval(n->u.loop.body, 0);
		if (loop_done())
			break;
	}
	sh.loopnest--;
	return status;
}

static int eval_for(struct node *n, int flags)
{
	struct arena_mark m = arena_mark(scratch);
	char **words = params.v;
	int count = params.n, i, status = 0;

	(void) flags;
	if (n->u.for_.has_in
	    && !(words = expand_argv(n->u.for_.words, &count)))
		return 1;
	if (!n->u.for_.has_in) {	/* copies: the body may run set -- */
		words = arena_alloc(scratch, sizeof(*words) * (size_t) count);
		for (i = 0; i < count; i++)
			words[i] = arena_strdup(scratch, params.v[i]);
	}
	sh.loopnest++;
	for (i = 0; i < count; i++) {
		if (var_set(n->u.for_.var, words[i], 0) < 0) {
			status = 1;
			break;
		}
		status = eval(n->u.for_.body, 0);
		if (loop_done())
			break;
	}
	sh.loopnest--;
	arena_release(scratch, m);
	return status;
}

static int eval_case(struct node *n, int flags)
{
	struct arena_mark m = arena_mark(scratch);
	char *subject = expand_str(n->u.case_.subject), *pat;
	struct case_item *it;
	struct word *w;
	int status = 0;

	for (it = n->u.case_.items; subject && it; it = it->next) {
		for (w = it->patterns; w; w = w->next) {
			if (!(pat = expand_pat(w)))
				goto done;
			if (pmatch(pat, subject, strlen(subject))) {
				status = eval(it->body, flags);
				goto done;
			}
		}
	}
done:
	arena_release(scratch, m);
	return subject ? status : 1;
}

static int eval_func(struct node *n, int flags)
{
	(void) flags;
	func_define(n->u.func.name, n->u.func.body, sh.arena);
	return 0;
}

static int (*const evaluators[])(struct node *n, int flags) = {
	[N_SIMPLE] = eval_simple,
	[N_PIPE] = eval_pipe,
	[N_AND] = eval_andor,
	[N_OR] = eval_andor,
	[N_SEQ] = eval_seq,
	[N_BG] = eval_bgnode,
	[N_SUBSHELL] = eval_subshell,
	[N_GROUP] = eval_group,
	[N_IF] = eval_if,
	[N_WHILE] = eval_loop,
	[N_UNTIL] = eval_loop,
	[N_FOR] = eval_for,
	[N_CASE] = eval_case,
	[N_FUNC] = eval_func,
};

/* A compound command with redirections: they hold while it runs. */
static int eval_redirected(struct node *n, int flags)
{
	struct redirsave *save;
	int status = 1;

	if (redir_apply(n->redirs, &save) == 0)
		status = evaluators[n->type](n, flags & ~EV_EXIT);
	redir_restore(save);
	return status;
}

/* Whether a failure of this node ends the shell under set -e. */
static int errexit_applies(struct node *n)
{
	return n->type == N_SIMPLE || n->type == N_SUBSHELL
		|| (n->type == N_PIPE && !n->u.pipe.bang);
}

int eval(struct node *n, int flags)
{
	int status;

	if (sh.interactive && trap_interrupted()) {
		out_str(2, "\n");
		sh_abort(130);
	}
	if (sh.skip)
		return sh.status;
	if (!n)
		return sh.status = 0;
	if (n->redirs && n->type != N_SIMPLE && n->type != N_SUBSHELL)
		status = eval_redirected(n, flags);
	else
		status = evaluators[n->type](n, flags);
	/* return and ^C set the status the unwinding keeps. */
	if (sh.skip == SKIP_RETURN || sh.skip == SKIP_ABORT)
		status = sh.status;
	sh.status = status;
	trap_run_pending();
	if (status && sh.opt[OPT_ERREXIT] && !sh.noerrexit
	    && sh.skip == SKIP_NONE && errexit_applies(n))
		sh_exit(status);
	return status;
}

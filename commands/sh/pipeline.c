/*
 * pipeline.c - commands that run in child processes of their own:
 * pipelines, background (&) lists and ( subshells ).
 *
 * Entry points: eval_pipe, eval_bg, eval_subshell.  Each child
 * evaluates its part with EV_EXIT, so that its last external command
 * replaces it instead of forking once more.
 */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>
#include "eval.h"
#include "jobs.h"
#include "out.h"
#include "redir.h"
#include "sh.h"

/* Runs n in the child just forked, then ends the child. */
static void child_run(struct node *n)
{
	eval(n, EV_EXIT);
	sh_exit(sh.status);
}

/* Without job control, & reads /dev/null rather than the terminal. */
static void stdin_devnull(void)
{
	int fd = open("/dev/null", O_RDONLY);

	if (fd > 0) {
		dup2(fd, 0);
		close(fd);
	}
}

/* In a pipeline's child: stdin from prev, stdout into next[1]. */
static void plumb(int prev, int *next)
{
	if (prev >= 0) {
		dup2(prev, 0);
		close(prev);
	}
	if (next) {
		close(next[0]);
		if (next[1] != 1) {
			dup2(next[1], 1);
			close(next[1]);
		}
	}
}

/* Forks one child per command, each reading from the one before. */
static struct job *start_pipeline(struct node *n, enum fork_mode mode)
{
	struct job *j = job_new(n->text);
	int last = n->u.pipe.n - 1, prev = -1, p[2], i, devnull;
	pid_t pid;

	devnull = mode == FORK_BG && !sh.jobctl;
	for (i = 0; i <= last; i++) {
		if (i < last && pipe(p) < 0) {
			sh_warn("pipe: %s", strerror(errno));
			break;
		}
		if ((pid = job_fork(j, mode)) == 0) {
			if (i == 0 && devnull)
				stdin_devnull();
			plumb(prev, i < last ? p : NULL);
			child_run(n->u.pipe.cmds[i]);
		}
		if (prev >= 0) {
			close(prev);
			prev = -1;
		}
		if (i < last) {
			close(p[1]);
			prev = p[0];
		}
		if (pid < 0)
			break;
	}
	if (prev >= 0)
		close(prev);
	return j;
}

int eval_pipe(struct node *n, int flags)
{
	int status;

	if (n->u.pipe.n == 1) {
		sh.noerrexit++;
		status = eval(n->u.pipe.cmds[0], flags);
		sh.noerrexit--;
	} else
		status = job_wait(start_pipeline(n, FORK_FG));
	return n->u.pipe.bang ? !status : status;
}

int eval_bg(struct node *n)
{
	struct job *j;
	int devnull = !sh.jobctl;

	if (n->type == N_PIPE && n->u.pipe.n > 1)
		j = start_pipeline(n, FORK_BG);
	else {
		j = job_new(n->text);
		if (job_fork(j, FORK_BG) == 0) {
			if (devnull)
				stdin_devnull();
			child_run(n);
		}
	}
	job_background(j);
	return 0;
}

int eval_subshell(struct node *n, int flags)
{
	struct job *j;

	if (!(flags & EV_EXIT)) {
		j = job_new(n->text);
		if (job_fork(j, FORK_FG) != 0)
			return job_wait(j);
	}
	if (redir_apply(n->redirs, NULL) < 0)
		sh_exit(1);
	child_run(n->u.body);
	return 0;
}

/*
 * cmdsub.c - command substitution: running $(...) in a child and
 * collecting what it writes.
 *
 * Entry point: cmdsub_run.  The caller strips the trailing newlines.
 */
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include "eval.h"
#include "jobs.h"
#include "out.h"
#include "sh.h"

/* Runs n with its output into out (NUL bytes dropped); its status. */
int cmdsub_run(struct node *n, struct strbuf *out)
{
	char buf[512];
	struct job *j;
	ssize_t r, i;
	int p[2];

	if (!n)
		return 0;
	if (pipe(p) < 0) {
		sh_warn("pipe: %s", strerror(errno));
		return 2;
	}
	j = job_new(NULL);
	if (job_fork(j, FORK_NOJOB) == 0) {
		close(p[0]);
		if (p[1] != 1) {
			dup2(p[1], 1);
			close(p[1]);
		}
		eval(n, EV_EXIT);
		sh_exit(sh.status);
	}
	close(p[1]);
	while ((r = read(p[0], buf, sizeof(buf))) != 0) {
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			break;
		for (i = 0; i < r; i++)
			if (buf[i] != '\0')
				sb_addc(out, buf[i]);
	}
	close(p[0]);
	return job_wait(j);
}

/*
 * jobctl.c - what the builtins wait, jobs, fg and bg do with jobs.
 *
 * Entry points: jobs_wait_all, jobs_wait_pid, jobs_wait_spec,
 * jobs_list, jobs_fg, jobs_bg.
 *
 * A wait is cut short by a signal that has a trap: it then returns
 * 128 + the signal, and the trap runs.
 */
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "jobs.h"
#include "jobs_int.h"
#include "out.h"
#include "sh.h"
#include "trap.h"

/* %n, %% or %+ (the newest), or a process id. */
static struct job *find_job(const char *spec)
{
	struct job *j, *found = NULL;
	struct proc *p;

	if (!spec || strcmp(spec, "%") == 0 || strcmp(spec, "%%") == 0
	    || strcmp(spec, "%+") == 0) {
		for (j = jobs; j; j = j->next)
			if (j->id && (!found || j->id > found->id))
				found = j;
		return found;
	}
	if (spec[0] == '%') {
		for (j = jobs; j; j = j->next)
			if (j->id && j->id == atoi(spec + 1))
				return j;
		return NULL;
	}
	p = find_proc((pid_t) atol(spec), &j);
	return p ? j : NULL;
}

/* Blocks for one child; returns 128+sig if a trapped signal came. */
static int wait_block(int *gone)
{
	int sig;

	*gone = 0;
	if (wait_one(1) >= 0)
		return 0;
	if (errno == EINTR && (sig = trap_pending()) != 0)
		return 128 + sig;
	*gone = errno == ECHILD;
	return 0;
}

static int any_running(void)
{
	struct job *j;

	for (j = jobs; j; j = j->next)
		if (j->id && job_state(j) == PS_RUNNING)
			return 1;
	return 0;
}

int jobs_wait_all(void)
{
	struct job *j, *next;
	int st, gone = 0;

	while (!gone && any_running())
		if ((st = wait_block(&gone)) != 0)
			return st;
	for (j = jobs; j; j = next) {
		next = j->next;
		if (j->id && job_state(j) == PS_DONE)
			job_free(j);
	}
	return 0;
}

int jobs_wait_pid(pid_t pid)
{
	struct job *j;
	struct proc *p = find_proc(pid, &j);
	int st, gone = 0;

	if (!p)
		return 127;
	while (!gone && p->state == PS_RUNNING)
		if ((st = wait_block(&gone)) != 0)
			return st;
	st = status_of(p->wstatus);
	if (job_state(j) == PS_DONE)
		job_free(j);
	return st;
}

int jobs_wait_spec(const char *spec)
{
	struct job *j = find_job(spec);
	int st, gone = 0;

	if (!j || spec[0] != '%') {
		sh_warn("wait: %s: no such job", spec);
		return 127;
	}
	while (!gone && job_state(j) == PS_RUNNING)
		if ((st = wait_block(&gone)) != 0)
			return st;
	st = last_status(j);
	if (job_state(j) == PS_DONE)
		job_free(j);
	return st;
}

int jobs_list(void)
{
	struct job *j, *next;
	int id, top = next_id();

	while (wait_one(0) > 0)
		;
	for (id = 1; id < top; id++)
		for (j = jobs; j; j = j->next)
			if (j->id == id)
				print_job(1, j);
	for (j = jobs; j; j = next) {
		next = j->next;
		if (j->id && job_state(j) == PS_DONE)
			job_free(j);
	}
	return 0;
}

/* Sends SIGCONT to a stopped job, counting its processes as running. */
static struct job *resume(const char *cmd, const char *spec)
{
	struct job *j = find_job(spec);
	int i;

	if (!sh.jobctl) {
		sh_warn("%s: no job control", cmd);
		return NULL;
	}
	if (!j) {
		sh_warn("%s: %s: no such job", cmd, spec ? spec : "current");
		return NULL;
	}
	for (i = 0; i < j->nprocs; i++)
		if (j->procs[i].state == PS_STOPPED)
			j->procs[i].state = PS_RUNNING;
	j->notified = 0;
	return j;
}

int jobs_fg(const char *spec)
{
	struct job *j = resume("fg", spec);

	if (!j)
		return 1;
	out_fmt(2, "%s\n", j->text);
	tcsetpgrp(sh.ttyfd, j->pgid);
	kill(-j->pgid, SIGCONT);
	return job_wait(j);
}

int jobs_bg(const char *spec)
{
	struct job *j = resume("bg", spec);

	if (!j)
		return 1;
	out_fmt(2, "[%d] %s &\n", j->id, j->text);
	kill(-j->pgid, SIGCONT);
	return 0;
}

/* kill %n: the whole job; its process group with job control. */
int jobs_kill(const char *spec, int sig)
{
	struct job *j = find_job(spec);
	int i, r = 0;

	if (!j) {
		sh_warn("kill: %s: no such job", spec);
		return -1;
	}
	if (j->pgid)
		return kill(-j->pgid, sig);
	for (i = 0; i < j->nprocs; i++)
		if (j->procs[i].state != PS_DONE && kill(j->procs[i].pid, sig))
			r = -1;
	return r;
}

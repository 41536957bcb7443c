/*
 * jobs.c - forking, process groups, the terminal, and waiting.
 *
 * Entry points: job_new, job_fork, job_wait (a foreground job),
 * job_background, jobs_notify (report finished jobs before a prompt).
 * The builtins that handle jobs are in jobctl.c.
 *
 * Every child the shell waits for belongs to a job, so one waitpid(-1)
 * loop serves all of them: a background job that ends while a
 * foreground one runs is recorded, not lost.  With job control (an
 * interactive shell) each job is a process group, and the foreground
 * one owns the terminal until it ends or stops.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#include "jobs.h"
#include "jobs_int.h"
#include "mem.h"
#include "out.h"
#include "sh.h"
#include "trap.h"

/* Finished jobs nobody waited for that a script may still ask about. */
#define MAX_DONE	100

struct job *jobs;

int status_of(int ws)
{
	if (WIFEXITED(ws))
		return WEXITSTATUS(ws);
	if (WIFSIGNALED(ws))
		return 128 + WTERMSIG(ws);
	if (WIFSTOPPED(ws))
		return 128 + WSTOPSIG(ws);
	return 0;
}

struct job *job_new(const char *text)
{
	struct job *j = xmalloc(sizeof(*j));

	memset(j, 0, sizeof(*j));
	j->text = xstrdup(text ? text : "");
	j->next = jobs;
	jobs = j;
	return j;
}

void job_free(struct job *j)
{
	struct job **pj;

	for (pj = &jobs; *pj; pj = &(*pj)->next) {
		if (*pj == j) {
			*pj = j->next;
			break;
		}
	}
	free(j->procs);
	free(j->text);
	free(j);
}

enum pstate job_state(struct job *j)
{
	int i, stopped = 0;

	for (i = 0; i < j->nprocs; i++) {
		if (j->procs[i].state == PS_RUNNING)
			return PS_RUNNING;
		stopped |= j->procs[i].state == PS_STOPPED;
	}
	return stopped ? PS_STOPPED : PS_DONE;
}

/* What a forked child does before anything else. */
static void child_setup(struct job *j, enum fork_mode mode)
{
	int jobctl = sh.jobctl;

	if (jobctl && mode != FORK_NOJOB) {
		pid_t pg = j->pgid ? j->pgid : getpid();
		setpgid(0, pg);
		if (mode == FORK_FG)
			tcsetpgrp(sh.ttyfd, pg);
	}
	sh.subshell++;
	sh.interactive = 0;
	sh.jobctl = 0;
	while (jobs)
		job_free(jobs);
	trap_child(mode == FORK_BG && !jobctl);
}

pid_t job_fork(struct job *j, enum fork_mode mode)
{
	pid_t pid = fork();

	if (pid < 0) {
		sh_warn("fork: %s", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		child_setup(j, mode);
		return 0;
	}
	/* Both sides set the group: neither may act before it exists. */
	if (sh.jobctl && mode != FORK_NOJOB) {
		if (!j->pgid)
			j->pgid = pid;
		setpgid(pid, j->pgid);
		if (mode == FORK_FG)
			tcsetpgrp(sh.ttyfd, j->pgid);
	}
	j->procs = xrealloc(j->procs,
		sizeof(*j->procs) * (size_t) (j->nprocs + 1));
	j->procs[j->nprocs].pid = pid;
	j->procs[j->nprocs].wstatus = 0;
	j->procs[j->nprocs++].state = PS_RUNNING;
	return pid;
}

struct proc *find_proc(pid_t pid, struct job **jp)
{
	struct job *j;
	int i;

	for (j = jobs; j; j = j->next)
		for (i = 0; i < j->nprocs; i++)
			if (j->procs[i].pid == pid) {
				*jp = j;
				return &j->procs[i];
			}
	return NULL;
}

/* Collects one child's news; -1 with errno EINTR or ECHILD, 0 if none. */
pid_t wait_one(int block)
{
	struct job *j;
	struct proc *p;
	int ws;
	pid_t pid = waitpid(-1, &ws, (block ? 0 : WNOHANG)
		| (sh.jobctl ? WUNTRACED : 0));

	if (pid <= 0)
		return pid;
	if ((p = find_proc(pid, &j)) != NULL) {
		p->wstatus = ws;
		p->state = WIFSTOPPED(ws) ? PS_STOPPED : PS_DONE;
	}
	return pid;
}

/* Drops the oldest finished background jobs beyond MAX_DONE. */
static void forget_old(void)
{
	struct job *j, *oldest;
	int n;

	for (;;) {
		n = 0;
		oldest = NULL;
		for (j = jobs; j; j = j->next)
			if (j->id && job_state(j) == PS_DONE) {
				n++;
				oldest = j;
			}
		if (n <= MAX_DONE)
			return;
		job_free(oldest);
	}
}

int last_status(struct job *j)
{
	return status_of(j->procs[j->nprocs - 1].wstatus);
}

int next_id(void)
{
	struct job *j;
	int id = 0;

	for (j = jobs; j; j = j->next)
		if (j->id > id)
			id = j->id;
	return id + 1;
}

/* An interactive user hears how a foreground job ended abnormally. */
static void report_fg_end(struct job *j)
{
	int ws = j->procs[j->nprocs - 1].wstatus;

	if (!sh.interactive || !WIFSIGNALED(ws))
		return;
	if (WTERMSIG(ws) == SIGINT) {
		out_str(2, "\n");
		sh.status = 128 + SIGINT;
		sh.skip = SKIP_ABORT;	/* ^C ends the whole line */
	}
	else if (WTERMSIG(ws) != SIGPIPE)
		out_fmt(2, "%s\n", strsignal(WTERMSIG(ws)));
}

/* Waits for a foreground job to end or stop; returns its status. */
int job_wait(struct job *j)
{
	int status;

	while (j->nprocs > 0 && job_state(j) == PS_RUNNING)
		if (wait_one(1) < 0 && errno == ECHILD)
			break;
	if (sh.jobctl && j->pgid)
		tcsetpgrp(sh.ttyfd, sh.pgid);
	if (j->nprocs == 0) {		/* the fork failed */
		job_free(j);
		return 2;
	}
	status = last_status(j);
	if (job_state(j) == PS_STOPPED) {
		if (!j->id)
			j->id = next_id();
		j->notified = 1;
		out_fmt(2, "\n[%d]+  Stopped  %s\n", j->id, j->text);
		return status;
	}
	report_fg_end(j);
	job_free(j);
	return status;
}

void job_background(struct job *j)
{
	j->id = next_id();
	sh.lastbg = j->procs[j->nprocs - 1].pid;
	if (sh.interactive)
		out_fmt(2, "[%d] %ld\n", j->id, (long) sh.lastbg);
	while (wait_one(0) > 0)
		;
	forget_old();
}

static const char *state_text(struct job *j, char *buf, size_t n)
{
	int st;

	switch (job_state(j)) {
	case PS_RUNNING:
		return "Running";
	case PS_STOPPED:
		return "Stopped";
	default:
		break;
	}
	st = last_status(j);
	if (st == 0)
		return "Done";
	if (st > 128)
		return strsignal(st - 128);
	snprintf(buf, n, "Done(%d)", st);
	return buf;
}

void print_job(int fd, struct job *j)
{
	char buf[32];

	out_fmt(fd, "[%d]  %-10s %s\n", j->id, state_text(j, buf, sizeof(buf)),
		j->text);
}

/* Before a prompt: which background jobs ended or stopped. */
void jobs_notify(void)
{
	struct job *j, *next;

	while (wait_one(0) > 0)
		;
	for (j = jobs; j; j = next) {
		next = j->next;
		if (!j->id)
			continue;
		if (job_state(j) == PS_DONE) {
			print_job(2, j);
			job_free(j);
		} else if (job_state(j) == PS_STOPPED && !j->notified) {
			print_job(2, j);
			j->notified = 1;
		}
	}
}

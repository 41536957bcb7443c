/*
 * jobs.h - child processes, grouped into jobs (one per pipeline).
 */
#ifndef SH_JOBS_H
#define SH_JOBS_H

#include <sys/types.h>

enum fork_mode {
	FORK_FG,	/* a foreground job: gets the terminal */
	FORK_BG,	/* a background job (&) */
	FORK_NOJOB	/* $(...), here-document writer: stays in our group */
};

struct job;

struct job *job_new(const char *text);
pid_t job_fork(struct job *j, enum fork_mode mode);
int job_wait(struct job *j);
void job_background(struct job *j);

void jobs_notify(void);
int jobs_wait_all(void);
int jobs_wait_pid(pid_t pid);
int jobs_wait_spec(const char *spec);
int jobs_list(void);
int jobs_fg(const char *spec);
int jobs_bg(const char *spec);
int jobs_kill(const char *spec, int sig);
int status_of(int wstatus);

#endif

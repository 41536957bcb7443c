/*
 * jobs_int.h - the job table, shared by jobs.c and jobctl.c only.
 */
#ifndef SH_JOBS_INT_H
#define SH_JOBS_INT_H

#include <stddef.h>
#include <sys/types.h>

enum pstate { PS_RUNNING, PS_STOPPED, PS_DONE };

struct proc {
	pid_t pid;
	int wstatus;
	enum pstate state;
};

struct job {
	int id;			/* %n; 0 until it runs in the background */
	pid_t pgid;
	struct proc *procs;
	int nprocs;
	char *text;
	int notified;		/* a stop was reported */
	struct job *next;
};

extern struct job *jobs;

void job_free(struct job *j);
struct proc *find_proc(pid_t pid, struct job **jp);
enum pstate job_state(struct job *j);
pid_t wait_one(int block);
int last_status(struct job *j);
int next_id(void);
void print_job(int fd, struct job *j);

#endif

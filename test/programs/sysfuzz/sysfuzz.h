/*
 * sysfuzz.h - what the system call fuzzer's files share.
 *
 * main.c runs the phases and the checks, regress.c the calls found to
 * crash a server, worker.c one worker's sequence
 * (in runner processes it forks), calls.c the table of calls and how
 * one is made, args.c the argument generators, census.c the counts of
 * every server's resources that must come back after a run.
 */
#ifndef SYSFUZZ_H
#define SYSFUZZ_H

#include <stdint.h>
#include <stdbool.h>
#include <minix/ipc.h>

#define FUZZ_UID	1000		/* the ordinary user runners become */
#define LOG_FD		62		/* -v lines go here (stdout's copy) */
#define PROG_FD		63		/* a byte per call: the runner lives */
#define SCRATCH		"/tmp/sysfuzz"	/* the workers' files */
#define BUF_SIZE	8192		/* the runner's good buffer */
#define MAX_ARGS	12		/* payload words a call's kinds fill */

struct options {
	uint32_t seed;
	int iters;			/* calls per worker and phase */
	int workers;
	bool root;			/* runners stay root (safe calls only) */
	bool verbose;
	int only;			/* replay one worker (-1: all) */
	bool regress;			/* -R: only the cases once found */
};

/* A worker's figures for a phase, which it prints: calls started,
 * runners forked, runners killed for making no progress, runners that
 * did not exit 0 (a call killed or crashed them: not a failure). */
struct wstats {
	int calls, runners, stuck, died;
};

/* args.c: the generators.  rng_* are the runner's random numbers. */
void rng_seed(uint32_t seed);
uint32_t rng(void);
uint32_t rng_below(uint32_t n);
uint32_t mix(uint32_t a, uint32_t b);
void args_init(int worker, int nworkers, bool root);
void args_fill(uint8_t kind, uint32_t *w, int *used);
uint32_t any_word(void);

/* calls.c: one random call, made and (with -v) logged. */
int calls_count(void);
void call_one(int worker, int chunk, int i, bool root, bool verbose);

/* regress.c: the cases found; returns the failures. */
int regress_run(int first);
int regress_count(void);

/* worker.c */
void worker_run(const struct options *o, int worker, int phase,
	struct wstats *ws);

/* census.c: a snapshot of what the servers hold. */
#define CENSUS_MAX	160
struct census {
	int n;
	struct { char name[40]; long value; bool memory; } item[CENSUS_MAX];
};
int census_take(struct census *c);
int census_compare(const struct census *before, const struct census *after,
	bool memory_too, bool quiet);

/* Where each argument's kinds live (args.c). */
enum kind {
	K_NONE, K_WORD, K_INT, K_FD, K_PTR, K_LEN, K_PATH, K_FLAGS,
	K_MODE, K_SIG, K_PID, K_ID, K_I64, K_WHENCE, K_FCNTL, K_IOCTL,
	K_DOMAIN, K_SOCKTYPE, K_SOCKADDR, K_TICKS, K_SIGSET, K_HOW,
	K_LABEL, K_PRIO_WHICH, K_DEV, K_LINKTARGET, K_NFDS,
};

#endif

/*
 * sysfuzz - the system call fuzzer: every call of PM and VFS, and raw
 * messages to every server a program can reach, with bad arguments, in
 * random sequences from several processes at once.  docs/faults.md.
 *
 * usage: sysfuzz [-v] [-r] [-w WORKERS] [-n CALLS] [-o WORKER] [SEED]
 *        sysfuzz -R
 *
 * Runs as root; its runners become uid 1000 unless -r (root: only calls
 * that cannot hurt the system, calls.c).  Two phases of CALLS calls per
 * worker (WORKERS workers at once, each with its own seed derived from
 * SEED); after each, every count of census.c must be back where it was
 * before the first, and after the second no server may hold more
 * memory than after the first: a leak that grows with the calls shows.
 * Then no service may have restarted and every server must answer.
 * -R makes only the calls that once crashed a server (regress.c).
 * -v prints each call (worker.chunk.call, its name, type and first
 * words) and its answer; -o runs only that worker, to replay it.
 * Prints one line per check and "N passed, N failed".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <minix/com.h>
#include "sysfuzz.h"

#define SETTLE_TRIES	50	/* of 200 ms: exits and closes finishing */

static int passed, failed;

static void check(bool ok, const char *what)
{
	printf("%s %d %s\n", ok ? "ok" : "not ok", passed + failed + 1, what);
	if (ok)
		passed++;
	else
		failed++;
}

static void usage(void)
{
	fprintf(stderr, "usage: sysfuzz [-v] [-r] [-w WORKERS] [-n CALLS] "
		"[-o WORKER] [SEED]\n       sysfuzz -R\n");
	exit(2);
}

static void options(int argc, char **argv, struct options *o)
{
	int c;

	memset(o, 0, sizeof(*o));
	o->seed = 1;
	o->iters = 250;
	o->workers = 4;
	o->only = -1;
	while ((c = getopt(argc, argv, "vrRw:n:o:")) != -1) {
		switch (c) {
		case 'R': o->regress = true; break;
		case 'v': o->verbose = true; break;
		case 'r': o->root = true; break;
		case 'w': o->workers = atoi(optarg); break;
		case 'n': o->iters = atoi(optarg); break;
		case 'o': o->only = atoi(optarg); break;
		default: usage();
		}
	}
	if (optind < argc)
		o->seed = (uint32_t) strtoul(argv[optind++], NULL, 0);
	if (optind != argc || o->workers < 1 || o->workers > 16
	    || o->iters < 1 || o->only >= o->workers)
		usage();
}

static void scratch(int workers)
{
	char dir[64];
	int w;

	(void) system("rm -rf " SCRATCH);
	(void) mkdir(SCRATCH, 0777);
	(void) chmod(SCRATCH, 0777);
	for (w = 0; w < workers; w++) {
		snprintf(dir, sizeof(dir), "%s/w%d", SCRATCH, w);
		(void) mkdir(dir, 0777);
		(void) chmod(dir, 0777);
	}
}

/* One phase: the workers at once; their figures summed on stdout. */
static void phase(const struct options *o, int ph)
{
	struct wstats ws;
	int w, status, calls = 0;
	pid_t pid;

	for (w = 0; w < o->workers; w++) {
		if (o->only >= 0 && w != o->only)
			continue;
		if ((pid = fork()) < 0) {
			perror("sysfuzz: fork");
			exit(1);
		}
		if (pid == 0) {
			worker_run(o, w, ph, &ws);
			printf("sysfuzz: phase %d worker %d: %d calls, %d "
				"runners, %d stuck, %d died\n", ph, w, ws.calls,
				ws.runners, ws.stuck, ws.died);
			exit(0);
		}
	}
	while ((pid = wait(&status)) > 0)
		calls++;
	printf("sysfuzz: phase %d: %d workers done\n", ph, calls);
}

/* The census once every runner's exit has been dealt with: retried
 * until it matches base (or SETTLE_TRIES). */
static void settle(const struct census *base, struct census *now)
{
	int i;

	for (i = 0; i < SETTLE_TRIES; i++) {
		if (census_take(now) == 0
		    && census_compare(base, now, false, true) == 0)
			return;
		usleep(200000);
	}
}

/* Do the servers a program reaches still answer? */
static bool answers(endpoint_t ep, int base)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = base + 999;			/* unknown: an error back */
	return ipc_sendrec(ep, &m) == OK && m.m_type < 0;
}

int main(int argc, char **argv)
{
	struct census base, after1, after2;
	struct options o;

	options(argc, argv, &o);
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (getuid() != 0) {
		fprintf(stderr, "sysfuzz: must run as root\n");
		return 2;
	}
	if (o.regress) {
		failed = regress_run(1);
		printf("%d passed, %d failed\n", regress_count() - failed,
			failed);
		return failed != 0;
	}
	printf("sysfuzz: seed %u, %d workers, %d calls each per phase, "
		"runners as %s, %d calls known\n", (unsigned) o.seed,
		o.workers, o.iters, o.root ? "root" : "uid 1000",
		calls_count());
	if (dup2(1, LOG_FD) != LOG_FD)
		return 2;
	scratch(o.workers);
	if (census_take(&base) != 0) {
		printf("sysfuzz: cannot take the census\n");
		return 1;
	}
	phase(&o, 1);
	settle(&base, &after1);
	check(census_compare(&base, &after1, false, false) == 0,
		"every_count_back_after_phase_1");
	phase(&o, 2);
	settle(&base, &after2);
	check(census_compare(&base, &after2, false, false) == 0,
		"every_count_back_after_phase_2");
	check(census_compare(&after1, &after2, true, false) == 0,
		"no_memory_grew_in_phase_2");
	check(answers(PM_PROC_EP, PM_BASE) && getpid() > 0,
		"pm_answers");
	check(answers(VFS_PROC_EP, VFS_BASE) && access("/etc/rc", R_OK) == 0,
		"vfs_answers");
	check(answers(RS_PROC_EP, RS_BASE), "rs_answers");
	check(answers(DS_PROC_EP, DS_BASE), "ds_answers");
	(void) system("rm -rf " SCRATCH);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

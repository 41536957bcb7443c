/*
 * worker.c - one worker: its calls, made by runner processes it forks.
 *
 * A worker's calls come in chunks of CHUNK; each chunk is made by a new
 * runner (a child of the worker, an ordinary user unless -r, in a session
 * of its own, its cwd its scratch directory), from a seed of the run's
 * seed, the worker, the phase and the chunk, so a chunk is the same on
 * every run.  A call may kill, stop or replace its runner, or block it:
 * a 300 ms alarm interrupts a waiting call, and a runner that sends no
 * progress byte for STUCK_MS is killed.  Either way the next chunk
 * starts in a new runner.  Entry point: worker_run.
 */
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include "sysfuzz.h"

#define CHUNK		32
#define STUCK_MS	3000

static void on_alarm(int sig)
{
	(void) sig;			/* only to end a blocked call */
}

/* The runner's world: who it is, where, what it has open. */
static void runner_setup(const struct options *o, int worker)
{
	struct sigaction sa;
	char dir[64];
	int fd, p[2];

	(void) setsid();
	if (!o->root && (setgid(FUZZ_UID) != 0 || setuid(FUZZ_UID) != 0))
		_exit(2);
	snprintf(dir, sizeof(dir), "%s/w%d", SCRATCH, worker);
	(void) chdir(dir);
	for (fd = 0; fd < 3; fd++)
		(void) close(fd);
	(void) open("/dev/null", O_RDWR);
	(void) dup(0);
	(void) dup(0);
	(void) open("f", O_RDWR | O_CREAT, 0666);		/* 3 */
	(void) pipe(p);						/* 4, 5 */
	(void) socket(AF_INET, SOCK_DGRAM, 0);			/* 6 */
	(void) socket(AF_INET, SOCK_STREAM, 0);			/* 7 */
	(void) open(".", O_RDONLY);				/* 8 */
	(void) fcntl(LOG_FD, F_SETFD, FD_CLOEXEC);
	(void) fcntl(PROG_FD, F_SETFD, FD_CLOEXEC);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_alarm;
	(void) sigaction(SIGALRM, &sa, NULL);
	args_init(worker, o->workers, o->root);
}

static void runner(const struct options *o, int worker, int phase,
	int chunk, int calls)
{
	int i;

	runner_setup(o, worker);
	rng_seed(mix(mix(o->seed, worker), phase * 100000 + chunk));
	for (i = 0; i < calls; i++) {
		(void) write(PROG_FD, "", 1);
		call_one(worker, chunk, i, o->root, o->verbose);
	}
	_exit(0);
}

/* Wait for a runner's end (its progress pipe closed) or kill it if it
 * makes no progress; returns calls made, counts stuck and died ones. */
static int watch(pid_t pid, int fd, struct wstats *ws)
{
	struct pollfd pfd = { fd, POLLIN, 0 };
	char buf[64];
	int n, calls = 0, status = 0;

	for (;;) {
		n = poll(&pfd, 1, STUCK_MS);
		if (n < 0 && errno == EINTR)
			continue;
		if (n <= 0) {
			(void) kill(pid, SIGKILL);
			ws->stuck++;
			break;
		}
		if ((n = read(fd, buf, sizeof(buf))) <= 0)
			break;
		calls += n;
	}
	for (n = 0; waitpid(pid, &status, WNOHANG) == 0; n++) {
		if (n == 30)			/* it became another program */
			(void) kill(pid, SIGKILL);
		usleep(100000);
	}
	if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		ws->died++;
	return calls;
}

void worker_run(const struct options *o, int worker, int phase,
	struct wstats *ws)
{
	int chunk, left, p[2];
	pid_t pid;

	memset(ws, 0, sizeof(*ws));
	for (chunk = 0, left = o->iters; left > 0; chunk++, left -= CHUNK) {
		if (pipe(p) != 0)
			return;
		if ((pid = fork()) < 0) {
			close(p[0]);
			close(p[1]);
			return;
		}
		if (pid == 0) {
			close(p[0]);
			if (p[1] != PROG_FD) {
				(void) dup2(p[1], PROG_FD);
				close(p[1]);
			}
			runner(o, worker, phase, chunk,
				left < CHUNK ? left : CHUNK);
		}
		close(p[1]);
		ws->runners++;
		ws->calls += watch(pid, p[0], ws);
		close(p[0]);
	}
}

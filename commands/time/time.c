/*
 * time - run a utility and say how long it took.
 *
 *	time [-p] utility [argument...]
 *
 * When the utility ends, its elapsed (real) time and the processor
 * time it and its children spent in user mode and in the system go to
 * standard error, in seconds: "real 1.52" and so on with -p (POSIX's
 * format), "real 0m1.52s" and so on without.  The clock counts in
 * ticks (100 a second on Resurgo).  The status is the utility's (128
 * plus the signal if one killed it), 126 if it cannot be run, 127 if
 * it is not found.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/times.h>
#include <sys/wait.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: time [-p] utility [argument...]\n", stderr);
	exit(1);
}

static void show(const char *what, clock_t ticks, long hz, int posix)
{
	double s = (double) ticks / (double) hz;

	if (posix)
		fprintf(stderr, "%s %.2f\n", what, s);
	else
		fprintf(stderr, "%-4s %ldm%.2fs\n", what, (long) (s / 60),
		    s - 60 * (long) (s / 60));
}

/* Fork and exec; an exec failure's errno comes back through a pipe. */
static pid_t start(char **argv, int *err)
{
	int fds[2];
	pid_t pid;

	if (pipe(fds) < 0 || (pid = fork()) < 0) {
		perror("time");
		exit(1);
	}
	if (pid == 0) {
		close(fds[0]);
		fcntl(fds[1], F_SETFD, FD_CLOEXEC);
		execvp(argv[0], argv);
		*err = errno;
		(void) write(fds[1], err, sizeof(*err));
		_exit(127);
	}
	close(fds[1]);
	if (read(fds[0], err, sizeof(*err)) != (ssize_t) sizeof(*err))
		*err = 0;
	close(fds[0]);
	return pid;
}

int main(int argc, char **argv)
{
	long hz = sysconf(_SC_CLK_TCK);
	int c, posix = 0, st, err;
	struct tms before, after;
	clock_t t0, t1;
	pid_t pid;

	while ((c = getopt(argc, argv, "+p")) != -1) {
		if (c != 'p')
			usage();
		posix = 1;
	}
	if (optind == argc)
		usage();
	t0 = times(&before);
	pid = start(argv + optind, &err);
	while (waitpid(pid, &st, 0) < 0)
		if (errno != EINTR) {
			perror("time");
			return 1;
		}
	t1 = times(&after);
	if (err != 0) {
		fprintf(stderr, "time: %s: %s\n", argv[optind], strerror(err));
		return err == ENOENT ? 127 : 126;
	}
	show("real", t1 - t0, hz, posix);
	show("user", after.tms_cutime - before.tms_cutime, hz, posix);
	show("sys", after.tms_cstime - before.tms_cstime, hz, posix);
	return WIFSIGNALED(st) ? 128 + WTERMSIG(st) : WEXITSTATUS(st);
}

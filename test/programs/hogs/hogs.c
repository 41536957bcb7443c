/*
 * hogs - take all of a shared resource, as an ordinary user could, and
 * hold it until told to let go.
 *
 *	hogs procs FILE		fork until refused
 *	hogs files FILE		open until refused (children, each to its
 *				own limit, until the system's table is full)
 *	hogs memory FILE	allocate until refused (children, each to its
 *				own limit, until the system has no more)
 *
 * Prints how much it got and how it was refused, then holds everything
 * until FILE exists, then lets go and says so.  test_security.py runs it
 * as ast and checks that root can still work meanwhile: the system keeps
 * the last of each resource for root.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

#define MAX_CHILDREN	512

static pid_t children[MAX_CHILDREN];
static int nchildren;

/* Open /dev/null until refused; how many, and the error in *err. */
static int open_all(int *err)
{
	int n = 0;

	while (open("/dev/null", O_RDONLY) >= 0)
		n++;
	*err = errno;
	return n;
}

/* Grow the heap a page at a time until refused; KiB taken. */
static int grow_all(int *err)
{
	int kib = 0;
	char *p;

	while ((p = sbrk(4096)) != (void *) -1) {
		p[0] = 1;
		kib += 4;
	}
	*err = errno;
	return kib;
}

enum what { PROCS, FILES, MEMORY };

/* A child that takes its share (files: opens all it may; memory: grows
 * all it may), reports it through the pipe, and waits to be killed. */
static pid_t holder(int report, enum what what)
{
	int got[2] = { 0, 0 };
	pid_t pid = fork();

	if (pid != 0)
		return pid;
	if (what == FILES)
		got[0] = open_all(&got[1]);
	if (what == MEMORY)
		got[0] = grow_all(&got[1]);
	(void) write(report, got, sizeof(got));
	for (;;)
		pause();
}

/* Children until fork, open or the heap says no; prints the totals. */
static void take(enum what what)
{
	int fds[2], got[2], total = 0, err = 0;
	pid_t pid;

	if (pipe(fds) < 0)
		exit(1);
	while (nchildren < MAX_CHILDREN) {
		if ((pid = holder(fds[1], what)) < 0) {
			err = errno;
			break;
		}
		children[nchildren++] = pid;
		if (read(fds[0], got, sizeof(got)) != sizeof(got))
			exit(1);
		total += got[0];
		if (what == FILES && got[1] == ENFILE) {
			err = ENFILE;
			break;
		}
		if (what == MEMORY && got[0] == 0) {
			err = got[1];	/* nothing left for a user */
			break;
		}
	}
	if (what == FILES)
		printf("files: %d open, then %s\n", total, strerror(err));
	else if (what == MEMORY)
		printf("memory: %d KiB, then %s\n", total,
			strerror(err));
	else
		printf("procs: %d forked, then %s\n", nchildren,
			strerror(err));
	fflush(stdout);
}

int main(int argc, char **argv)
{
	static const char *const names[] = { "procs", "files", "memory" };
	int i, what;

	for (what = 0; argc == 3 && what < 3; what++)
		if (strcmp(argv[1], names[what]) == 0)
			break;
	if (argc != 3 || what == 3) {
		fprintf(stderr, "usage: hogs procs|files|memory FILE\n");
		return 2;
	}
	take((enum what) what);
	while (access(argv[2], F_OK) < 0)
		sleep(1);
	for (i = 0; i < nchildren; i++)
		kill(children[i], SIGKILL);
	for (i = 0; i < nchildren; i++)
		(void) waitpid(children[i], NULL, 0);
	printf("hogs: let go\n");
	return 0;
}

/*
 * faultytest.c - make the faulty driver fail on purpose (see
 * <minix/faulty.h>), for the recovery tests.
 *
 * usage: faultytest crash|hang|exit|assert|failinit|select
 * Prints what the ioctl returned: the driver dies before it answers, so
 * VFS ends the call with EIO once RS has brought the driver back.
 * "select" crashes the driver while a child waits in select(2) for
 * /dev/faulty to be readable (it never is): the child is woken when the
 * driver comes back, the descriptor reported ready.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <signal.h>
#include <stdint.h>
#include <sys/ioctl.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <minix/faulty.h>

#define DEVICE		"/dev/faulty"
#define PATIENCE	60	/* seconds: never hang the test for ever */

static int open_device(void)
{
	int fd;

	if ((fd = open(DEVICE, O_RDONLY)) < 0)
		perror("faultytest: " DEVICE);
	return fd;
}

/* Wait in select for fd to be readable; report what woke us. */
static int select_child(int fd)
{
	fd_set rs;
	int r;

	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	alarm(PATIENCE);
	r = select(fd + 1, &rs, NULL, NULL, NULL);
	if (r < 0) {
		printf("faultytest: select: %s\n", strerror(errno));
		return 1;
	}
	printf("faultytest: select: %d ready, %s\n", r,
		FD_ISSET(fd, &rs) ? "readable" : "not readable");
	return 0;
}

/* Wait until a select waits at the driver: it counts them. */
static int select_waiting(int fd)
{
	uint32_t n = 0;

	alarm(PATIENCE);
	while (n == 0) {
		if (ioctl(fd, FAULTY_SELECTS, &n) < 0) {
			perror("faultytest: selects");
			return -1;
		}
	}
	alarm(0);
	return 0;
}

/* Crash the driver while a child waits in select on it. */
static int crash_under_select(void)
{
	int fd, r, status = 0;
	pid_t pid;

	if ((fd = open_device()) < 0)
		return 1;
	fflush(stdout);
	if ((pid = fork()) == 0)
		_exit(select_child(fd));
	if (pid < 0 || select_waiting(fd) != 0)
		return 1;
	r = ioctl(fd, FAULTY_CRASH, NULL);
	printf("faultytest: crash: %s\n", r < 0 ? strerror(errno) : "no error");
	fflush(stdout);
	if (waitpid(pid, &status, 0) != pid)
		return 1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 1;
}

int main(int argc, char **argv)
{
	static const struct { const char *name; unsigned long req; } ops[] = {
		{ "crash", FAULTY_CRASH }, { "hang", FAULTY_HANG },
		{ "exit", FAULTY_EXIT }, { "assert", FAULTY_ASSERT },
		{ "failinit", FAULTY_FAILINIT },
	};
	size_t i;
	int fd, r;

	if (argc != 2)
		goto usage;
	if (strcmp(argv[1], "select") == 0)
		return crash_under_select();
	for (i = 0; i < sizeof(ops) / sizeof(ops[0]); i++) {
		if (strcmp(argv[1], ops[i].name) != 0)
			continue;
		if ((fd = open_device()) < 0)
			return 1;
		r = ioctl(fd, ops[i].req, NULL);
		printf("faultytest: %s: %s\n", argv[1],
			r < 0 ? strerror(errno) : "no error");
		close(fd);
		return 0;
	}
usage:
	fprintf(stderr,
		"usage: faultytest crash|hang|exit|assert|failinit|select\n");
	return 2;
}

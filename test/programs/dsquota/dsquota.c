/*
 * dsquota - what an ordinary program may do to the data store.
 *
 *	dsquota names		a service's names are refused to us
 *	dsquota fill		publish keys until DS says no
 *	dsquota churn N		N children in turn fill their share and end
 *	dsquota hold N FILE	N children fill their shares and keep them
 *				until FILE exists
 *
 * Run as an ordinary user (su ast -c ...).  Each line says what was
 * tried and what DS answered, for test/qemu/test_security.py to check:
 * a user cannot take a driver's keys before the driver starts, cannot
 * fill DS for the services, and what a process held goes with it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <signal.h>
#include <sys/wait.h>
#include <minix/syslib.h>
#include <minix/ds.h>

static const char *answer(int r)
{
	return r == OK ? "OK" : strerror(-r);
}

static int names(void)
{
	static const char *const keys[] = {
		DS_DRV_VFS "hello", DS_DRV_NET "e1000", "hello.state",
		"pci.owner.00:03.0", "rs", "user.mine",
	};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		printf("publish %s: %s\n", keys[i],
			answer(ds_publish_u32(keys[i], 1, DSF_OVERWRITE)));
	return 0;
}

/* Publish user.<tag>.<n> until refused; returns how many were taken. */
static int fill(const char *tag, int *last)
{
	char key[DS_MAX_KEYLEN];
	int n, r = OK;

	for (n = 0; n < 1000; n++) {
		snprintf(key, sizeof(key), "user.%s.%d", tag, n);
		if ((r = ds_publish_u32(key, n, 0)) != OK)
			break;
	}
	*last = r;
	return n;
}

static int churn(int children)
{
	char tag[16];
	int i, n, last, status, total = 0;
	pid_t pid;

	for (i = 0; i < children; i++) {
		if ((pid = fork()) < 0)
			return 1;
		if (pid == 0) {
			snprintf(tag, sizeof(tag), "c%d", i);
			n = fill(tag, &last);
			_exit(n);
		}
		if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status))
			return 1;
		total += WEXITSTATUS(status);
	}
	printf("churn: %d children published %d keys\n", children, total);
	return 0;
}

/* Children that fill their share and hold it, all at once: together
 * they get no more than ordinary processes' part of DS. */
static int hold(int children, const char *until)
{
	int fds[2], i, n, last, total = 0;
	pid_t pids[64];

	if (children < 1 || children > 64 || pipe(fds) < 0)
		return 1;
	for (i = 0; i < children; i++) {
		if ((pids[i] = fork()) < 0)
			return 1;
		if (pids[i] == 0) {
			char tag[16];
			snprintf(tag, sizeof(tag), "h%d", i);
			n = fill(tag, &last);
			(void) write(fds[1], &n, sizeof(n));
			for (;;)
				pause();
		}
	}
	for (i = 0; i < children; i++) {
		if (read(fds[0], &n, sizeof(n)) != sizeof(n))
			return 1;
		total += n;
	}
	printf("hold: %d children hold %d keys\n", children, total);
	fflush(stdout);
	while (access(until, F_OK) < 0)
		sleep(1);
	for (i = 0; i < children; i++) {
		kill(pids[i], SIGKILL);
		(void) waitpid(pids[i], NULL, 0);
	}
	printf("hold: released\n");
	return 0;
}

int main(int argc, char **argv)
{
	int n, last;

	if (argc == 2 && strcmp(argv[1], "names") == 0)
		return names();
	if (argc == 2 && strcmp(argv[1], "fill") == 0) {
		n = fill("fill", &last);
		printf("fill: %d keys, then %s\n", n, answer(last));
		return 0;
	}
	if (argc == 3 && strcmp(argv[1], "churn") == 0)
		return churn(atoi(argv[2]));
	if (argc == 4 && strcmp(argv[1], "hold") == 0)
		return hold(atoi(argv[2]), argv[3]);
	fprintf(stderr, "usage: dsquota names | fill | churn N"
	    " | hold N FILE\n");
	return 2;
}

/*
 * churn.c - make the servers work N times over, and say whether a call
 * costs the same at the end as at the start.
 *
 * usage: churn lookup|create|exec N
 *	lookup	stat() of a path three directories deep (VFS and MFS
 *		look up every name)
 *	create	create, write and unlink a file
 *	exec	fork, exec /bin/true and wait
 * Prints "churn: KIND N: first B calls X instructions each, last B Y"
 * where B is a tenth of N and the counts are the TSC's (guest
 * instructions under QEMU -icount).  A cost that grows with uptime, such
 * as a table that leaks entries and is searched, shows as Y > X; the
 * tests also compare the servers' grants and memory before and after.
 * Exits 0 when every call succeeded, 1 when one failed, 2 on bad usage.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <minix/tsc.h>

#define DEEP	"/tmp/churn/a/b/c"
#define SCRATCH	"/tmp/churn/f"

static int lookup_once(void)
{
	struct stat st;

	return stat(DEEP, &st);
}

static int create_once(void)
{
	int fd = open(SCRATCH, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || write(fd, "churn\n", 6) != 6 || close(fd) < 0)
		return -1;
	return unlink(SCRATCH);
}

static int exec_once(void)
{
	int status;
	pid_t pid = fork();

	if (pid < 0)
		return -1;
	if (pid == 0) {
		execl("/bin/true", "true", (char *) NULL);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)
	    || WEXITSTATUS(status) != 0)
		return -1;
	return 0;
}

/* Run one call n times; the instructions per call of the first and the
 * last batch of a tenth each. */
static int churn(int (*once)(void), long n, uint64_t *first, uint64_t *last)
{
	long batch = n / 10 > 0 ? n / 10 : 1, i;
	uint64_t t0 = 0;

	for (i = 0; i < n; i++) {
		if (i == 0 || i == n - batch)
			t0 = read_tsc();
		if (once() < 0) {
			printf("churn: call %ld failed: %s\n", i, strerror(errno));
			return -1;
		}
		if (i == batch - 1)
			*first = (read_tsc() - t0) / batch;
		if (i == n - 1)
			*last = (read_tsc() - t0) / batch;
	}
	return 0;
}

static void setup(void)
{
	(void) mkdir("/tmp/churn", 0755);
	(void) mkdir("/tmp/churn/a", 0755);
	(void) mkdir("/tmp/churn/a/b", 0755);
	(void) mkdir(DEEP, 0755);
}

int main(int argc, char **argv)
{
	static const struct { const char *name; int (*once)(void); } kinds[] = {
		{ "lookup", lookup_once }, { "create", create_once },
		{ "exec", exec_once },
	};
	uint64_t first = 0, last = 0;
	char *end;
	long n;
	size_t k;

	if (argc != 3 || (n = strtol(argv[2], &end, 10)) <= 0 || *end != '\0')
		goto usage;
	for (k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++)
		if (strcmp(argv[1], kinds[k].name) == 0)
			break;
	if (k == sizeof(kinds) / sizeof(kinds[0]))
		goto usage;
	setup();
	if (churn(kinds[k].once, n, &first, &last) < 0)
		return 1;
	printf("churn: %s %ld: first %ld calls %llu instructions each, "
		"last %ld %llu\n", argv[1], n, n / 10 > 0 ? n / 10 : 1,
		(unsigned long long) first, n / 10 > 0 ? n / 10 : 1,
		(unsigned long long) last);
	return 0;
usage:
	fprintf(stderr, "usage: churn lookup|create|exec N\n");
	return 2;
}

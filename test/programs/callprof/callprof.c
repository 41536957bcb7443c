/*
 * callprof.c - one system call, repeated, for tools/sysprof to trace.
 *
 * usage: callprof getpid|fstat|read1|open [N]
 *
 * Warms the caches, prints "callprof: ready", then makes the call N times
 * (forever unless said), calling prof_mark() before each one.  sysprof
 * stops at prof_mark with the gdb stub and single-steps to the next
 * call of it: every instruction of one call, in this program, the
 * kernel and the servers it reaches, attributed to its function.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>

#define FILE_1	"/tmp/callprof.1"
#define WARMUP	64

#define FILE_SIZE 4096			/* one block: read1 reads it through */

static int fd;
static char block[FILE_SIZE];
static unsigned pos;			/* read1's next byte */

void prof_mark(unsigned long i);

/* Where sysprof stops: not inlined, so it has an address of its own. */
__attribute__((noinline)) void prof_mark(unsigned long i)
{
	__asm__ volatile("" : : "r"(i) : "memory");
}

static int one_call(const char *name)
{
	struct stat st;

	if (strcmp(name, "getpid") == 0)
		return getpid() > 0 ? 0 : -1;
	if (strcmp(name, "fstat") == 0)
		return fstat(fd, &st);
	if (strcmp(name, "read1") == 0) {
		if (pos++ % FILE_SIZE == 0 && lseek(fd, 0, SEEK_SET) != 0)
			return -1;
		return read(fd, block, 1) == 1 ? 0 : -1;
	}
	if (strcmp(name, "open") == 0) {
		int f = open(FILE_1, O_RDONLY);

		return f < 0 ? -1 : close(f);
	}
	return -2;
}

int main(int argc, char **argv)
{
	unsigned long i, n = argc > 2 ? strtoul(argv[2], NULL, 10) : 0;

	if (argc < 2 || argc > 3) {
		fprintf(stderr, "usage: callprof getpid|fstat|read1|open "
			"[N]\n");
		return 2;
	}
	if ((fd = open(FILE_1, O_RDWR | O_CREAT | O_TRUNC, 0644)) < 0 ||
	    write(fd, block, FILE_SIZE) != FILE_SIZE) {
		perror("callprof: " FILE_1);
		return 1;
	}
	for (i = 0; i < WARMUP; i++) {
		int r = one_call(argv[1]);

		if (r == -2) {
			fprintf(stderr, "callprof: unknown call %s\n", argv[1]);
			return 2;
		}
		if (r < 0) {
			perror("callprof");
			return 1;
		}
	}
	printf("callprof: ready\n");
	fflush(stdout);
	for (i = 0; n == 0 || i < n; i++) {
		prof_mark(i);
		one_call(argv[1]);
	}
	close(fd);
	unlink(FILE_1);
	return 0;
}

/*
 * sysbench.c - what system calls cost a program, in guest instructions.
 *
 * usage: sysbench [DISK]	(DISK: a block device to read, e.g. /dev/c0d0)
 *
 * Each figure is the cost of one operation (or of one KiB moved), timed
 * with the TSC after a few rounds to warm the caches.  Under QEMU
 * -icount shift=0 the TSC counts guest instructions; the clock tick
 * (every 10 million of them) still lands in a run at a point that
 * depends on how long the boot idled, so each figure is the least of
 * several batches: a batch the tick missed, the same on every run and
 * host (tools/bench).  Prints lines
 *	bench: NAME N instructions
 * and "bench: sysbench done".
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <minix/tsc.h>

#define WARMUP	16
#define ROUNDS	1000
#define BIG	(4 * 1024 * 1024)	/* the file written and read back */
#define PIPED	(256 * 1024)		/* bytes through the pipe */
#define DISKED	(1024 * 1024)		/* bytes read from the disk */
#define FILE_1	"/tmp/sysbench.1"
#define FILE_BIG "/tmp/sysbench.big"

#define BATCHES	10
#define BATCHES_KIB 16			/* batches of a stream */

static char buf[64 * 1024];
static uint64_t t0, times[BATCHES_KIB];
static int nr_times;

/* A figure is measured in batches, each between start() and stop();
 * figure() reports the least divided by n, median() the middle one (for
 * file streams, whose batches differ by the flushes of MFS's cache that
 * land in them: the least would be one with none). */
static void start(void)
{
	t0 = read_tsc();
}

static void stop(void)
{
	if (nr_times < BATCHES_KIB)
		times[nr_times++] = read_tsc() - t0;
}

static int cmp64(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

static void report(const char *name, unsigned n, int middle)
{
	qsort(times, nr_times, sizeof(times[0]), cmp64);
	printf("bench: %s %u instructions\n", name,
		(unsigned) (times[middle ? nr_times / 2 : 0] / n));
	nr_times = 0;
}

static void figure(const char *name, unsigned n)
{
	report(name, n, 0);
}

static void median(const char *name, unsigned n)
{
	report(name, n, 1);
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void bench_getpid(void)
{
	int i;

	int b;

	for (i = 0; i < WARMUP; i++)
		(void) getpid();
	for (b = 0; b < BATCHES; b++) {
		start();
		for (i = 0; i < ROUNDS / BATCHES; i++)
			(void) getpid();
		stop();
	}
	figure("getpid", ROUNDS / BATCHES);
}

static void bench_fstat_read(void)
{
	struct stat st;
	int fd, i, b;
	char c;

	if ((fd = open(FILE_1, O_RDWR | O_CREAT | O_TRUNC, 0600)) < 0)
		die(FILE_1);
	if (write(fd, buf, 4096) != 4096)
		die("write");
	for (i = 0; i < WARMUP; i++)
		(void) fstat(fd, &st);
	for (b = 0; b < BATCHES; b++) {
		start();
		for (i = 0; i < ROUNDS / BATCHES; i++)
			(void) fstat(fd, &st);
		stop();
	}
	figure("fstat", ROUNDS / BATCHES);
	(void) lseek(fd, 0, SEEK_SET);
	for (i = 0; i < WARMUP; i++)
		(void) read(fd, &c, 1);
	for (b = 0; b < BATCHES; b++) {	/* 1016 < 4096: all in the file */
		start();
		for (i = 0; i < ROUNDS / BATCHES; i++)
			if (read(fd, &c, 1) != 1)
				die("read");
		stop();
	}
	figure("read_1byte", ROUNDS / BATCHES);
	close(fd);
}

static void bench_open_close(void)
{
	int i, fd;

	for (i = 0; i < WARMUP + ROUNDS; i++) {
		if (i >= WARMUP && (i - WARMUP) % (ROUNDS / BATCHES) == 0)
			start();
		if ((fd = open(FILE_1, O_RDONLY)) < 0)
			die(FILE_1);
		close(fd);
		if (i >= WARMUP && (i - WARMUP + 1) % (ROUNDS / BATCHES) == 0)
			stop();
	}
	figure("open_close", ROUNDS / BATCHES);
}

static void bench_create_unlink(void)
{
	int i, fd;

	for (i = 0; i < WARMUP + ROUNDS; i++) {
		if (i >= WARMUP && (i - WARMUP) % (ROUNDS / BATCHES) == 0)
			start();
		if ((fd = open(FILE_1, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
			die(FILE_1);
		close(fd);
		if (unlink(FILE_1) < 0)
			die("unlink");
		if (i >= WARMUP && (i - WARMUP + 1) % (ROUNDS / BATCHES) == 0)
			stop();
	}
	figure("file_create_unlink", ROUNDS / BATCHES);
}

static void bench_fork(int exec)
{
	int i, n = BATCHES;
	pid_t pid;

	for (i = 0; i < 2 + n; i++) {	/* each a batch of its own */
		start();
		if ((pid = fork()) < 0)
			die("fork");
		if (pid == 0) {
			if (exec)
				execl("/bin/true", "true", (char *) NULL);
			_exit(0);
		}
		if (waitpid(pid, NULL, 0) != pid)
			die("waitpid");
		if (i >= 2)
			stop();
	}
	figure(exec ? "fork_exec_wait" : "fork_wait", 1);
}

/* A child reads the pipe to its end while we write PIPED bytes into it
 * chunk bytes at a time. */
static void bench_pipe(const char *name, size_t chunk)
{
	int fds[2];
	size_t done;
	pid_t pid;

	if (pipe(fds) < 0)
		die("pipe");
	if ((pid = fork()) < 0)
		die("fork");
	if (pid == 0) {
		close(fds[1]);
		while (read(fds[0], buf, sizeof(buf)) > 0)
			;
		_exit(0);
	}
	close(fds[0]);
	for (done = 0; done < PIPED; done += chunk) {
		if (done % (PIPED / BATCHES_KIB) == 0)
			start();
		if (write(fds[1], buf, chunk) != (ssize_t) chunk)
			die("pipe write");
		if ((done + chunk) % (PIPED / BATCHES_KIB) == 0)
			stop();
	}
	close(fds[1]);
	(void) waitpid(pid, NULL, 0);
	figure(name, PIPED / BATCHES_KIB / 1024);
}

/* Write BIG bytes to a file and read them back, 4 KiB a call. */
static void bench_file_rw(void)
{
	size_t done;
	int fd;

	if ((fd = open(FILE_BIG, O_RDWR | O_CREAT | O_TRUNC, 0600)) < 0)
		die(FILE_BIG);
	for (done = 0; done < BIG; done += 4096) {
		if (done % (BIG / BATCHES_KIB) == 0)
			start();
		if (write(fd, buf, 4096) != 4096)
			die("write");
		if ((done + 4096) % (BIG / BATCHES_KIB) == 0)
			stop();
	}
	median("file_write_per_kib", BIG / BATCHES_KIB / 1024);
	(void) lseek(fd, 0, SEEK_SET);
	for (done = 0; done < BIG; done += 4096) {
		if (done % (BIG / BATCHES_KIB) == 0)
			start();
		if (read(fd, buf, 4096) != 4096)
			die("read");
		if ((done + 4096) % (BIG / BATCHES_KIB) == 0)
			stop();
	}
	median("file_read_per_kib", BIG / BATCHES_KIB / 1024);
	close(fd);
	unlink(FILE_BIG);
}

/* Read 1 MiB of the disk, 4 KiB a call, through VFS to its driver. */
static void bench_disk(const char *dev)
{
	size_t done;
	int fd;

	if ((fd = open(dev, O_RDONLY)) < 0)
		die(dev);
	for (done = 0; done < DISKED; done += 4096) {
		if (done % (DISKED / BATCHES_KIB) == 0)
			start();
		if (read(fd, buf, 4096) != 4096)
			die("disk read");
		if ((done + 4096) % (DISKED / BATCHES_KIB) == 0)
			stop();
	}
	figure("disk_read_per_kib", DISKED / BATCHES_KIB / 1024);
	close(fd);
}

int main(int argc, char **argv)
{
	setvbuf(stdout, NULL, _IOLBF, 0);
	bench_getpid();
	bench_fstat_read();
	bench_open_close();
	bench_create_unlink();
	bench_fork(0);
	bench_fork(1);
	bench_pipe("pipe_4k_per_kib", 4096);
	bench_pipe("pipe_512_per_kib", 512);
	bench_file_rw();
	if (argc > 1)
		bench_disk(argv[1]);
	printf("bench: sysbench done\n");
	return 0;
}

/*
 * sysbench.c - what system calls cost a program, in guest instructions.
 *
 * usage: sysbench [DISK]	(DISK: a block device to read, e.g. /dev/c0d0)
 *
 * Each figure is the cost of one operation (or of one KiB moved), timed
 * with the TSC over a fixed number of rounds after a few to warm the
 * caches.  Under QEMU -icount shift=0 the TSC counts guest instructions,
 * so the figures repeat on any host (tools/bench).  Prints lines
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
#define FILE_1	"/tmp/sysbench.1"
#define FILE_BIG "/tmp/sysbench.big"

static char buf[64 * 1024];
static uint64_t t0;

static void start(void)
{
	t0 = read_tsc();
}

/* Report the time since start() divided by n. */
static void figure(const char *name, unsigned n)
{
	uint64_t t = read_tsc() - t0;

	printf("bench: %s %u instructions\n", name, (unsigned) (t / n));
}

static void die(const char *what)
{
	perror(what);
	exit(1);
}

static void bench_getpid(void)
{
	int i;

	for (i = 0; i < WARMUP; i++)
		(void) getpid();
	start();
	for (i = 0; i < ROUNDS; i++)
		(void) getpid();
	figure("getpid", ROUNDS);
}

static void bench_fstat_read(void)
{
	struct stat st;
	int fd, i;
	char c;

	if ((fd = open(FILE_1, O_RDWR | O_CREAT | O_TRUNC, 0600)) < 0)
		die(FILE_1);
	if (write(fd, buf, 4096) != 4096)
		die("write");
	for (i = 0; i < WARMUP; i++)
		(void) fstat(fd, &st);
	start();
	for (i = 0; i < ROUNDS; i++)
		(void) fstat(fd, &st);
	figure("fstat", ROUNDS);
	(void) lseek(fd, 0, SEEK_SET);
	for (i = 0; i < WARMUP; i++)
		(void) read(fd, &c, 1);
	start();
	for (i = 0; i < ROUNDS; i++)	/* 1000 < 4096: all in the file */
		if (read(fd, &c, 1) != 1)
			die("read");
	figure("read_1byte", ROUNDS);
	close(fd);
}

static void bench_open_close(void)
{
	int i, fd;

	for (i = 0; i < WARMUP + ROUNDS; i++) {
		if (i == WARMUP)
			start();
		if ((fd = open(FILE_1, O_RDONLY)) < 0)
			die(FILE_1);
		close(fd);
	}
	figure("open_close", ROUNDS);
}

static void bench_create_unlink(void)
{
	int i, fd;

	for (i = 0; i < WARMUP + ROUNDS; i++) {
		if (i == WARMUP)
			start();
		if ((fd = open(FILE_1, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
			die(FILE_1);
		close(fd);
		if (unlink(FILE_1) < 0)
			die("unlink");
	}
	figure("file_create_unlink", ROUNDS);
}

static void bench_fork(int exec)
{
	int i, n = ROUNDS / 10;
	pid_t pid;

	for (i = 0; i < 2 + n; i++) {
		if (i == 2)
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
	}
	figure(exec ? "fork_exec_wait" : "fork_wait", n);
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
	start();
	for (done = 0; done < PIPED; done += chunk)
		if (write(fds[1], buf, chunk) != (ssize_t) chunk)
			die("pipe write");
	close(fds[1]);
	(void) waitpid(pid, NULL, 0);
	figure(name, PIPED / 1024);
}

/* Write BIG bytes to a file and read them back, 4 KiB a call. */
static void bench_file_rw(void)
{
	size_t done;
	int fd;

	if ((fd = open(FILE_BIG, O_RDWR | O_CREAT | O_TRUNC, 0600)) < 0)
		die(FILE_BIG);
	start();
	for (done = 0; done < BIG; done += 4096)
		if (write(fd, buf, 4096) != 4096)
			die("write");
	figure("file_write_per_kib", BIG / 1024);
	(void) lseek(fd, 0, SEEK_SET);
	start();
	for (done = 0; done < BIG; done += 4096)
		if (read(fd, buf, 4096) != 4096)
			die("read");
	figure("file_read_per_kib", BIG / 1024);
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
	start();
	for (done = 0; done < 1024 * 1024; done += 4096)
		if (read(fd, buf, 4096) != 4096)
			die("disk read");
	figure("disk_read_per_kib", 1024);
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

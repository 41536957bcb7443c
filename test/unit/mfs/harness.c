/*
 * harness.c - the host side of the MFS tests: main, the case runner, and
 * files, commands and devices from the host's C library.
 *
 * Each case runs in a child process, so that a crash in the core (say on
 * a corrupt image) is reported as that case's failure and the others
 * still run.  The child sends its first failure message back through a
 * pipe, and ends with exit(), so that the leak checker (in a sanitizer
 * build) fails a case that left memory allocated.  The output is one line per case, "ok NAME" or "FAIL NAME: why",
 * then "N passed, M failed"; the exit status is 0 only if M is 0.
 *
 * Compiled with the host's headers; see harness.h.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "harness.h"
#include "cases.h"

#define CASE_SECONDS	300	/* a case that runs longer has hung */
#define EIO_RESURGO	5	/* the device's error, in the system's numbers */

struct tcase {
	const char *name;
	void (*fn)(void);
};

#define CASE_ENTRY(name)	{ #name, t_##name },
static const struct tcase cases[] = {
	CASES(CASE_ENTRY)
	{ NULL, NULL }
};

static char tmpdir[256];
static int report_fd = -1;	/* the child's end of the pipe */
static int failed;		/* in the child: checks that failed */
static int64_t clock_now = 1700000000;
static uint32_t rand_state = 1;

int t_fail(const char *file, int line, const char *fmt, ...)
{
	char msg[1024];
	int n;
	va_list ap;

	if (failed++)
		return -1;
	n = snprintf(msg, sizeof(msg), "%s:%d: ", strrchr(file, '/') ?
	    strrchr(file, '/') + 1 : file, line);
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof(msg) - n, fmt, ap);
	va_end(ap);
	for (char *p = msg; *p; p++)
		if (*p == '\n')
			*p = ' ';
	if (write(report_fd, msg, strlen(msg)) < 0)
		perror("test_mfs: report");
	return -1;
}

void h_fmt(char *buf, size_t size, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, size, fmt, ap);
	va_end(ap);
}

void h_path(char *buf, size_t size, const char *name)
{
	snprintf(buf, size, "%s/%s", tmpdir, name);
}

int h_file_new(const char *path, uint64_t size)
{
	int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || ftruncate(fd, (off_t) size) < 0) {
		if (fd >= 0)
			close(fd);
		return -1;
	}
	return close(fd);
}

int h_file_resize(const char *path, uint64_t size)
{
	return truncate(path, (off_t) size);
}

static int pio(const char *path, uint64_t pos, void *data, size_t len,
    int wr)
{
	int fd = open(path, wr ? O_WRONLY : O_RDONLY);
	ssize_t n;

	if (fd < 0)
		return -1;
	n = wr ? pwrite(fd, data, len, (off_t) pos) :
	    pread(fd, data, len, (off_t) pos);
	close(fd);
	return n == (ssize_t) len ? 0 : -1;
}

int h_patch(const char *path, uint64_t pos, const void *data, size_t len)
{
	return pio(path, pos, (void *) data, len, 1);
}

int h_peek(const char *path, uint64_t pos, void *data, size_t len)
{
	return pio(path, pos, data, len, 0);
}

int h_file_info(const char *path, uint64_t *size, uint32_t *mode,
    int64_t *mtime)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return -1;
	*size = (uint64_t) st.st_size;
	*mode = st.st_mode;
	*mtime = st.st_mtime;
	return 0;
}

void h_remove(const char *path)
{
	unlink(path);
}

/* Run a command through sh; keep the start of its output in out. */
int h_sh(char *out, size_t size, const char *fmt, ...)
{
	char cmd[2048];
	size_t n = 0, got;
	va_list ap;
	FILE *p;
	int st;

	va_start(ap, fmt);
	vsnprintf(cmd, sizeof(cmd), fmt, ap);
	va_end(ap);
	strncat(cmd, " 2>&1", sizeof(cmd) - strlen(cmd) - 1);
	if ((p = popen(cmd, "r")) == NULL)
		return -1;
	char sink[4096];
	while ((got = fread(sink, 1, sizeof(sink), p)) > 0) {
		if (out != NULL && n + 1 < size) {
			size_t take = got < size - 1 - n ? got : size - 1 - n;
			memcpy(out + n, sink, take);
			n += take;
		}
	}
	if (out != NULL && size > 0)
		out[n] = 0;
	st = pclose(p);
	return WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

int h_have(const char *command)
{
	return h_sh(NULL, 0, "command -v %s", command) == 0;
}

const char *h_mkfs_mfs(void)
{
	return MKFS_MFS;	/* from the Makefile */
}

struct hdev {
	int fd;
	uint64_t writes;
};

static int dev_read(void *ctx, uint64_t pos, void *buf, size_t len)
{
	struct hdev *d = ctx;

	return pread(d->fd, buf, len, (off_t) pos) == (ssize_t) len ? 0 :
	    -EIO_RESURGO;
}

static int dev_write(void *ctx, uint64_t pos, const void *buf, size_t len)
{
	struct hdev *d = ctx;

	d->writes++;
	return pwrite(d->fd, buf, len, (off_t) pos) == (ssize_t) len ? 0 :
	    -EIO_RESURGO;
}

int h_dev_open(const char *path, int readonly, struct mfs_blockdev *dev)
{
	struct hdev *d = calloc(1, sizeof(*d));
	struct stat st;

	if (d == NULL)
		return -1;
	d->fd = open(path, readonly ? O_RDONLY : O_RDWR);
	if (d->fd < 0 || fstat(d->fd, &st) < 0) {
		free(d);
		return -1;
	}
	dev->ctx = d;
	dev->read = dev_read;
	dev->write = readonly ? NULL : dev_write;
	dev->size = (uint64_t) st.st_size;
	dev->to_end = 0;
	return 0;
}

void h_dev_close(struct mfs_blockdev *dev)
{
	struct hdev *d = dev->ctx;

	if (d != NULL) {
		close(d->fd);
		free(d);
	}
	dev->ctx = NULL;
}

uint64_t h_dev_writes(const struct mfs_blockdev *dev)
{
	return ((struct hdev *) dev->ctx)->writes;
}

int64_t h_clock(void)
{
	return clock_now;
}

void h_set_clock(int64_t t)
{
	clock_now = t;
}

uint32_t h_rand(void)
{
	rand_state ^= rand_state << 13;
	rand_state ^= rand_state >> 17;
	rand_state ^= rand_state << 5;
	return rand_state;
}

void h_srand(uint32_t seed)
{
	rand_state = seed != 0 ? seed : 1;
}

/* Run one case in a child; 1 if it passed. */
static int run_case(const struct tcase *c)
{
	char msg[1024];
	ssize_t n, got = 0;
	int fds[2], st;
	pid_t pid;

	fflush(stdout);
	if (pipe(fds) < 0 || (pid = fork()) < 0) {
		printf("FAIL %s: cannot start: %s\n", c->name, strerror(errno));
		return 0;
	}
	if (pid == 0) {
		close(fds[0]);
		report_fd = fds[1];
		alarm(CASE_SECONDS);
		c->fn();
		exit(failed > 0);
	}
	close(fds[1]);
	while (got < (ssize_t) sizeof(msg) - 1 &&
	    (n = read(fds[0], msg + got, sizeof(msg) - 1 - got)) > 0)
		got += n;
	msg[got] = 0;
	close(fds[0]);
	waitpid(pid, &st, 0);
	if (WIFSIGNALED(st)) {
		printf("FAIL %s: killed by signal %d%s%s\n", c->name,
		    WTERMSIG(st), got ? " after " : "", msg);
		return 0;
	}
	if (WEXITSTATUS(st) != 0) {
		printf("FAIL %s: %s\n", c->name, got ? msg : "failed");
		return 0;
	}
	printf("ok %s\n", c->name);
	return 1;
}

int main(int argc, char **argv)
{
	int passed = 0, nfailed = 0;

	snprintf(tmpdir, sizeof(tmpdir), "%s/test_mfs.XXXXXX",
	    getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	if (mkdtemp(tmpdir) == NULL) {
		perror("test_mfs: mkdtemp");
		return 1;
	}
	for (const struct tcase *c = cases; c->name != NULL; c++) {
		if (argc > 1 && strstr(c->name, argv[1]) == NULL)
			continue;
		if (run_case(c))
			passed++;
		else
			nfailed++;
	}
	if (nfailed == 0)
		h_sh(NULL, 0, "rm -rf '%s'", tmpdir);
	else
		printf("# images kept in %s\n", tmpdir);
	printf("%d passed, %d failed\n", passed, nfailed);
	return nfailed != 0;
}

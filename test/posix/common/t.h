/*
 * t.h - the runner and checks shared by the POSIX test programs.
 *
 * A program lists its cases in a table of struct t_case and returns
 * t_main() from main().  Every case runs in a child process of its own
 * (its own process group too), so that a crash or a hang costs that case
 * and not the program: the parent waits under an alarm() watchdog, kills
 * the group of a case that overruns, and prints
 *
 *	ok N name			or	not ok N name: why
 *
 * and at the end "P passed, F failed"; it exits 0 only when F is 0.
 * The program works in a scratch directory under $TMPDIR (or /tmp), made
 * before the first case and removed after the last one (the "cleanup"
 * case).  Each case starts in a fresh directory of its own in there, named
 * after the case and removed when it ends, so that what a failed case
 * leaves behind cannot upset the next; cases that share files keep them
 * one level up, in "..".
 *
 * Inside a case, the T_* checks end the case at the first failure: the
 * reason goes up a pipe to the parent and the process exits.  A child a
 * case forks may use them too; its reason reaches the parent the same way.
 * The parent prints with write(2) only, so forks never repeat output.
 *
 * Header-only: each program is one .c file that includes this.
 */
#ifndef T_H
#define T_H

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define T_UNUSED	__attribute__((unused))
#define T_TIMEOUT	30	/* seconds a case may run unless it says */

struct t_case {
	const char *tc_name;	/* one word: no spaces */
	void (*tc_fn)(void);
	unsigned tc_timeout;	/* seconds; 0 for T_TIMEOUT */
};

static int t_result_fd = -1;		/* a case's pipe to the parent */
static char t_self[PATH_MAX];		/* this program, as an absolute path */
static char t_scratch[PATH_MAX];	/* the scratch directory */
static char t_casedir[PATH_MAX + 64];	/* the running case's directory */
static volatile pid_t t_running;	/* the case being waited for */
static volatile sig_atomic_t t_timed_out;

/* Writes all of text to fd; output must never be lost to a short write. */
T_UNUSED static void t_put(int fd, const char *text, size_t n)
{
	while (n > 0) {
		ssize_t w = write(fd, text, n);
		if (w <= 0 && errno != EINTR)
			return;
		if (w > 0) {
			text += w;
			n -= (size_t) w;
		}
	}
}

/* printf to standard output, unbuffered. */
T_UNUSED __attribute__((format(printf, 1, 2)))
static void t_say(const char *fmt, ...)
{
	char line[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(line, sizeof line, fmt, ap);
	va_end(ap);
	t_put(1, line, strlen(line));
}

/* The symbolic name of an errno value, for messages. */
T_UNUSED static const char *t_errname(int e)
{
	static const struct { int e; const char *name; } names[] = {
		{ EPERM, "EPERM" }, { ENOENT, "ENOENT" }, { ESRCH, "ESRCH" },
		{ EINTR, "EINTR" }, { EIO, "EIO" }, { ENXIO, "ENXIO" },
		{ E2BIG, "E2BIG" }, { ENOEXEC, "ENOEXEC" }, { EBADF, "EBADF" },
		{ ECHILD, "ECHILD" }, { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" },
		{ EACCES, "EACCES" }, { EFAULT, "EFAULT" }, { EBUSY, "EBUSY" },
		{ EEXIST, "EEXIST" }, { EXDEV, "EXDEV" }, { ENODEV, "ENODEV" },
		{ ENOTDIR, "ENOTDIR" }, { EISDIR, "EISDIR" },
		{ EINVAL, "EINVAL" }, { ENFILE, "ENFILE" }, { EMFILE, "EMFILE" },
		{ ENOTTY, "ENOTTY" }, { ETXTBSY, "ETXTBSY" }, { EFBIG, "EFBIG" },
		{ ENOSPC, "ENOSPC" }, { ESPIPE, "ESPIPE" }, { EROFS, "EROFS" },
		{ EMLINK, "EMLINK" }, { EPIPE, "EPIPE" }, { ERANGE, "ERANGE" },
		{ ENAMETOOLONG, "ENAMETOOLONG" }, { ENOSYS, "ENOSYS" },
		{ ENOTEMPTY, "ENOTEMPTY" }, { ELOOP, "ELOOP" },
		{ EOVERFLOW, "EOVERFLOW" }, { EDEADLK, "EDEADLK" },
		{ ENOLCK, "ENOLCK" }, { ENOTSUP, "ENOTSUP" },
	};
	static char other[16];
	size_t i;

	if (e == 0)
		return "0 (no error)";
	for (i = 0; i < sizeof names / sizeof names[0]; i++)
		if (names[i].e == e)
			return names[i].name;
	snprintf(other, sizeof other, "errno %d", e);
	return other;
}

/* Ends the case as failed, sending the reason to the parent. */
T_UNUSED __attribute__((noreturn, format(printf, 2, 3)))
static void t_fail(int line, const char *fmt, ...)
{
	char msg[600];
	int n;
	va_list ap;

	n = snprintf(msg, sizeof msg, "line %d: ", line);
	va_start(ap, fmt);
	vsnprintf(msg + n, sizeof msg - n, fmt, ap);
	va_end(ap);
	if (t_result_fd >= 0)
		t_put(t_result_fd, msg, strlen(msg));
	else
		t_say("%s\n", msg);
	_exit(1);
}

/* A call that must succeed: returns its result, or fails the case. */
T_UNUSED static long long t_sys(long long r, const char *what, int line)
{
	if (r < 0)
		t_fail(line, "%s failed: %s", what, t_errname(errno));
	return r;
}

/* A call that must fail with errno e (or e2, where either is right). */
T_UNUSED static void t_err(long long r, int e, int e2, const char *what,
    int line)
{
	int got = errno;

	if (r != -1)
		t_fail(line, "%s gave %lld, expected -1 with %s", what, r,
		    t_errname(e));
	if (got != e && got != e2)
		t_fail(line, "%s: errno %s, expected %s", what,
		    t_errname(got), t_errname(e));
}

T_UNUSED static void t_eq(long long got, long long want, const char *what,
    int line)
{
	if (got != want)
		t_fail(line, "%s is %lld, expected %lld", what, got, want);
}

#define T_FAIL(...)		t_fail(__LINE__, __VA_ARGS__)
#define T_CHECK(cond, ...)	do { if (!(cond)) T_FAIL(__VA_ARGS__); } \
				while (0)
#define T_SYS(expr)		t_sys((long long) (expr), #expr, __LINE__)
#define T_ERR(expr, e)		t_err((long long) (expr), e, e, #expr, __LINE__)
#define T_ERR2(expr, e, e2)	t_err((long long) (expr), e, e2, #expr, \
				    __LINE__)
#define T_EQ(got, want)		t_eq((long long) (got), (long long) (want), \
				    #got, __LINE__)

/* fork() that must work; returns 0 in the child, its pid in the parent. */
T_UNUSED static pid_t t_fork(void)
{
	pid_t pid = fork();

	if (pid < 0)
		T_FAIL("fork failed: %s", t_errname(errno));
	return pid;
}

/* Waits for child pid and returns its status word. */
T_UNUSED static int t_wait(pid_t pid)
{
	int status = 0;
	pid_t r;

	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		continue;
	if (r < 0)
		T_FAIL("waitpid(%d) failed: %s", (int) pid, t_errname(errno));
	if (r != pid)
		T_FAIL("waitpid(%d) returned %d", (int) pid, (int) r);
	return status;
}

/* Waits for child pid, which must exit normally; returns its exit code. */
T_UNUSED static int t_exit_code(pid_t pid)
{
	int status = t_wait(pid);

	if (WIFSIGNALED(status))
		T_FAIL("child %d was killed by signal %d", (int) pid,
		    WTERMSIG(status));
	if (!WIFEXITED(status))
		T_FAIL("child %d: odd status %#x", (int) pid, status);
	return WEXITSTATUS(status);
}

/* Makes file path with the n bytes of data and the given mode. */
T_UNUSED static void t_make_file(const char *path, const void *data,
    size_t n, mode_t mode)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);

	if (fd < 0)
		T_FAIL("creating %s: %s", path, t_errname(errno));
	if (write(fd, data, n) != (ssize_t) n)
		T_FAIL("writing %s: %s", path, t_errname(errno));
	if (close(fd) < 0)
		T_FAIL("closing %s: %s", path, t_errname(errno));
}

/* Reads up to size bytes of file path into buf; returns the count. */
T_UNUSED static size_t t_read_file(const char *path, void *buf, size_t size)
{
	int fd = open(path, O_RDONLY);
	size_t got = 0;
	ssize_t r;

	if (fd < 0)
		T_FAIL("opening %s: %s", path, t_errname(errno));
	while (got < size && (r = read(fd, (char *) buf + got,
	    size - got)) > 0)
		got += (size_t) r;
	if (got < size && r < 0)
		T_FAIL("reading %s: %s", path, t_errname(errno));
	close(fd);
	return got;
}

/* read() until n bytes have come or end of file; returns the count. */
T_UNUSED static size_t t_read_full(int fd, void *buf, size_t n)
{
	size_t got = 0;

	while (got < n) {
		ssize_t r = read(fd, (char *) buf + got, n - got);
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0)
			T_FAIL("read(%d, %zu) failed: %s", fd, n - got,
			    t_errname(errno));
		if (r == 0)
			break;
		got += (size_t) r;
	}
	return got;
}

/* write() all n bytes, or fail the case. */
T_UNUSED static void t_write_full(int fd, const void *buf, size_t n)
{
	size_t done = 0;

	while (done < n) {
		ssize_t w = write(fd, (const char *) buf + done, n - done);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			T_FAIL("write(%d, %zu) failed: %s", fd, n - done,
			    t_errname(errno));
		done += (size_t) w;
	}
}

/* Removes path and, for a directory, everything under it. */
T_UNUSED static int t_rmtree(const char *path)
{
	struct stat st;
	DIR *d;
	struct dirent *e;
	char sub[PATH_MAX];
	int bad = 0;

	if (lstat(path, &st) < 0)
		return errno == ENOENT ? 0 : -1;
	if (!S_ISDIR(st.st_mode))
		return unlink(path);
	chmod(path, 0700);
	if ((d = opendir(path)) == NULL)
		return -1;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(sub, sizeof sub, "%s/%s", path, e->d_name);
		if (t_rmtree(sub) < 0)
			bad = 1;
	}
	closedir(d);
	if (rmdir(path) < 0)
		return -1;
	return bad ? -1 : 0;
}

/* The watchdog: a case ran out of time; kill it and its group. */
static void t_on_alarm(int sig)
{
	pid_t pid = t_running;

	t_timed_out = 1;
	if (pid > 0) {
		kill(-pid, SIGKILL);
		kill(pid, SIGKILL);
	}
}

/* Turns a finished case's status and message into a reason; "" is ok. */
static void t_verdict(int status, const char *msg, unsigned timeout,
    char *why, size_t size)
{
	if (t_timed_out)
		snprintf(why, size, "hung: killed after %us%s%s", timeout,
		    msg[0] ? "; " : "", msg);
	else if (msg[0])
		snprintf(why, size, "%s", msg);
	else if (WIFSIGNALED(status))
		snprintf(why, size, "the case was killed by signal %d",
		    WTERMSIG(status));
	else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
		snprintf(why, size, "the case exited with status %#x and no "
		    "message", status);
	else
		why[0] = '\0';
}

/* The child's side of t_run: into the case's directory, run the case. */
__attribute__((noreturn))
static void t_child(const struct t_case *c, int result_fd)
{
	setpgid(0, 0);
	signal(SIGALRM, SIG_DFL);
	t_result_fd = result_fd;
	if (chdir(t_casedir) < 0)
		T_FAIL("chdir %s: %s", t_casedir, t_errname(errno));
	c->tc_fn();
	_exit(0);
}

/* Waits for case pid under the watchdog, sweeps up after it and leaves
 * "" or the reason in why; result_fd is the read end of its pipe. */
static void t_collect(pid_t pid, int result_fd, unsigned timeout,
    char *why, size_t size)
{
	char msg[700];
	int status = 0;
	ssize_t n;
	pid_t r;

	setpgid(pid, pid);
	t_timed_out = 0;
	t_running = pid;
	alarm(timeout);
	while ((r = waitpid(pid, &status, 0)) < 0 && errno == EINTR)
		continue;
	alarm(0);
	t_running = 0;
	/* Whatever the case left running in its group goes too. */
	kill(-pid, SIGKILL);
	t_rmtree(t_casedir);
	/* Non-blocking: a leftover process may still hold the write end. */
	fcntl(result_fd, F_SETFL, O_NONBLOCK);
	n = read(result_fd, msg, sizeof msg - 1);
	msg[n > 0 ? n : 0] = '\0';
	for (char *p = msg; *p; p++)
		if (*p == '\n')
			*p = ' ';
	if (r < 0)
		snprintf(why, size, "runner: waitpid: %s", t_errname(errno));
	else
		t_verdict(status, msg, timeout, why, size);
}

/* Runs one case in a child process; leaves "" or the reason in why. */
static void t_run(const struct t_case *c, char *why, size_t size)
{
	int fds[2];
	pid_t pid;

	snprintf(t_casedir, sizeof t_casedir, "%s/%s", t_scratch, c->tc_name);
	if (mkdir(t_casedir, 0777) < 0 || chmod(t_casedir, 0777) < 0) {
		snprintf(why, size, "runner: making the case's directory: %s",
		    t_errname(errno));
		return;
	}
	if (pipe(fds) < 0) {
		snprintf(why, size, "runner: pipe: %s", t_errname(errno));
		return;
	}
	if ((pid = fork()) < 0) {
		snprintf(why, size, "runner: fork: %s", t_errname(errno));
		close(fds[0]);
		close(fds[1]);
		return;
	}
	if (pid == 0) {
		close(fds[0]);
		t_child(c, fds[1]);
	}
	close(fds[1]);
	t_collect(pid, fds[0], c->tc_timeout ? c->tc_timeout : T_TIMEOUT,
	    why, size);
	close(fds[0]);
}

/* Sets t_self to argv0 made absolute, for cases that exec this program. */
static void t_find_self(const char *argv0)
{
	char cwd[PATH_MAX];
	size_t n;

	t_self[0] = '\0';
	if (argv0[0] != '/' && getcwd(cwd, sizeof cwd) != NULL &&
	    (n = strlen(cwd)) + strlen(argv0) + 2 < sizeof t_self) {
		memcpy(t_self, cwd, n);
		t_self[n++] = '/';
		t_self[n] = '\0';
	}
	strncat(t_self, argv0, sizeof t_self - strlen(t_self) - 1);
}

/* Makes the scratch directory and enters it; returns 0 or -1. */
static int t_enter_scratch(const char *argv0)
{
	const char *base = getenv("TMPDIR"), *name = strrchr(argv0, '/');

	if (base == NULL || base[0] == '\0')
		base = "/tmp";
	name = name ? name + 1 : argv0;
	snprintf(t_scratch, sizeof t_scratch, "%s/posix.%s.%d", base, name,
	    (int) getpid());
	if (mkdir(t_scratch, 0777) < 0 || chmod(t_scratch, 0777) < 0 ||
	    chdir(t_scratch) < 0)
		return -1;
	return 0;
}

/*
 * Runs the cases (a table ended by a null name) and a final cleanup case;
 * setup, if not null, runs in the parent in the scratch directory before
 * the first case.  Returns the exit status for main().
 */
T_UNUSED static int t_main(int argc, char **argv,
    const struct t_case *cases, void (*setup)(void))
{
	struct sigaction sa;
	char why[800];
	int n = 0, failed = 0;

	(void) argc;
	t_find_self(argv[0]);
	memset(&sa, 0, sizeof sa);
	sa.sa_handler = t_on_alarm;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGALRM, &sa, NULL);
	umask(022);
	if (t_enter_scratch(argv[0]) < 0) {
		t_say("not ok 1 setup: scratch directory %s: %s\n",
		    t_scratch, t_errname(errno));
		t_say("0 passed, 1 failed\n");
		return 1;
	}
	if (setup)
		setup();
	for (; cases->tc_name; cases++) {
		t_run(cases, why, sizeof why);
		n++;
		if (why[0]) {
			failed++;
			t_say("not ok %d %s: %s\n", n, cases->tc_name, why);
		} else {
			t_say("ok %d %s\n", n, cases->tc_name);
		}
	}
	n++;
	if (chdir("/") < 0 || t_rmtree(t_scratch) < 0) {
		failed++;
		t_say("not ok %d cleanup: removing %s: %s\n", n, t_scratch,
		    t_errname(errno));
	} else {
		t_say("ok %d cleanup\n", n);
	}
	t_say("%d passed, %d failed\n", n - failed, failed);
	return failed ? 1 : 0;
}

#endif

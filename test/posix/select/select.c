/*
 * select - select(2): what pipes are ready for and when, timeouts (one
 * that passes, a zero one that only looks, several at once), a child's
 * write or close waking a waiting parent, a signal interrupting it, the
 * errors (EBADF, EINVAL, EFAULT), files, /dev/null (a driver that does
 * not answer select itself) and the terminal.
 *
 * Times are checked only from below: a timeout must have let at least
 * its time pass (times() counts clock ticks), never "at most".
 */
#include <sys/select.h>
#include <sys/times.h>
#include "t.h"

#define BAD_ADDR	((void *) 0xC0000000)	/* the kernel's half */

static volatile sig_atomic_t alarms;
static const fd_set ro_fd5 = { { 1u << 5 } };	/* in read-only memory */

static void on_alarm(int sig)
{
	alarms++;
}

static struct timeval tv(long sec, long usec)
{
	struct timeval t = { sec, usec };

	return t;
}

/* select on at most one fd per set (-1: none); returns select's result
 * and leaves whether each fd was reported ready in *rr, *wr. */
static int sel1(int rfd, int wfd, struct timeval *timeout, int *rr, int *wr)
{
	fd_set rs, ws;
	int n, r;

	FD_ZERO(&rs);
	FD_ZERO(&ws);
	if (rfd >= 0)
		FD_SET(rfd, &rs);
	if (wfd >= 0)
		FD_SET(wfd, &ws);
	n = (rfd > wfd ? rfd : wfd) + 1;
	r = select(n, rfd >= 0 ? &rs : NULL, wfd >= 0 ? &ws : NULL, NULL,
	    timeout);
	*rr = rfd >= 0 && FD_ISSET(rfd, &rs);
	*wr = wfd >= 0 && FD_ISSET(wfd, &ws);
	return r;
}

/* A zero-timeout poll of one fd for reading and/or writing. */
static int poll1(int rfd, int wfd, int *rr, int *wr)
{
	struct timeval zero = tv(0, 0);

	return sel1(rfd, wfd, &zero, rr, wr);
}

static clock_t ticks(void)
{
	struct tms t;

	return times(&t);
}

static void empty_pipe_writable_not_readable(void)
{
	int p[2], rr, wr;

	T_SYS(pipe(p));
	T_EQ(poll1(p[0], p[1], &rr, &wr), 1);
	T_EQ(rr, 0);
	T_EQ(wr, 1);
}

static void pipe_with_data_is_readable(void)
{
	int p[2], rr, wr;
	char c;

	T_SYS(pipe(p));
	T_EQ(write(p[1], "x", 1), 1);
	T_EQ(poll1(p[0], p[1], &rr, &wr), 2);
	T_EQ(rr, 1);
	T_EQ(wr, 1);
	T_EQ(read(p[0], &c, 1), 1);
	T_EQ(poll1(p[0], -1, &rr, &wr), 0);
	T_EQ(rr, 0);
}

/* No writer left: a read would return end of file at once. */
static void pipe_without_writer_is_readable(void)
{
	int p[2], rr, wr;
	char c;

	T_SYS(pipe(p));
	T_SYS(close(p[1]));
	T_EQ(poll1(p[0], -1, &rr, &wr), 1);
	T_EQ(rr, 1);
	T_EQ(read(p[0], &c, 1), 0);
}

/* No reader left: a write would fail with EPIPE at once. */
static void pipe_without_reader_is_writable(void)
{
	int p[2], rr, wr;

	signal(SIGPIPE, SIG_IGN);
	T_SYS(pipe(p));
	T_SYS(close(p[0]));
	T_EQ(poll1(-1, p[1], &rr, &wr), 1);
	T_EQ(wr, 1);
	T_ERR(write(p[1], "x", 1), EPIPE);
}

static void full_pipe_is_not_writable(void)
{
	static char buf[4096];
	int p[2], rr, wr;

	T_SYS(pipe(p));
	T_SYS(fcntl(p[1], F_SETFL, O_NONBLOCK));
	while (write(p[1], buf, 100) > 0)
		continue;
	T_CHECK(errno == EAGAIN, "filling: %s", t_errname(errno));
	T_EQ(poll1(p[0], p[1], &rr, &wr), 1);
	T_EQ(rr, 1);
	T_EQ(wr, 0);
	T_EQ(read(p[0], buf, 1000), 1000);	/* room for PIPE_BUF again */
	T_EQ(poll1(-1, p[1], &rr, &wr), 1);
	T_EQ(wr, 1);
}

/* A FIFO is a pipe with a name: readable once something is written. */
static void fifo_readable_when_written(void)
{
	int rd, wr, rr, wrr;
	char c;

	T_SYS(mkfifo("fifo", 0600));
	T_SYS(rd = open("fifo", O_RDONLY | O_NONBLOCK));
	T_SYS(wr = open("fifo", O_WRONLY));
	T_EQ(poll1(rd, wr, &rr, &wrr), 1);
	T_EQ(rr, 0);
	T_EQ(wrr, 1);
	T_EQ(write(wr, "f", 1), 1);
	T_EQ(poll1(rd, -1, &rr, &wrr), 1);
	T_EQ(rr, 1);
	T_EQ(read(rd, &c, 1), 1);
}

/* An end not opened for reading is "readable": a read fails at once. */
static void wrong_direction_is_ready(void)
{
	int p[2], rr, wr;

	T_SYS(pipe(p));
	T_EQ(poll1(p[1], p[0], &rr, &wr), 2);
	T_EQ(rr, 1);
	T_EQ(wr, 1);
}

static void timeout_passes_with_nothing_ready(void)
{
	struct timeval t = tv(1, 500000);
	int p[2], rr, wr;
	clock_t t0, t1;

	T_SYS(pipe(p));
	t0 = ticks();
	T_EQ(sel1(p[0], -1, &t, &rr, &wr), 0);
	t1 = ticks();
	T_EQ(rr, 0);
	T_CHECK(t1 - t0 >= 150, "select returned after %ld ticks, before "
	    "its 150", (long) (t1 - t0));
}

/* No descriptors at all: select is a sleep. */
static void no_fds_sleeps_for_the_timeout(void)
{
	struct timeval t = tv(1, 0);
	clock_t t0 = ticks();

	T_EQ(select(0, NULL, NULL, NULL, &t), 0);
	T_CHECK(ticks() - t0 >= 100, "slept only %ld ticks",
	    (long) (ticks() - t0));
}

static void zero_timeout_only_looks(void)
{
	int p[2], rr, wr;
	fd_set rs;
	struct timeval zero = tv(0, 0);

	T_SYS(pipe(p));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	T_EQ(select(p[0] + 1, &rs, NULL, NULL, &zero), 0);
	T_CHECK(!FD_ISSET(p[0], &rs), "the set still holds the fd");
	T_EQ(poll1(p[0], -1, &rr, &wr), 0);
}

/* Three children wait 3, 1 and 2 seconds at once: they end in the order
 * of their timeouts. */
static void several_timeouts_end_in_order(void)
{
	static const int secs[3] = { 3, 1, 2 };
	int p[2], i, rr, wr, order[3];
	pid_t pids[3], pid;

	T_SYS(pipe(p));
	for (i = 0; i < 3; i++) {
		if ((pids[i] = t_fork()) == 0) {
			struct timeval t = tv(secs[i], 0);
			_exit(sel1(p[0], -1, &t, &rr, &wr) == 0 && !rr ? 0 : 1);
		}
	}
	for (i = 0; i < 3; i++) {
		int status;

		T_SYS(pid = wait(&status));
		T_CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		    "child %d: status %#x", (int) pid, status);
		order[i] = pid == pids[0] ? 3 : pid == pids[1] ? 1 : 2;
	}
	T_CHECK(order[0] == 1 && order[1] == 2 && order[2] == 3,
	    "they ended after %d, %d, %d seconds' timeouts", order[0],
	    order[1], order[2]);
}

static void child_write_wakes_parent(void)
{
	int p[2], rr, wr;
	char buf[8];
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		sleep(1);
		t_write_full(p[1], "wake", 4);
		_exit(0);
	}
	T_EQ(sel1(p[0], -1, NULL, &rr, &wr), 1);
	T_EQ(rr, 1);
	T_EQ(read(p[0], buf, sizeof buf), 4);
	T_EQ(t_exit_code(pid), 0);
}

/* The last writer going away makes the pipe readable (end of file). */
static void child_close_wakes_parent(void)
{
	int p[2], rr, wr;
	char c;
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		sleep(1);
		_exit(0);		/* closes the last write end */
	}
	T_SYS(close(p[1]));
	T_EQ(sel1(p[0], -1, NULL, &rr, &wr), 1);
	T_EQ(rr, 1);
	T_EQ(read(p[0], &c, 1), 0);
	T_EQ(t_exit_code(pid), 0);
}

/* The last reader going away makes a full pipe writable (EPIPE). */
static void reader_close_wakes_writer(void)
{
	static char buf[4096];
	int p[2], rr, wr;
	pid_t pid;

	signal(SIGPIPE, SIG_IGN);
	T_SYS(pipe(p));
	T_SYS(fcntl(p[1], F_SETFL, O_NONBLOCK));
	while (write(p[1], buf, sizeof buf) > 0)
		continue;
	if ((pid = t_fork()) == 0) {
		sleep(1);
		_exit(0);
	}
	T_SYS(close(p[0]));
	T_EQ(sel1(-1, p[1], NULL, &rr, &wr), 1);
	T_EQ(wr, 1);
	T_ERR(write(p[1], buf, 1), EPIPE);
	T_EQ(t_exit_code(pid), 0);
}

/* Another process closing its copy of a watched descriptor changes
 * nothing for the select: the pipe is still open here. */
static void other_process_closing_shared_fd(void)
{
	struct timeval t = tv(2, 0);
	int p[2], rr, wr;
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		sleep(1);
		close(p[0]);
		_exit(0);
	}
	T_EQ(sel1(p[0], -1, &t, &rr, &wr), 0);
	T_EQ(rr, 0);
	T_EQ(t_exit_code(pid), 0);
	T_EQ(write(p[1], "y", 1), 1);
	T_EQ(poll1(p[0], -1, &rr, &wr), 1);
	T_EQ(rr, 1);
}

static void signal_interrupts_select(void)
{
	struct sigaction sa;
	fd_set rs;
	int p[2];

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	sigemptyset(&sa.sa_mask);
	T_SYS(sigaction(SIGALRM, &sa, NULL));
	T_SYS(pipe(p));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	alarm(1);
	T_ERR(select(p[0] + 1, &rs, NULL, NULL, NULL), EINTR);
	T_EQ(alarms, 1);
	T_CHECK(FD_ISSET(p[0], &rs), "the set was changed by an EINTR");
	/* The pipe works as before. */
	T_EQ(write(p[1], "z", 1), 1);
	T_EQ(select(p[0] + 1, &rs, NULL, NULL, NULL), 1);
}

static void bad_fd_is_ebadf(void)
{
	fd_set rs, ws;
	struct timeval zero = tv(0, 0);
	int p[2];

	T_SYS(pipe(p));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	FD_SET(40, &rs);
	T_ERR(select(41, &rs, NULL, NULL, &zero), EBADF);
	T_SYS(close(p[1]));
	FD_ZERO(&ws);
	FD_SET(p[1], &ws);
	T_ERR(select(p[1] + 1, NULL, &ws, NULL, NULL), EBADF);
	/* Bits at or above nfds are not looked at. */
	FD_ZERO(&rs);
	FD_SET(40, &rs);
	T_EQ(select(40, &rs, NULL, NULL, &zero), 0);
}

static void bad_nfds_or_timeout_is_einval(void)
{
	struct timeval t = tv(0, 0);
	fd_set rs;

	FD_ZERO(&rs);
	T_ERR(select(-1, &rs, NULL, NULL, &t), EINVAL);
	T_ERR(select(FD_SETSIZE + 1, &rs, NULL, NULL, &t), EINVAL);
	T_EQ(select(FD_SETSIZE, &rs, NULL, NULL, &t), 0);
	t = tv(0, 1000000);
	T_ERR(select(0, NULL, NULL, NULL, &t), EINVAL);
	t = tv(-1, 0);
	T_ERR(select(0, NULL, NULL, NULL, &t), EINVAL);
	t = tv(0, -1);
	T_ERR(select(0, NULL, NULL, NULL, &t), EINVAL);
}

static void bad_pointer_is_efault(void)
{
	struct timeval zero = tv(0, 0);
	fd_set rs;
	int p[2];

	T_SYS(pipe(p));
	FD_ZERO(&rs);
	FD_SET(p[0], &rs);
	T_ERR(select(p[0] + 1, BAD_ADDR, NULL, NULL, &zero), EFAULT);
	T_ERR(select(p[0] + 1, NULL, BAD_ADDR, NULL, &zero), EFAULT);
	T_ERR(select(p[0] + 1, NULL, NULL, BAD_ADDR, &zero), EFAULT);
	T_ERR(select(p[0] + 1, &rs, NULL, NULL, BAD_ADDR), EFAULT);
	/* fd 5 is ready, but the answer cannot be written back: the set
	 * is in read-only memory. */
	T_SYS(dup2(p[1], 5));
	T_ERR(select(6, NULL, (fd_set *) &ro_fd5, NULL, &zero), EFAULT);
}

static void files_and_directories_are_ready(void)
{
	fd_set rs, ws;
	int f, d;

	t_make_file("f", "data", 4, 0644);
	T_SYS(f = open("f", O_RDWR));
	T_SYS(d = open(".", O_RDONLY));
	FD_ZERO(&rs);
	FD_ZERO(&ws);
	FD_SET(f, &rs);
	FD_SET(d, &rs);
	FD_SET(f, &ws);
	T_EQ(select((f > d ? f : d) + 1, &rs, &ws, NULL, NULL), 3);
	T_CHECK(FD_ISSET(f, &rs) && FD_ISSET(d, &rs) && FD_ISSET(f, &ws),
	    "not all reported ready");
}

/* /dev/null's driver (memory) has no select of its own: it is always
 * ready, and a select without a timeout returns at once. */
static void dev_null_is_ready(void)
{
	int fd, rr, wr;

	T_SYS(fd = open("/dev/null", O_RDWR));
	T_EQ(sel1(fd, fd, NULL, &rr, &wr), 2);
	T_EQ(rr, 1);
	T_EQ(wr, 1);
}

/* The terminal: writable at once; with nothing typed, not readable, and
 * a wait for input ends with its timeout. */
static void terminal_writable_not_readable(void)
{
	struct timeval t = tv(1, 0);
	int fd, rr, wr;
	clock_t t0;

	if ((fd = open("/dev/tty", O_RDWR)) < 0)
		T_SYS(fd = open("/dev/console", O_RDWR));
	T_EQ(sel1(-1, fd, NULL, &rr, &wr), 1);
	T_EQ(wr, 1);
	T_EQ(poll1(fd, fd, &rr, &wr), 1);
	T_EQ(rr, 0);
	T_EQ(wr, 1);
	t0 = ticks();
	T_EQ(sel1(fd, -1, &t, &rr, &wr), 0);
	T_EQ(rr, 0);
	T_CHECK(ticks() - t0 >= 100, "returned after %ld ticks",
	    (long) (ticks() - t0));
}

/* A pipe and the terminal in one select: the pipe's data wakes it,
 * though the terminal was asked to tell of input. */
static void pipe_wakes_select_that_also_waits_on_terminal(void)
{
	fd_set rs;
	int p[2], fd, n;
	pid_t pid;

	if ((fd = open("/dev/tty", O_RDONLY)) < 0)
		T_SYS(fd = open("/dev/console", O_RDONLY));
	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		sleep(1);
		t_write_full(p[1], "p", 1);
		_exit(0);
	}
	FD_ZERO(&rs);
	FD_SET(fd, &rs);
	FD_SET(p[0], &rs);
	n = (fd > p[0] ? fd : p[0]) + 1;
	T_EQ(select(n, &rs, NULL, NULL, NULL), 1);
	T_CHECK(FD_ISSET(p[0], &rs) && !FD_ISSET(fd, &rs),
	    "the wrong fd is ready");
	T_EQ(t_exit_code(pid), 0);
}

static const struct t_case cases[] = {
	{ "empty_pipe_writable_not_readable",
	    empty_pipe_writable_not_readable, 0 },
	{ "pipe_with_data_is_readable", pipe_with_data_is_readable, 0 },
	{ "pipe_without_writer_is_readable",
	    pipe_without_writer_is_readable, 0 },
	{ "pipe_without_reader_is_writable",
	    pipe_without_reader_is_writable, 0 },
	{ "full_pipe_is_not_writable", full_pipe_is_not_writable, 0 },
	{ "fifo_readable_when_written", fifo_readable_when_written, 0 },
	{ "wrong_direction_is_ready", wrong_direction_is_ready, 0 },
	{ "timeout_passes_with_nothing_ready",
	    timeout_passes_with_nothing_ready, 0 },
	{ "no_fds_sleeps_for_the_timeout", no_fds_sleeps_for_the_timeout, 0 },
	{ "zero_timeout_only_looks", zero_timeout_only_looks, 0 },
	{ "several_timeouts_end_in_order", several_timeouts_end_in_order, 0 },
	{ "child_write_wakes_parent", child_write_wakes_parent, 0 },
	{ "child_close_wakes_parent", child_close_wakes_parent, 0 },
	{ "reader_close_wakes_writer", reader_close_wakes_writer, 0 },
	{ "other_process_closing_shared_fd",
	    other_process_closing_shared_fd, 0 },
	{ "signal_interrupts_select", signal_interrupts_select, 0 },
	{ "bad_fd_is_ebadf", bad_fd_is_ebadf, 0 },
	{ "bad_nfds_or_timeout_is_einval", bad_nfds_or_timeout_is_einval, 0 },
	{ "bad_pointer_is_efault", bad_pointer_is_efault, 0 },
	{ "files_and_directories_are_ready",
	    files_and_directories_are_ready, 0 },
	{ "dev_null_is_ready", dev_null_is_ready, 0 },
	{ "terminal_writable_not_readable", terminal_writable_not_readable, 0 },
	{ "pipe_wakes_select_that_also_waits_on_terminal",
	    pipe_wakes_select_that_also_waits_on_terminal, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

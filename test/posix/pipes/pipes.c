/*
 * pipes - pipe(2): data in order, end of file when the last writer goes,
 * a full pipe blocking its writer, EPIPE and SIGPIPE, O_NONBLOCK, atomic
 * small writes, data passed down a chain of three processes, what fstat
 * tells of a pipe, and FIFOs' opens waiting for the other end.
 */
#include <sys/select.h>
#include "t.h"

#define PIPE_ATOMIC	512	/* PIPE_BUF: POSIX's least */

static volatile sig_atomic_t sigpipes;

static void count_sigpipe(int sig)
{
	sigpipes++;
}

static unsigned char pattern(long i)
{
	return (unsigned char) (i * 31 + i / 251);
}

/* Writes n bytes of pattern() to fd, in pieces of at most piece. */
static void send_pattern(int fd, long n, size_t piece)
{
	static unsigned char buf[65536];

	for (long off = 0; off < n; ) {
		size_t k = n - off < (long) piece ? (size_t) (n - off) : piece;
		for (size_t i = 0; i < k; i++)
			buf[i] = pattern(off + (long) i);
		t_write_full(fd, buf, k);
		off += (long) k;
	}
}

/* Reads to end of file in pieces; the data must be n bytes of pattern. */
static void expect_pattern(int fd, long n, size_t piece)
{
	static unsigned char buf[65536];
	long off = 0;
	ssize_t r;

	while ((r = read(fd, buf, piece)) > 0) {
		for (ssize_t i = 0; i < r; i++)
			T_CHECK(buf[i] == pattern(off + i), "byte %ld is %#x, "
			    "expected %#x", off + (long) i, buf[i],
			    pattern(off + i));
		off += r;
	}
	T_CHECK(r == 0, "read at %ld: %s", off, t_errname(errno));
	T_EQ(off, n);
}

static void read_write_basic(void)
{
	struct stat st;
	char buf[100];
	int p[2];

	T_SYS(pipe(p));
	T_SYS(fstat(p[0], &st));
	T_CHECK(S_ISFIFO(st.st_mode), "mode %#o", (unsigned) st.st_mode);
	T_EQ(write(p[1], "hello", 5), 5);
	T_EQ(write(p[1], ", pipe", 6), 6);
	/* A read takes what is there and does not wait for more. */
	T_EQ(read(p[0], buf, sizeof buf), 11);
	T_CHECK(memcmp(buf, "hello, pipe", 11) == 0, "read %.11s", buf);
	T_EQ(write(p[1], "abc", 3), 3);
	T_EQ(read(p[0], buf, 2), 2);
	T_EQ(read(p[0], buf + 2, 10), 1);
	T_CHECK(memcmp(buf, "abc", 3) == 0, "read %.3s", buf);
	T_ERR(read(p[1], buf, 1), EBADF);
	T_ERR(write(p[0], buf, 1), EBADF);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
}

static void eof_after_last_writer(void)
{
	char buf[16];
	int p[2], extra;
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		t_write_full(p[1], "data", 4);
		_exit(0);
	}
	T_SYS(close(p[1]));
	T_EQ(t_read_full(p[0], buf, sizeof buf), 4);
	T_EQ(read(p[0], buf, sizeof buf), 0);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(p[0]));

	/* With two write ends, end of file waits for both. */
	T_SYS(pipe(p));
	extra = T_SYS(dup(p[1]));
	T_SYS(fcntl(p[0], F_SETFL, O_NONBLOCK));
	T_SYS(close(p[1]));
	T_ERR(read(p[0], buf, 1), EAGAIN);
	T_SYS(close(extra));
	T_EQ(read(p[0], buf, 1), 0);
	T_SYS(close(p[0]));
}

/* A writer of more than the pipe holds must wait for the reader. */
static void full_pipe_blocks_writer(void)
{
	const long n = 256 * 1024;
	int p[2], status;
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		send_pattern(p[1], n, n > 65536 ? 65536 : (size_t) n);
		_exit(0);
	}
	T_SYS(close(p[1]));
	sleep(1);
	T_CHECK(waitpid(pid, &status, WNOHANG) == 0,
	    "the writer finished though nobody read");
	expect_pattern(p[0], n, 3000);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(p[0]));
}

/* A blocked reader wakes when data comes. */
static void empty_pipe_blocks_reader(void)
{
	char buf[8];
	int p[2];
	pid_t pid;
	time_t t0 = time(NULL);

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		sleep(1);
		t_write_full(p[1], "late", 4);
		_exit(0);
	}
	T_SYS(close(p[1]));
	T_EQ(read(p[0], buf, sizeof buf), 4);
	T_CHECK(memcmp(buf, "late", 4) == 0, "read %.4s", buf);
	T_CHECK(time(NULL) - t0 >= 1, "the read did not wait for the data");
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(p[0]));
}

static void stream_integrity(void)
{
	const long n = 300 * 1000;
	int p[2];
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		send_pattern(p[1], n, 1000);
		_exit(0);
	}
	T_SYS(close(p[1]));
	expect_pattern(p[0], n, 777);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(p[0]));
}

static void no_reader_epipe_and_handler(void)
{
	struct sigaction sa;
	int p[2];

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = count_sigpipe;
	sigemptyset(&sa.sa_mask);
	T_SYS(sigaction(SIGPIPE, &sa, NULL));
	T_SYS(pipe(p));
	T_SYS(close(p[0]));
	T_ERR(write(p[1], "x", 1), EPIPE);
	T_EQ(sigpipes, 1);
	T_ERR(write(p[1], "y", 1), EPIPE);
	T_EQ(sigpipes, 2);
	T_SYS(close(p[1]));
}

static void no_reader_sig_ign_epipe(void)
{
	int p[2];

	signal(SIGPIPE, SIG_IGN);
	T_SYS(pipe(p));
	T_SYS(close(p[0]));
	T_ERR(write(p[1], "x", 1), EPIPE);
	T_SYS(close(p[1]));
}

static void no_reader_default_kills(void)
{
	int p[2], status;
	pid_t pid;

	T_SYS(pipe(p));
	T_SYS(close(p[0]));
	if ((pid = t_fork()) == 0) {
		signal(SIGPIPE, SIG_DFL);
		write(p[1], "x", 1);
		_exit(0);
	}
	T_SYS(close(p[1]));
	status = t_wait(pid);
	T_CHECK(WIFSIGNALED(status), "the writer was not killed: status "
	    "%#x", status);
	T_EQ(WTERMSIG(status), SIGPIPE);
}

/* A reader that goes away while a writer is blocked: EPIPE, not a hang. */
static void reader_leaves_blocked_writer(void)
{
	int p[2], status;
	pid_t pid;

	T_SYS(pipe(p));
	if ((pid = t_fork()) == 0) {
		close(p[0]);
		signal(SIGPIPE, SIG_IGN);
		for (;;) {
			static char block[4096];
			if (write(p[1], block, sizeof block) < 0)
				_exit(errno == EPIPE ? 0 : 1);
		}
	}
	T_SYS(close(p[1]));
	sleep(1);
	T_CHECK(waitpid(pid, &status, WNOHANG) == 0, "the writer stopped "
	    "early");
	T_SYS(close(p[0]));
	T_EQ(t_exit_code(pid), 0);
}

static void nonblock_read_eagain(void)
{
	char c;
	int p[2];

	T_SYS(pipe(p));
	T_SYS(fcntl(p[0], F_SETFL, O_NONBLOCK));
	T_CHECK(fcntl(p[0], F_GETFL) & O_NONBLOCK, "O_NONBLOCK not kept");
	T_ERR(read(p[0], &c, 1), EAGAIN);
	T_EQ(write(p[1], "z", 1), 1);
	T_EQ(read(p[0], &c, 1), 1);
	T_ERR(read(p[0], &c, 1), EAGAIN);
	T_SYS(close(p[1]));
	T_EQ(read(p[0], &c, 1), 0);
	T_SYS(close(p[0]));
}

static void nonblock_write_eagain(void)
{
	static char buf[PIPE_ATOMIC];
	long total = 0;
	ssize_t w;
	int p[2];

	T_SYS(pipe(p));
	T_SYS(fcntl(p[1], F_SETFL, O_NONBLOCK));
	while ((w = write(p[1], buf, 100)) > 0) {
		total += w;
		T_CHECK(total < 16L * 1024 * 1024, "the pipe never fills");
	}
	T_CHECK(w < 0 && errno == EAGAIN, "a write to a full pipe gave %zd, "
	    "%s", w, t_errname(errno));
	T_CHECK(total >= PIPE_ATOMIC, "the pipe holds only %ld bytes", total);
	/* Once drained, there is room again. */
	while (total > 0) {
		size_t k = total < (long) sizeof buf ? (size_t) total :
		    sizeof buf;
		T_EQ(t_read_full(p[0], buf, k), k);
		total -= (long) k;
	}
	T_EQ(write(p[1], buf, sizeof buf), sizeof buf);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
}

/* Writes of at most PIPE_BUF bytes are never interleaved. */
static void small_writes_are_atomic(void)
{
	enum { WRITERS = 4, RECORDS = 300, LEN = 256 };
	unsigned char rec[LEN];
	int p[2], count[WRITERS] = { 0 };
	pid_t pids[WRITERS];

	T_SYS(pipe(p));
	for (int w = 0; w < WRITERS; w++) {
		if ((pids[w] = t_fork()) == 0) {
			close(p[0]);
			memset(rec, 'A' + w, sizeof rec);
			for (int i = 0; i < RECORDS; i++)
				if (write(p[1], rec, LEN) != LEN)
					_exit(1);
			_exit(0);
		}
	}
	T_SYS(close(p[1]));
	for (int i = 0; i < WRITERS * RECORDS; i++) {
		T_EQ(t_read_full(p[0], rec, LEN), LEN);
		int w = rec[0] - 'A';
		T_CHECK(w >= 0 && w < WRITERS, "record %d starts with %#x", i,
		    rec[0]);
		for (int k = 1; k < LEN; k++)
			T_CHECK(rec[k] == rec[0], "record %d mixes writers "
			    "%c and %c", i, rec[0], rec[k]);
		count[w]++;
	}
	T_EQ(read(p[0], rec, 1), 0);
	for (int w = 0; w < WRITERS; w++) {
		T_EQ(count[w], RECORDS);
		T_EQ(t_exit_code(pids[w]), 0);
	}
	T_SYS(close(p[0]));
}

/*
 * parent -> child -> grandchild: the child adds one to every byte, the
 * grandchild checks the stream and answers its sum back to the parent.
 */
static void pipeline_three_processes(void)
{
	const long n = 100 * 1000;
	int down1[2], down2[2], back[2];
	unsigned long sum = 0, got;
	pid_t child;

	T_SYS(pipe(down1));
	T_SYS(pipe(back));
	if ((child = t_fork()) == 0) {
		pid_t grand;
		unsigned char buf[4096];
		ssize_t r;

		close(down1[1]);
		close(back[0]);
		T_SYS(pipe(down2));
		if ((grand = t_fork()) == 0) {
			unsigned long s = 0;
			long off = 0;
			close(down2[1]);
			close(down1[0]);
			while ((r = read(down2[0], buf, sizeof buf)) > 0)
				for (ssize_t i = 0; i < r; i++, off++) {
					T_CHECK(buf[i] == (unsigned char)
					    (pattern(off) + 1), "grandchild: "
					    "byte %ld is wrong", off);
					s += buf[i];
				}
			T_CHECK(off == n, "grandchild got %ld bytes", off);
			t_write_full(back[1], &s, sizeof s);
			_exit(0);
		}
		close(down2[0]);
		close(back[1]);
		while ((r = read(down1[0], buf, sizeof buf)) > 0) {
			for (ssize_t i = 0; i < r; i++)
				buf[i]++;
			t_write_full(down2[1], buf, (size_t) r);
		}
		close(down2[1]);
		_exit(t_exit_code(grand));
	}
	T_SYS(close(down1[0]));
	T_SYS(close(back[1]));
	send_pattern(down1[1], n, 5000);
	T_SYS(close(down1[1]));
	for (long i = 0; i < n; i++)
		sum += (unsigned char) (pattern(i) + 1);
	T_EQ(t_read_full(back[0], &got, sizeof got), sizeof got);
	T_CHECK(got == sum, "the grandchild's sum is %lu, expected %lu", got,
	    sum);
	T_EQ(t_exit_code(child), 0);
	T_SYS(close(back[0]));
}

/* Does fd become readable within ms milliseconds?  (How a case sees
 * that another process is still blocked: it says nothing yet.) */
static int readable_within(int fd, int ms)
{
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
	fd_set set;
	int r;

	FD_ZERO(&set);
	FD_SET(fd, &set);
	while ((r = select(fd + 1, &set, NULL, NULL, &tv)) < 0 && errno == EINTR)
		continue;
	T_CHECK(r >= 0, "select: %s", t_errname(errno));
	return r > 0;
}

/* A child that opens the FIFO with flags, says "o" on status when the
 * open returns, then reads all (O_RDONLY) and sends it on status, or
 * writes "data" (O_WRONLY). */
static pid_t fifo_child(int flags, int status[2])
{
	char buf[64];
	size_t n;
	pid_t pid;
	int fd;

	T_SYS(pipe(status));
	if ((pid = t_fork()) != 0) {
		close(status[1]);
		return pid;
	}
	close(status[0]);
	fd = T_SYS(open("fifo", flags));
	t_write_full(status[1], "o", 1);
	if ((flags & O_ACCMODE) == O_RDONLY) {
		n = t_read_full(fd, buf, sizeof buf);
		t_write_full(status[1], buf, n);
	} else {
		t_write_full(fd, "data", 4);
	}
	_exit(0);
}

/* An open for reading waits for a writer; what the writer writes then
 * reaches it (not an end of file before anyone wrote). */
static void fifo_reader_waits_for_writer(void)
{
	char buf[16];
	int st[2], fd;
	pid_t pid;

	T_SYS(mkfifo("fifo", 0600));
	pid = fifo_child(O_RDONLY, st);
	T_CHECK(!readable_within(st[0], 500),
	    "the reader's open returned with no writer");
	fd = T_SYS(open("fifo", O_WRONLY));
	t_write_full(fd, "data", 4);
	T_SYS(close(fd));
	T_EQ(t_read_full(st[0], buf, sizeof buf), 5);
	T_CHECK(memcmp(buf, "odata", 5) == 0, "the reader got %.5s", buf);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(st[0]));
}

/* An open for writing waits for a reader. */
static void fifo_writer_waits_for_reader(void)
{
	char buf[16];
	int st[2], fd;
	pid_t pid;

	T_SYS(mkfifo("fifo", 0600));
	pid = fifo_child(O_WRONLY, st);
	T_CHECK(!readable_within(st[0], 500),
	    "the writer's open returned with no reader");
	fd = T_SYS(open("fifo", O_RDONLY));
	T_EQ(t_read_full(fd, buf, sizeof buf), 4);
	T_CHECK(memcmp(buf, "data", 4) == 0, "read %.4s", buf);
	T_EQ(t_read_full(st[0], buf, sizeof buf), 1);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd));
	T_SYS(close(st[0]));
}

/* O_NONBLOCK: a reader goes ahead alone (and reads an end of file), a
 * writer with no reader fails with ENXIO and with one goes ahead; an
 * open for both never waits. */
static void fifo_nonblocking_opens(void)
{
	char buf[4];
	int rd, wr, rw;

	T_SYS(mkfifo("fifo", 0600));
	T_ERR(open("fifo", O_WRONLY | O_NONBLOCK), ENXIO);
	rd = T_SYS(open("fifo", O_RDONLY | O_NONBLOCK));
	T_EQ(read(rd, buf, sizeof buf), 0);
	wr = T_SYS(open("fifo", O_WRONLY | O_NONBLOCK));
	T_EQ(write(wr, "ab", 2), 2);
	T_EQ(read(rd, buf, sizeof buf), 2);
	T_SYS(close(rd));
	T_SYS(close(wr));
	T_ERR(open("fifo", O_WRONLY | O_NONBLOCK), ENXIO);
	rw = T_SYS(open("fifo", O_RDWR));
	wr = T_SYS(open("fifo", O_WRONLY));	/* rw is a reader */
	T_SYS(close(wr));
	T_SYS(close(rw));
}

static void on_alarm(int sig)
{
}

/* A signal ends an open that waits, with EINTR. */
static void fifo_open_interrupted(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	T_SYS(sigaction(SIGALRM, &sa, NULL));
	T_SYS(mkfifo("fifo", 0600));
	alarm(1);
	T_ERR(open("fifo", O_RDONLY), EINTR);
	alarm(1);
	T_ERR(open("fifo", O_WRONLY), EINTR);
	/* Nothing of those opens is left: a writer still finds no reader. */
	T_ERR(open("fifo", O_WRONLY | O_NONBLOCK), ENXIO);
}

/* Waits until the clock's second has moved on from t. */
static void next_second(time_t t)
{
	while (time(NULL) == t)
		usleep(20000);
}

/* fstat of a pipe: a number and device of its own, its maker's ids,
 * and times that pipe() sets and reads and writes move. */
static void pipe_fstat_ids_and_times(void)
{
	struct stat a, b, c;
	time_t t0 = time(NULL);
	char buf[4];
	int p[2], q[2];

	T_SYS(pipe(p));
	T_SYS(pipe(q));
	T_SYS(fstat(p[0], &a));
	T_SYS(fstat(q[1], &b));
	T_CHECK(a.st_ino != 0 && a.st_ino != b.st_ino,
	    "st_ino %llu and %llu", (unsigned long long) a.st_ino,
	    (unsigned long long) b.st_ino);
	T_CHECK(a.st_dev != 0 && a.st_dev == b.st_dev, "st_dev %u and %u",
	    (unsigned) a.st_dev, (unsigned) b.st_dev);
	T_SYS(fstat(p[1], &b));
	T_CHECK(a.st_ino == b.st_ino, "the two ends are different pipes");
	T_EQ(a.st_uid, geteuid());
	T_EQ(a.st_gid, getegid());
	T_CHECK(a.st_atime >= t0 && a.st_mtime >= t0 && a.st_ctime >= t0
	    && a.st_mtime <= time(NULL), "times %lld %lld %lld, now %lld",
	    (long long) a.st_atime, (long long) a.st_mtime,
	    (long long) a.st_ctime, (long long) t0);
	next_second(a.st_mtime);
	T_EQ(write(p[1], "ab", 2), 2);
	T_SYS(fstat(p[0], &b));
	T_CHECK(b.st_mtime > a.st_mtime && b.st_ctime > a.st_ctime,
	    "a write left mtime %lld, ctime %lld", (long long) b.st_mtime,
	    (long long) b.st_ctime);
	T_EQ(b.st_atime, a.st_atime);
	next_second(b.st_mtime);
	T_EQ(read(p[0], buf, sizeof buf), 2);
	T_SYS(fstat(p[1], &c));
	T_CHECK(c.st_atime > b.st_atime, "a read left atime %lld",
	    (long long) c.st_atime);
	T_EQ(c.st_mtime, b.st_mtime);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
	T_SYS(close(q[0]));
	T_SYS(close(q[1]));
}

static const struct t_case cases[] = {
	{ "read_write_basic", read_write_basic, 0 },
	{ "eof_after_last_writer", eof_after_last_writer, 0 },
	{ "full_pipe_blocks_writer", full_pipe_blocks_writer, 60 },
	{ "empty_pipe_blocks_reader", empty_pipe_blocks_reader, 0 },
	{ "stream_integrity", stream_integrity, 120 },
	{ "no_reader_epipe_and_handler", no_reader_epipe_and_handler, 0 },
	{ "no_reader_sig_ign_epipe", no_reader_sig_ign_epipe, 0 },
	{ "no_reader_default_kills", no_reader_default_kills, 0 },
	{ "reader_leaves_blocked_writer", reader_leaves_blocked_writer, 0 },
	{ "nonblock_read_eagain", nonblock_read_eagain, 0 },
	{ "nonblock_write_eagain", nonblock_write_eagain, 0 },
	{ "small_writes_are_atomic", small_writes_are_atomic, 60 },
	{ "pipeline_three_processes", pipeline_three_processes, 120 },
	{ "fifo_reader_waits_for_writer", fifo_reader_waits_for_writer, 0 },
	{ "fifo_writer_waits_for_reader", fifo_writer_waits_for_reader, 0 },
	{ "fifo_nonblocking_opens", fifo_nonblocking_opens, 0 },
	{ "fifo_open_interrupted", fifo_open_interrupted, 0 },
	{ "pipe_fstat_ids_and_times", pipe_fstat_ids_and_times, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

/*
 * locks - fcntl record locks: F_GETLK, F_SETLK and F_SETLKW with shared
 * and exclusive locks on byte ranges (from SEEK_SET, SEEK_CUR and
 * SEEK_END, to the end of the file with l_len 0, backwards with a
 * negative l_len), a process's own locks replaced, cut and merged,
 * locks released by any close of the file and by exit, waiting, a wait
 * ended by a signal (EINTR), deadlocks refused (EDEADLK), bad arguments
 * and a full lock table (ENOLCK).
 *
 * Another process holds the locks a case tests against: holder() forks
 * one that takes them and waits until the case tells it to go.
 */
#include <sys/select.h>
#include "t.h"

struct holder {
	pid_t pid;
	int go;			/* write a byte here: the holder unlocks and ends */
};

static struct flock lk(int type, int whence, off_t start, off_t len)
{
	struct flock fl;

	memset(&fl, 0, sizeof fl);
	fl.l_type = (short) type;
	fl.l_whence = (short) whence;
	fl.l_start = start;
	fl.l_len = len;
	return fl;
}

static int setlk(int fd, int cmd, int type, off_t start, off_t len)
{
	struct flock fl = lk(type, SEEK_SET, start, len);

	return fcntl(fd, cmd, &fl);
}

/* The file every case locks: 100 bytes. */
static int open_file(int flags)
{
	static const char data[100];
	int fd;

	if (access("f", F_OK) < 0)
		t_make_file("f", data, sizeof data, 0666);
	fd = T_SYS(open("f", flags));
	return fd;
}

/* A process that takes an exclusive (or shared) lock of len bytes at
 * start, says so, and holds it until told to go. */
static struct holder holder(int type, off_t start, off_t len)
{
	struct holder h;
	int ready[2], go[2], fd;
	char c;

	T_SYS(pipe(ready));
	T_SYS(pipe(go));
	if ((h.pid = t_fork()) == 0) {
		close(ready[0]);
		close(go[1]);
		fd = open_file(O_RDWR);
		T_SYS(setlk(fd, F_SETLK, type, start, len));
		t_write_full(ready[1], "r", 1);
		(void) read(go[0], &c, 1);
		_exit(0);
	}
	close(ready[1]);
	close(go[0]);
	T_EQ(t_read_full(ready[0], &c, 1), 1);
	close(ready[0]);
	h.go = go[1];
	return h;
}

static void release(struct holder *h)
{
	t_write_full(h->go, "g", 1);
	close(h->go);
	T_EQ(t_exit_code(h->pid), 0);
}

static int readable_within(int fd, int ms)
{
	struct timeval tv = { ms / 1000, (ms % 1000) * 1000 };
	fd_set set;
	int r;

	FD_ZERO(&set);
	FD_SET(fd, &set);
	while ((r = select(fd + 1, &set, NULL, NULL, &tv)) < 0 && errno == EINTR)
		continue;
	return r > 0;
}

static void getlk_reports_the_holder(void)
{
	struct holder h = holder(F_WRLCK, 10, 20);
	int fd = open_file(O_RDWR);
	struct flock fl = lk(F_RDLCK, SEEK_SET, 0, 15);

	T_SYS(fcntl(fd, F_GETLK, &fl));
	T_EQ(fl.l_type, F_WRLCK);
	T_EQ(fl.l_whence, SEEK_SET);
	T_EQ(fl.l_start, 10);
	T_EQ(fl.l_len, 20);
	T_EQ(fl.l_pid, h.pid);
	fl = lk(F_WRLCK, SEEK_SET, 30, 0);	/* right after it: free */
	T_SYS(fcntl(fd, F_GETLK, &fl));
	T_EQ(fl.l_type, F_UNLCK);
	fl = lk(F_WRLCK, SEEK_SET, 0, 10);
	T_SYS(fcntl(fd, F_GETLK, &fl));
	T_EQ(fl.l_type, F_UNLCK);
	release(&h);
	fl = lk(F_WRLCK, SEEK_SET, 0, 0);
	T_SYS(fcntl(fd, F_GETLK, &fl));
	T_EQ(fl.l_type, F_UNLCK);
	T_SYS(close(fd));
}

static void shared_and_exclusive(void)
{
	struct holder h = holder(F_RDLCK, 0, 50);
	int fd = open_file(O_RDWR);

	T_SYS(setlk(fd, F_SETLK, F_RDLCK, 0, 100));	/* shared with it */
	T_ERR(setlk(fd, F_SETLK, F_WRLCK, 40, 20), EAGAIN);
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 50, 50));
	T_SYS(setlk(fd, F_SETLK, F_UNLCK, 0, 0));
	release(&h);
	h = holder(F_WRLCK, 0, 50);
	T_ERR(setlk(fd, F_SETLK, F_RDLCK, 49, 1), EAGAIN);
	T_SYS(setlk(fd, F_SETLK, F_RDLCK, 50, 1));
	release(&h);
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 100));
	T_SYS(close(fd));
}

/* Ranges by whence, to the end of the file, and backwards. */
static void ranges_from_whence(void)
{
	struct holder h = holder(F_WRLCK, 60, 0);	/* 60 to any end */
	int fd = open_file(O_RDWR);
	struct flock fl;

	T_ERR(setlk(fd, F_SETLK, F_WRLCK, 1000000, 1), EAGAIN);
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 60));
	T_EQ(lseek(fd, 55, SEEK_SET), 55);
	fl = lk(F_WRLCK, SEEK_CUR, 0, 5);		/* 55..59 */
	T_SYS(fcntl(fd, F_SETLK, &fl));
	fl = lk(F_WRLCK, SEEK_CUR, 0, 6);		/* 55..60 */
	T_ERR(fcntl(fd, F_SETLK, &fl), EAGAIN);
	fl = lk(F_WRLCK, SEEK_END, -40, 1);		/* 60 */
	T_ERR(fcntl(fd, F_SETLK, &fl), EAGAIN);
	fl = lk(F_WRLCK, SEEK_END, -40, -10);		/* 50..59 */
	T_SYS(fcntl(fd, F_SETLK, &fl));
	fl = lk(F_WRLCK, SEEK_SET, 70, -11);		/* 59..69 */
	T_ERR(fcntl(fd, F_SETLK, &fl), EAGAIN);
	release(&h);
	T_SYS(close(fd));
}

/* A process's own locks: a new one replaces what it covers, cutting the
 * old; an unlock in the middle leaves both ends. */
static void own_locks_cut_and_merge(void)
{
	int fd = open_file(O_RDWR), r;
	struct flock fl;
	pid_t pid;

	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 100));
	T_SYS(setlk(fd, F_SETLK, F_UNLCK, 40, 20));	/* 0..39, 60..99 */
	T_SYS(setlk(fd, F_SETLK, F_RDLCK, 90, 10));	/* 90..99 shared */
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 40, 10));	/* 40..49 again */
	if ((pid = t_fork()) == 0) {
		int cfd = open_file(O_RDWR);
		T_ERR(setlk(cfd, F_SETLK, F_RDLCK, 39, 1), EAGAIN);
		T_ERR(setlk(cfd, F_SETLK, F_RDLCK, 45, 1), EAGAIN);
		T_SYS(setlk(cfd, F_SETLK, F_WRLCK, 50, 10));
		T_ERR(setlk(cfd, F_SETLK, F_RDLCK, 60, 1), EAGAIN);
		T_SYS(setlk(cfd, F_SETLK, F_RDLCK, 90, 10));
		T_ERR(setlk(cfd, F_SETLK, F_WRLCK, 95, 1), EAGAIN);
		fl = lk(F_WRLCK, SEEK_SET, 0, 0);
		T_SYS(fcntl(cfd, F_GETLK, &fl));
		T_CHECK(fl.l_type == F_WRLCK && fl.l_start == 0 &&
		    fl.l_len == 50, "first lock in the way: type %d at %lld "
		    "for %lld", fl.l_type, (long long) fl.l_start,
		    (long long) fl.l_len);
		_exit(0);
	}
	r = t_exit_code(pid);
	T_EQ(r, 0);
	T_SYS(close(fd));
}

/* Any close of the file ends the process's locks on it, even through
 * another descriptor; a descriptor made by dup shares them. */
static void close_of_any_descriptor_releases(void)
{
	int fd = open_file(O_RDWR), fd2 = open_file(O_RDONLY), dupfd;
	pid_t pid;

	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 10));
	dupfd = T_SYS(dup(fd));
	T_SYS(setlk(dupfd, F_SETLK, F_WRLCK, 5, 10));	/* its own: fine */
	if ((pid = t_fork()) == 0) {
		int cfd = open_file(O_RDWR);
		T_ERR(setlk(cfd, F_SETLK, F_WRLCK, 12, 1), EAGAIN);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd2));
	if ((pid = t_fork()) == 0) {
		int cfd = open_file(O_RDWR);
		T_SYS(setlk(cfd, F_SETLK, F_WRLCK, 0, 0));
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd));
	T_SYS(close(dupfd));
}

static void exit_releases_and_fork_does_not_inherit(void)
{
	struct holder h = holder(F_WRLCK, 0, 0);
	int fd = open_file(O_RDWR);
	pid_t pid;

	release(&h);
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 0));
	if ((pid = t_fork()) == 0) {
		/* The child has the descriptor, not the lock. */
		T_ERR(setlk(fd, F_SETLK, F_WRLCK, 0, 1), EAGAIN);
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd));
}

/* F_SETLKW waits while the lock is held, and gets it when it goes. */
static void setlkw_waits_for_the_holder(void)
{
	struct holder h = holder(F_WRLCK, 0, 10);
	int got[2];
	pid_t pid;
	char c;

	T_SYS(pipe(got));
	if ((pid = t_fork()) == 0) {
		int cfd = open_file(O_RDWR);
		close(got[0]);
		T_SYS(setlk(cfd, F_SETLKW, F_RDLCK, 5, 1));
		t_write_full(got[1], "l", 1);
		_exit(0);
	}
	close(got[1]);
	T_CHECK(!readable_within(got[0], 500),
	    "F_SETLKW returned while the lock was held");
	release(&h);
	T_EQ(t_read_full(got[0], &c, 1), 1);
	T_EQ(t_exit_code(pid), 0);
	close(got[0]);
}

static void on_alarm(int sig)
{
}

static void setlkw_interrupted_eintr(void)
{
	struct holder h = holder(F_WRLCK, 0, 10);
	int fd = open_file(O_RDWR);
	struct sigaction sa;

	memset(&sa, 0, sizeof sa);
	sa.sa_handler = on_alarm;
	T_SYS(sigaction(SIGALRM, &sa, NULL));
	alarm(1);
	T_ERR(setlk(fd, F_SETLKW, F_WRLCK, 0, 1), EINTR);
	T_ERR(setlk(fd, F_SETLK, F_WRLCK, 0, 1), EAGAIN);
	release(&h);
	T_SYS(setlk(fd, F_SETLKW, F_WRLCK, 0, 1));
	T_SYS(close(fd));
}

/* Two processes that would each wait for the other: the second is
 * refused with EDEADLK; when it lets go, the first gets its lock. */
static void deadlock_edeadlk(void)
{
	int fd = open_file(O_RDWR), got[2], go[2];
	pid_t pid;
	char c;

	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 1));
	T_SYS(pipe(got));
	T_SYS(pipe(go));
	if ((pid = t_fork()) == 0) {
		int cfd = open_file(O_RDWR);
		close(got[0]);
		close(go[1]);
		T_SYS(setlk(cfd, F_SETLK, F_WRLCK, 1, 1));
		t_write_full(got[1], "1", 1);
		T_SYS(setlk(cfd, F_SETLKW, F_WRLCK, 0, 1));	/* waits */
		t_write_full(got[1], "2", 1);
		(void) read(go[0], &c, 1);
		_exit(0);
	}
	close(got[1]);
	close(go[0]);
	T_EQ(t_read_full(got[0], &c, 1), 1);
	T_CHECK(!readable_within(got[0], 500), "the child did not wait");
	T_ERR(setlk(fd, F_SETLKW, F_WRLCK, 1, 1), EDEADLK);
	T_ERR(setlk(fd, F_SETLK, F_WRLCK, 1, 1), EAGAIN);
	T_SYS(setlk(fd, F_SETLK, F_UNLCK, 0, 1));
	T_EQ(t_read_full(got[0], &c, 1), 1);
	T_EQ(c, '2');
	t_write_full(go[1], "g", 1);
	T_EQ(t_exit_code(pid), 0);
	T_SYS(close(fd));
}

static void bad_arguments(void)
{
	int rd = open_file(O_RDONLY), wr = open_file(O_WRONLY);
	struct flock fl;

	T_ERR(setlk(rd, F_SETLK, F_WRLCK, 0, 1), EBADF);
	T_ERR(setlk(wr, F_SETLK, F_RDLCK, 0, 1), EBADF);
	T_ERR(setlk(rd, F_SETLK, 7, 0, 1), EINVAL);
	T_ERR(setlk(rd, F_SETLK, F_RDLCK, -1, 1), EINVAL);
	T_ERR(setlk(rd, F_SETLK, F_RDLCK, 0, -1), EINVAL);
	fl = lk(F_RDLCK, 9, 0, 1);
	T_ERR(fcntl(rd, F_SETLK, &fl), EINVAL);
	T_ERR(setlk(99, F_SETLK, F_RDLCK, 0, 1), EBADF);
	T_ERR(fcntl(rd, F_SETLK, (struct flock *) 16), EFAULT);
	T_ERR(fcntl(rd, F_GETLK, (struct flock *) 16), EFAULT);
	T_SYS(close(rd));
	T_SYS(close(wr));
}

/* The lock table is finite: ENOLCK when it is full, and everything
 * back when the locks go. */
static void full_table_enolck(void)
{
	int fd = open_file(O_RDWR), i, r = 0;

	for (i = 0; i < 10000 && (r = setlk(fd, F_SETLK, F_WRLCK, 2 * i, 1))
	    == 0; i++)
		;			/* gaps between them: no merging */
	T_CHECK(r < 0 && errno == ENOLCK, "lock %d: %s", i,
	    r < 0 ? t_errname(errno) : "no end");
	T_CHECK(i >= 64, "only %d locks", i);
	T_SYS(setlk(fd, F_SETLK, F_UNLCK, 0, 0));
	T_SYS(setlk(fd, F_SETLK, F_WRLCK, 0, 1));
	T_SYS(close(fd));
}

static const struct t_case cases[] = {
	{ "getlk_reports_the_holder", getlk_reports_the_holder, 0 },
	{ "shared_and_exclusive", shared_and_exclusive, 0 },
	{ "ranges_from_whence", ranges_from_whence, 0 },
	{ "own_locks_cut_and_merge", own_locks_cut_and_merge, 0 },
	{ "close_of_any_descriptor_releases",
	    close_of_any_descriptor_releases, 0 },
	{ "exit_releases_and_fork_does_not_inherit",
	    exit_releases_and_fork_does_not_inherit, 0 },
	{ "setlkw_waits_for_the_holder", setlkw_waits_for_the_holder, 0 },
	{ "setlkw_interrupted_eintr", setlkw_interrupted_eintr, 0 },
	{ "deadlock_edeadlk", deadlock_edeadlk, 0 },
	{ "bad_arguments", bad_arguments, 0 },
	{ "full_table_enolck", full_table_enolck, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

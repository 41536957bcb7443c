/*
 * files - regular files: create, read and write, seeking and holes,
 * truncation, open flags, stat, dup/dup2, fcntl, close-on-exec, umask,
 * chmod and utime.
 *
 * Run with "--fdcheck CLOSED OPEN", this program is the helper that the
 * close-on-exec case runs: it exits 0 if fd CLOSED is closed and fd OPEN
 * is open, else a code saying which is wrong.
 */
#include "t.h"

#include <utime.h>

/* A recognisable byte for offset i of a test file. */
static unsigned char byte_at(size_t i)
{
	return (unsigned char) ('a' + (i * 7 + i / 13) % 26);
}

/* Makes path hold n bytes of byte_at(). */
static void make_patterned(const char *path, size_t n)
{
	static unsigned char buf[20000];
	size_t i;

	T_CHECK(n <= sizeof buf, "make_patterned: %zu is too big", n);
	for (i = 0; i < n; i++)
		buf[i] = byte_at(i);
	t_make_file(path, buf, n, 0644);
}

static off_t size_of(const char *path)
{
	struct stat st;

	T_SYS(stat(path, &st));
	return st.st_size;
}

/* Fails unless bytes [from, to) of fd read as zeros. */
static void expect_zeros(int fd, off_t from, off_t to)
{
	char buf[4096];

	T_EQ(lseek(fd, from, SEEK_SET), from);
	while (from < to) {
		size_t want = to - from < (off_t) sizeof buf ?
		    (size_t) (to - from) : sizeof buf;
		size_t got = t_read_full(fd, buf, want);
		T_CHECK(got == want, "short read at %lld: %zu of %zu",
		    (long long) from, got, want);
		for (size_t i = 0; i < got; i++)
			T_CHECK(buf[i] == 0, "byte %lld is %#x, not 0",
			    (long long) from + (long long) i,
			    (unsigned char) buf[i]);
		from += (off_t) got;
	}
}

static void create_new_file(void)
{
	struct stat st;
	int fd = T_SYS(open("f", O_WRONLY | O_CREAT | O_EXCL, 0644));

	T_SYS(fstat(fd, &st));
	T_CHECK(S_ISREG(st.st_mode), "mode %#o is not a regular file",
	    (unsigned) st.st_mode);
	T_EQ(st.st_mode & 07777, 0644);
	T_EQ(st.st_size, 0);
	T_EQ(st.st_nlink, 1);
	T_EQ(st.st_uid, geteuid());
	T_SYS(close(fd));
	T_SYS(stat("f", &st));
	T_CHECK(S_ISREG(st.st_mode), "stat: not a regular file");
	T_SYS(unlink("f"));
}

static void write_then_read_back(void)
{
	char buf[64];
	int fd = T_SYS(open("f", O_RDWR | O_CREAT | O_TRUNC, 0644));

	T_EQ(write(fd, "hello, ", 7), 7);
	T_EQ(write(fd, "world", 5), 5);
	T_EQ(write(fd, "", 0), 0);
	T_SYS(close(fd));
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(read(fd, buf, sizeof buf), 12);
	T_CHECK(memcmp(buf, "hello, world", 12) == 0, "read back %.12s", buf);
	T_EQ(read(fd, buf, sizeof buf), 0);
	T_SYS(close(fd));
	T_EQ(size_of("f"), 12);
	T_SYS(unlink("f"));
}

/* A read into stack pages the program has not touched yet (the stack
 * grows on demand): the kernel's copy makes them appear, as the
 * program's own access would have, rather than failing with EFAULT. */
static void read_into_untouched_stack(void)
{
	char deep[256 * 1024];		/* far below anything used so far */
	size_t i, n = 20000;
	int fd;

	make_patterned("f", n);
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(read(fd, deep, n), (long long) n);
	for (i = 0; i < n; i++)
		T_CHECK((unsigned char) deep[i] == byte_at(i),
		    "byte %zu read back wrong", i);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void lseek_set_cur_end(void)
{
	char buf[16];
	int fd;

	make_patterned("f", 100);
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(lseek(fd, 10, SEEK_SET), 10);
	T_EQ(read(fd, buf, 5), 5);
	for (int i = 0; i < 5; i++)
		T_EQ(buf[i], byte_at(10 + i));
	T_EQ(lseek(fd, 0, SEEK_CUR), 15);
	T_EQ(lseek(fd, 5, SEEK_CUR), 20);
	T_EQ(lseek(fd, -3, SEEK_CUR), 17);
	T_EQ(read(fd, buf, 1), 1);
	T_EQ(buf[0], byte_at(17));
	T_EQ(lseek(fd, 0, SEEK_END), 100);
	T_EQ(read(fd, buf, 1), 0);
	T_EQ(lseek(fd, -10, SEEK_END), 90);
	T_EQ(read(fd, buf, 16), 10);
	T_EQ(buf[9], byte_at(99));
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

/* Seeking past the end and writing leaves a hole that reads as zeros. */
static void hole_reads_as_zeros(void)
{
	static const off_t ends[] = { 5000, 100000, 3000000 };
	struct stat st;
	char c;

	for (size_t k = 0; k < sizeof ends / sizeof ends[0]; k++) {
		int fd = T_SYS(open("f", O_RDWR | O_CREAT | O_TRUNC, 0644));
		T_EQ(write(fd, "0123456789", 10), 10);
		T_EQ(lseek(fd, ends[k], SEEK_SET), ends[k]);
		T_EQ(write(fd, "X", 1), 1);
		T_SYS(fstat(fd, &st));
		T_EQ(st.st_size, ends[k] + 1);
		expect_zeros(fd, 10, ends[k]);
		T_EQ(read(fd, &c, 1), 1);
		T_EQ(c, 'X');
		T_EQ(lseek(fd, 9, SEEK_SET), 9);
		T_EQ(read(fd, &c, 1), 1);
		T_EQ(c, '9');
		T_SYS(close(fd));
	}
	T_SYS(unlink("f"));
}

static void seek_past_end_alone_keeps_size(void)
{
	char c;
	int fd;

	make_patterned("f", 100);
	fd = T_SYS(open("f", O_RDWR));
	T_EQ(lseek(fd, 5000, SEEK_SET), 5000);
	T_EQ(read(fd, &c, 1), 0);
	T_SYS(close(fd));
	T_EQ(size_of("f"), 100);
	T_SYS(unlink("f"));
}

static void truncate_shrinks(void)
{
	char buf[2000];

	make_patterned("f", 5000);
	T_SYS(truncate("f", 1000));
	T_EQ(size_of("f"), 1000);
	T_EQ(t_read_file("f", buf, sizeof buf), 1000);
	for (int i = 0; i < 1000; i++)
		T_CHECK((unsigned char) buf[i] == byte_at(i),
		    "byte %d changed", i);
	T_SYS(truncate("f", 0));
	T_EQ(size_of("f"), 0);
	T_SYS(unlink("f"));
}

static void truncate_grows_with_zeros(void)
{
	int fd;

	make_patterned("f", 1000);
	T_SYS(truncate("f", 9000));
	T_EQ(size_of("f"), 9000);
	fd = T_SYS(open("f", O_RDONLY));
	expect_zeros(fd, 1000, 9000);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

/* Shrinking to the middle of a block must not leave old data behind. */
static void ftruncate_shrink_then_grow(void)
{
	struct stat st;
	char buf[100];
	int fd;

	make_patterned("f", 20000);
	fd = T_SYS(open("f", O_RDWR));
	T_SYS(ftruncate(fd, 100));
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_size, 100);
	T_SYS(ftruncate(fd, 20000));
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_size, 20000);
	expect_zeros(fd, 100, 20000);
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(read(fd, buf, 100), 100);
	T_EQ(buf[99], byte_at(99));
	T_SYS(ftruncate(fd, 0));
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_size, 0);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void ftruncate_keeps_offset(void)
{
	int fd;

	make_patterned("f", 3000);
	fd = T_SYS(open("f", O_RDWR));
	T_EQ(lseek(fd, 2000, SEEK_SET), 2000);
	T_SYS(ftruncate(fd, 10));
	T_EQ(lseek(fd, 0, SEEK_CUR), 2000);
	T_EQ(write(fd, "Z", 1), 1);
	T_SYS(close(fd));
	T_EQ(size_of("f"), 2001);
	fd = T_SYS(open("f", O_RDONLY));
	expect_zeros(fd, 10, 2000);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void append_writes_at_end(void)
{
	char buf[32];
	int fd;

	t_make_file("f", "start", 5, 0644);
	fd = T_SYS(open("f", O_WRONLY | O_APPEND));
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(write(fd, "-one", 4), 4);
	T_EQ(lseek(fd, 0, SEEK_CUR), 9);
	T_EQ(lseek(fd, 2, SEEK_SET), 2);
	T_EQ(write(fd, "-two", 4), 4);
	T_EQ(lseek(fd, 0, SEEK_CUR), 13);
	T_SYS(close(fd));
	T_EQ(t_read_file("f", buf, sizeof buf), 13);
	T_CHECK(memcmp(buf, "start-one-two", 13) == 0, "file is %.13s", buf);
	T_SYS(unlink("f"));
}

/* Two O_APPEND descriptors never overwrite each other's data. */
static void append_two_descriptors(void)
{
	char buf[32];
	int a, b;

	t_make_file("f", "", 0, 0644);
	a = T_SYS(open("f", O_WRONLY | O_APPEND));
	b = T_SYS(open("f", O_WRONLY | O_APPEND));
	T_EQ(write(a, "aaa", 3), 3);
	T_EQ(write(b, "bbb", 3), 3);
	T_EQ(write(a, "AAA", 3), 3);
	T_SYS(close(a));
	T_SYS(close(b));
	T_EQ(t_read_file("f", buf, sizeof buf), 9);
	T_CHECK(memcmp(buf, "aaabbbAAA", 9) == 0, "file is %.9s", buf);
	T_SYS(unlink("f"));
}

static void trunc_empties_file(void)
{
	struct stat st;
	int fd;

	make_patterned("f", 5000);
	fd = T_SYS(open("f", O_WRONLY | O_TRUNC));
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_size, 0);
	T_EQ(write(fd, "x", 1), 1);
	T_SYS(close(fd));
	T_EQ(size_of("f"), 1);
	T_SYS(unlink("f"));
}

static void excl_refuses_existing(void)
{
	t_make_file("f", "keep", 4, 0644);
	T_ERR(open("f", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	T_ERR(open("f", O_RDWR | O_CREAT | O_EXCL | O_TRUNC, 0644), EEXIST);
	T_EQ(size_of("f"), 4);
	T_SYS(unlink("f"));
}

static void creat_keeps_existing(void)
{
	struct stat st;
	char buf[8];
	int fd;

	t_make_file("f", "keep", 4, 0600);
	fd = T_SYS(open("f", O_RDWR | O_CREAT, 0666));
	T_EQ(read(fd, buf, sizeof buf), 4);
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_mode & 07777, 0600);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void stat_sizes_and_types(void)
{
	struct stat a, b;
	int fd;

	make_patterned("f", 12345);
	T_SYS(stat("f", &a));
	T_CHECK(S_ISREG(a.st_mode), "f: mode %#o", (unsigned) a.st_mode);
	T_EQ(a.st_size, 12345);
	T_CHECK(a.st_blocks * 512 >= 12345, "st_blocks %lld too small",
	    (long long) a.st_blocks);
	fd = T_SYS(open("f", O_RDONLY));
	T_SYS(fstat(fd, &b));
	T_SYS(close(fd));
	T_CHECK(a.st_ino == b.st_ino && a.st_dev == b.st_dev,
	    "stat and fstat name different files");
	T_EQ(b.st_size, 12345);
	T_SYS(stat(".", &a));
	T_CHECK(S_ISDIR(a.st_mode), ".: mode %#o", (unsigned) a.st_mode);
	T_SYS(stat("/dev/null", &a));
	T_CHECK(S_ISCHR(a.st_mode), "/dev/null: mode %#o",
	    (unsigned) a.st_mode);
	T_SYS(mkfifo("fifo", 0644));
	T_SYS(stat("fifo", &a));
	T_CHECK(S_ISFIFO(a.st_mode), "fifo: mode %#o", (unsigned) a.st_mode);
	T_SYS(unlink("fifo"));
	T_SYS(unlink("f"));
}

static void dup_shares_offset(void)
{
	char c;
	int fd, fd2;

	make_patterned("f", 100);
	fd = T_SYS(open("f", O_RDONLY));
	fd2 = T_SYS(dup(fd));
	T_CHECK(fd2 != fd, "dup gave the same descriptor");
	T_EQ(read(fd, &c, 1), 1);
	T_EQ(lseek(fd, 10, SEEK_CUR), 11);
	T_EQ(lseek(fd2, 0, SEEK_CUR), 11);
	T_EQ(read(fd2, &c, 1), 1);
	T_EQ(c, byte_at(11));
	T_EQ(lseek(fd, 0, SEEK_CUR), 12);
	T_SYS(close(fd));
	T_EQ(read(fd2, &c, 1), 1);
	T_EQ(c, byte_at(12));
	T_SYS(close(fd2));
	T_SYS(unlink("f"));
}

static void dup_takes_lowest_free(void)
{
	int fd = T_SYS(open("/dev/null", O_RDONLY));
	int hole = T_SYS(open("/dev/null", O_RDONLY));
	int top = T_SYS(open("/dev/null", O_RDONLY));

	T_SYS(close(hole));
	T_EQ(dup(top), hole);
	T_SYS(close(fd));
	T_SYS(close(hole));
	T_SYS(close(top));
}

static void dup2_shares_offset(void)
{
	char c;
	int fd, other;

	make_patterned("f", 100);
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(dup2(fd, 20), 20);
	T_EQ(lseek(20, 30, SEEK_SET), 30);
	T_EQ(lseek(fd, 0, SEEK_CUR), 30);
	T_EQ(dup2(fd, fd), fd);
	T_EQ(lseek(fd, 0, SEEK_CUR), 30);
	/* dup2 onto an open descriptor closes that one first. */
	other = T_SYS(open("/dev/null", O_RDONLY));
	T_EQ(dup2(fd, other), other);
	T_EQ(read(other, &c, 1), 1);
	T_EQ(c, byte_at(30));
	T_SYS(close(20));
	T_SYS(close(other));
	T_EQ(lseek(fd, 0, SEEK_CUR), 31);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void fcntl_setfl_append(void)
{
	char buf[16];
	int fd, fd2, fl;

	t_make_file("f", "abc", 3, 0644);
	fd = T_SYS(open("f", O_RDWR));
	fl = T_SYS(fcntl(fd, F_GETFL));
	T_EQ(fl & O_ACCMODE, O_RDWR);
	T_CHECK(!(fl & O_APPEND), "O_APPEND set at open: %#x", fl);
	T_SYS(fcntl(fd, F_SETFL, fl | O_APPEND));
	fl = T_SYS(fcntl(fd, F_GETFL));
	T_CHECK(fl & O_APPEND, "F_SETFL did not set O_APPEND: %#x", fl);
	T_EQ(fl & O_ACCMODE, O_RDWR);
	fd2 = T_SYS(dup(fd));
	T_CHECK(T_SYS(fcntl(fd2, F_GETFL)) & O_APPEND,
	    "a dup does not share the status flags");
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(write(fd, "d", 1), 1);
	T_SYS(fcntl(fd, F_SETFL, fl & ~O_APPEND));
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(write(fd, "A", 1), 1);
	T_SYS(close(fd));
	T_SYS(close(fd2));
	T_EQ(t_read_file("f", buf, sizeof buf), 4);
	T_CHECK(memcmp(buf, "Abcd", 4) == 0, "file is %.4s", buf);
	T_SYS(unlink("f"));
}

static void fcntl_cloexec_flag(void)
{
	int fd = T_SYS(open("/dev/null", O_RDONLY)), fd2;

	T_EQ(fcntl(fd, F_GETFD), 0);
	T_SYS(fcntl(fd, F_SETFD, FD_CLOEXEC));
	T_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	fd2 = T_SYS(dup(fd));
	T_EQ(fcntl(fd2, F_GETFD), 0);
	T_SYS(fcntl(fd, F_SETFD, 0));
	T_EQ(fcntl(fd, F_GETFD), 0);
	T_SYS(close(fd));
	T_SYS(close(fd2));
	fd = T_SYS(open("/dev/null", O_RDONLY | O_CLOEXEC));
	T_EQ(fcntl(fd, F_GETFD), FD_CLOEXEC);
	T_SYS(close(fd));
}

/* The helper run by cloexec_closes_on_exec. */
static int fdcheck(char **argv)
{
	int closed = atoi(argv[2]), open_fd = atoi(argv[3]);

	if (fcntl(closed, F_GETFD) != -1 || errno != EBADF)
		return 2;
	if (fcntl(open_fd, F_GETFD) != 0)
		return 3;
	if (lseek(open_fd, 0, SEEK_CUR) != 7)
		return 4;
	return 0;
}

static void cloexec_closes_on_exec(void)
{
	char a[16], b[16];
	int fda, fdb, code;
	pid_t pid;

	make_patterned("f", 100);
	fda = T_SYS(open("f", O_RDONLY));
	fdb = T_SYS(open("f", O_RDONLY));
	T_SYS(fcntl(fda, F_SETFD, FD_CLOEXEC));
	T_EQ(lseek(fdb, 7, SEEK_SET), 7);
	snprintf(a, sizeof a, "%d", fda);
	snprintf(b, sizeof b, "%d", fdb);
	if ((pid = t_fork()) == 0) {
		execl(t_self, "files", "--fdcheck", a, b, (char *) NULL);
		T_FAIL("execl %s: %s", t_self, t_errname(errno));
	}
	code = t_exit_code(pid);
	T_CHECK(code != 2, "the close-on-exec descriptor stayed open");
	T_CHECK(code != 3, "the plain descriptor was closed by exec");
	T_CHECK(code != 4, "the inherited descriptor lost its offset");
	T_EQ(code, 0);
	T_SYS(close(fda));
	T_SYS(close(fdb));
	T_SYS(unlink("f"));
}

static mode_t mode_of(const char *path)
{
	struct stat st;

	T_SYS(stat(path, &st));
	return st.st_mode & 07777;
}

static void umask_masks_new_modes(void)
{
	int fd;

	T_EQ(umask(077), 022);
	fd = T_SYS(open("f1", O_WRONLY | O_CREAT, 0666));
	T_SYS(close(fd));
	T_EQ(mode_of("f1"), 0600);
	T_EQ(umask(0), 077);
	fd = T_SYS(open("f2", O_WRONLY | O_CREAT, 0666));
	T_SYS(close(fd));
	T_EQ(mode_of("f2"), 0666);
	umask(027);
	T_SYS(mkdir("d", 0777));
	T_EQ(mode_of("d"), 0750);
	/* The mask applies at creation only. */
	T_SYS(chmod("f1", 0777));
	T_EQ(mode_of("f1"), 0777);
	T_EQ(umask(022), 027);
	T_SYS(unlink("f1"));
	T_SYS(unlink("f2"));
	T_SYS(rmdir("d"));
}

static void chmod_sets_mode(void)
{
	int fd;

	t_make_file("f", "x", 1, 0644);
	T_SYS(chmod("f", 0640));
	T_EQ(mode_of("f"), 0640);
	T_SYS(chmod("f", 0));
	T_EQ(mode_of("f"), 0);
	T_SYS(chmod("f", 04755));
	T_EQ(mode_of("f"), 04755);
	fd = T_SYS(open("f", O_RDONLY));
	T_SYS(fchmod(fd, 0604));
	T_SYS(close(fd));
	T_EQ(mode_of("f"), 0604);
	T_SYS(unlink("f"));
}

static void utime_sets_times(void)
{
	struct utimbuf tb = { .actime = 1000000, .modtime = 2000000 };
	struct stat st;
	time_t now;

	t_make_file("f", "x", 1, 0644);
	T_SYS(utime("f", &tb));
	T_SYS(stat("f", &st));
	T_EQ(st.st_atime, 1000000);
	T_EQ(st.st_mtime, 2000000);
	now = time(NULL);
	T_SYS(utime("f", NULL));
	T_SYS(stat("f", &st));
	T_CHECK(st.st_mtime >= now - 2 && st.st_mtime <= now + 5,
	    "utime(NULL) set mtime %lld, now is %lld",
	    (long long) st.st_mtime, (long long) now);
	T_CHECK(st.st_atime >= now - 2 && st.st_atime <= now + 5,
	    "utime(NULL) set atime %lld, now is %lld",
	    (long long) st.st_atime, (long long) now);
	T_SYS(unlink("f"));
}

static void write_updates_mtime(void)
{
	struct utimbuf tb = { .actime = 1000000, .modtime = 1000000 };
	struct stat st;
	time_t now;
	int fd;

	t_make_file("f", "x", 1, 0644);
	T_SYS(utime("f", &tb));
	now = time(NULL);
	fd = T_SYS(open("f", O_WRONLY));
	T_EQ(write(fd, "y", 1), 1);
	T_SYS(close(fd));
	T_SYS(stat("f", &st));
	T_CHECK(st.st_mtime >= now - 2 && st.st_mtime <= now + 5,
	    "mtime after a write is %lld, now is %lld",
	    (long long) st.st_mtime, (long long) now);
	T_SYS(unlink("f"));
}

static const struct t_case cases[] = {
	{ "create_new_file", create_new_file, 0 },
	{ "write_then_read_back", write_then_read_back, 0 },
	{ "lseek_set_cur_end", lseek_set_cur_end, 0 },
	{ "hole_reads_as_zeros", hole_reads_as_zeros, 60 },
	{ "seek_past_end_alone_keeps_size", seek_past_end_alone_keeps_size, 0 },
	{ "truncate_shrinks", truncate_shrinks, 0 },
	{ "truncate_grows_with_zeros", truncate_grows_with_zeros, 0 },
	{ "ftruncate_shrink_then_grow", ftruncate_shrink_then_grow, 0 },
	{ "ftruncate_keeps_offset", ftruncate_keeps_offset, 0 },
	{ "append_writes_at_end", append_writes_at_end, 0 },
	{ "append_two_descriptors", append_two_descriptors, 0 },
	{ "trunc_empties_file", trunc_empties_file, 0 },
	{ "excl_refuses_existing", excl_refuses_existing, 0 },
	{ "creat_keeps_existing", creat_keeps_existing, 0 },
	{ "stat_sizes_and_types", stat_sizes_and_types, 0 },
	{ "dup_shares_offset", dup_shares_offset, 0 },
	{ "dup_takes_lowest_free", dup_takes_lowest_free, 0 },
	{ "dup2_shares_offset", dup2_shares_offset, 0 },
	{ "fcntl_setfl_append", fcntl_setfl_append, 0 },
	{ "fcntl_cloexec_flag", fcntl_cloexec_flag, 0 },
	{ "cloexec_closes_on_exec", cloexec_closes_on_exec, 0 },
	{ "umask_masks_new_modes", umask_masks_new_modes, 0 },
	{ "chmod_sets_mode", chmod_sets_mode, 0 },
	{ "utime_sets_times", utime_sets_times, 0 },
	{ "write_updates_mtime", write_updates_mtime, 0 },
	{ "read_into_untouched_stack", read_into_untouched_stack, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	if (argc == 4 && strcmp(argv[1], "--fdcheck") == 0)
		return fdcheck(argv);
	return t_main(argc, argv, cases, NULL);
}

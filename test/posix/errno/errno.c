/*
 * errno - the error each call gives for bad input: EFAULT, EBADF, ENOENT,
 * ENOTDIR, EISDIR, EEXIST, ENAMETOOLONG, EMFILE, ENOSPC, EINVAL, EPERM,
 * EACCES, ESPIPE, ECHILD, ESRCH, ENOTEMPTY, ENOTTY.  EXDEV is not tested:
 * there is only one file system.
 */
#include "t.h"

#include <sys/statvfs.h>
#include <termios.h>
#include <utime.h>

#define USER_UID	100

/* An address with nothing mapped; volatile so the compiler cannot see it. */
static void *volatile bad_ptr = (void *) 1;
#define BAD_PTR		(bad_ptr)

/* In a child of uid 100, runs fn; the child's failures are the case's. */
static void as_user(void (*fn)(void))
{
	pid_t pid;

	if ((pid = t_fork()) == 0) {
		T_SYS(setuid(USER_UID));
		T_EQ(getuid(), USER_UID);
		T_EQ(geteuid(), USER_UID);
		fn();
		_exit(0);
	}
	T_EQ(t_exit_code(pid), 0);
}

static void efault_open(void)
{
	T_ERR(open(BAD_PTR, O_RDONLY), EFAULT);
}

static void efault_read(void)
{
	int fd;

	t_make_file("f", "0123456789", 10, 0644);
	fd = T_SYS(open("f", O_RDONLY));
	T_ERR(read(fd, BAD_PTR, 10), EFAULT);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void efault_write(void)
{
	int fd = T_SYS(open("f", O_WRONLY | O_CREAT, 0644));

	T_ERR(write(fd, BAD_PTR, 10), EFAULT);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void efault_stat(void)
{
	int fd;

	t_make_file("f", "", 0, 0644);
	T_ERR(stat("f", BAD_PTR), EFAULT);
	fd = T_SYS(open("f", O_RDONLY));
	T_ERR(fstat(fd, BAD_PTR), EFAULT);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static void efault_path_calls(void)
{
	struct stat st;

	T_ERR(stat(BAD_PTR, &st), EFAULT);
	T_ERR(chdir(BAD_PTR), EFAULT);
	T_ERR(mkdir(BAD_PTR, 0755), EFAULT);
	T_ERR(unlink(BAD_PTR), EFAULT);
}

static void ebadf_bad_descriptors(void)
{
	static const int bad[] = { -1, 40, 1000 };
	struct stat st;
	char c;

	for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
		int fd = bad[k];
		T_ERR(read(fd, &c, 1), EBADF);
		T_ERR(write(fd, "x", 1), EBADF);
		T_ERR(close(fd), EBADF);
		T_ERR(fstat(fd, &st), EBADF);
		T_ERR(lseek(fd, 0, SEEK_SET), EBADF);
		T_ERR(dup(fd), EBADF);
		T_ERR(dup2(fd, 30), EBADF);
		T_ERR(fcntl(fd, F_GETFL), EBADF);
		T_ERR(fchdir(fd), EBADF);
		T_ERR(ftruncate(fd, 0), EBADF);
	}
	T_ERR(dup2(0, -1), EBADF);
	T_ERR(dup2(0, 100000), EBADF);
}

static void ebadf_closed_descriptor(void)
{
	char c;
	int fd = T_SYS(open("/dev/null", O_RDONLY));

	T_SYS(close(fd));
	T_ERR(read(fd, &c, 1), EBADF);
	T_ERR(close(fd), EBADF);
}

static void ebadf_wrong_direction(void)
{
	char c;
	int fd;

	t_make_file("f", "abc", 3, 0644);
	fd = T_SYS(open("f", O_RDONLY));
	T_ERR(write(fd, "x", 1), EBADF);
	T_ERR2(ftruncate(fd, 0), EINVAL, EBADF);
	T_SYS(close(fd));
	fd = T_SYS(open("f", O_WRONLY));
	T_ERR(read(fd, &c, 1), EBADF);
	T_SYS(close(fd));
	T_EQ(t_read_file("f", &c, 1), 1);
	T_EQ(c, 'a');
	T_SYS(unlink("f"));
}

static void enoent_missing_names(void)
{
	struct stat st;

	T_ERR(open("nope", O_RDONLY), ENOENT);
	T_ERR(open("nope/x", O_RDONLY | O_CREAT, 0644), ENOENT);
	T_ERR(open("", O_RDONLY), ENOENT);
	T_ERR(stat("nope", &st), ENOENT);
	T_ERR(stat("", &st), ENOENT);
	T_ERR(lstat("nope", &st), ENOENT);
	T_ERR(unlink("nope"), ENOENT);
	T_ERR(rmdir("nope"), ENOENT);
	T_ERR(chdir("nope"), ENOENT);
	T_ERR(link("nope", "x"), ENOENT);
	T_ERR(rename("nope", "x"), ENOENT);
	T_ERR(access("nope", F_OK), ENOENT);
	T_ERR(chmod("nope", 0644), ENOENT);
	T_ERR(truncate("nope", 0), ENOENT);
}

static void enotdir_file_as_dir(void)
{
	struct stat st;

	t_make_file("f", "", 0, 0644);
	T_ERR(open("f/x", O_RDONLY), ENOTDIR);
	T_ERR(open("f/x", O_WRONLY | O_CREAT, 0644), ENOTDIR);
	T_ERR(open("f", O_RDONLY | O_DIRECTORY), ENOTDIR);
	T_ERR(stat("f/x", &st), ENOTDIR);
	T_ERR(mkdir("f/x", 0755), ENOTDIR);
	T_ERR(chdir("f"), ENOTDIR);
	T_ERR(rmdir("f"), ENOTDIR);
	T_CHECK(opendir("f") == NULL && errno == ENOTDIR,
	    "opendir of a file: %s", t_errname(errno));
	T_ERR(open("f/", O_RDONLY), ENOTDIR);
	T_SYS(unlink("f"));
}

static void eisdir_directory_as_file(void)
{
	char buf[64];
	int fd;

	T_SYS(mkdir("d", 0755));
	T_ERR(open("d", O_WRONLY), EISDIR);
	T_ERR(open("d", O_RDWR), EISDIR);
	T_ERR(open("d", O_WRONLY | O_CREAT, 0644), EISDIR);
	T_ERR(open("d", O_RDWR | O_TRUNC), EISDIR);
	fd = T_SYS(open("d", O_RDONLY));
	T_ERR(read(fd, buf, sizeof buf), EISDIR);
	T_SYS(close(fd));
	T_SYS(rmdir("d"));
}

static void eexist_existing_names(void)
{
	t_make_file("f", "", 0, 0644);
	T_SYS(mkdir("d", 0755));
	T_ERR(open("f", O_RDWR | O_CREAT | O_EXCL, 0644), EEXIST);
	T_ERR(open("d", O_RDONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	T_ERR(mkdir("f", 0755), EEXIST);
	T_ERR(mkdir("d", 0755), EEXIST);
	T_ERR(link("f", "d"), EEXIST);
	T_ERR(symlink("x", "f"), EEXIST);
	T_ERR(mkfifo("f", 0644), EEXIST);
	T_SYS(unlink("f"));
	T_SYS(rmdir("d"));
}

/* A name component longer than NAME_MAX (100 characters or more). */
static void enametoolong_component(void)
{
	char name[NAME_MAX + 120];
	size_t n = NAME_MAX + 1 > 100 ? NAME_MAX + 1 : 100;
	struct stat st;

	memset(name, 'n', n);
	name[n] = '\0';
	T_ERR(open(name, O_WRONLY | O_CREAT, 0644), ENAMETOOLONG);
	T_ERR(stat(name, &st), ENAMETOOLONG);
	T_ERR(mkdir(name, 0755), ENAMETOOLONG);
	t_make_file("short", "", 0, 0644);
	T_ERR(link("short", name), ENAMETOOLONG);
	T_ERR(rename("short", name), ENAMETOOLONG);
	T_SYS(unlink("short"));
	/* ... and the longest allowed name works. */
	name[NAME_MAX] = '\0';
	t_make_file(name, "", 0, 0644);
	T_SYS(stat(name, &st));
	T_SYS(unlink(name));
}

/* A path longer than PATH_MAX (2000 characters or more). */
static void enametoolong_path(void)
{
	static char path[PATH_MAX + 2100];
	size_t n = PATH_MAX + 1 > 2000 ? PATH_MAX + 1 : 2000;
	struct stat st;

	for (size_t i = 0; i < n; i += 2) {
		path[i] = '.';
		path[i + 1] = '/';
	}
	path[n - 1] = 'f';
	path[n] = '\0';
	t_make_file("f", "", 0, 0644);
	T_ERR(open(path, O_RDONLY), ENAMETOOLONG);
	T_ERR(stat(path, &st), ENAMETOOLONG);
	T_ERR(chdir(path), ENAMETOOLONG);
	T_SYS(unlink("f"));
}

static void emfile_descriptor_table_full(void)
{
	long max = sysconf(_SC_OPEN_MAX);
	int fd, last = -1, p[2];

	T_CHECK(max > 0 && max <= 100000, "sysconf(_SC_OPEN_MAX) is %ld", max);
	for (int i = 0; i < 100000; i++) {
		if ((fd = open("/dev/null", O_RDONLY)) < 0)
			break;
		last = fd;
	}
	T_CHECK(fd < 0, "open never failed");
	T_CHECK(errno == EMFILE, "open failed with %s, expected EMFILE",
	    t_errname(errno));
	T_EQ(last, max - 1);
	T_ERR(dup(0), EMFILE);
	T_ERR(pipe(p), EMFILE);
	T_ERR(fcntl(0, F_DUPFD, 0), EMFILE);
	/* One free slot: the next open gets exactly it. */
	T_SYS(close(max / 2));
	T_EQ(open("/dev/null", O_RDONLY), max / 2);
	T_SYS(close(last));
	T_ERR(pipe(p), EMFILE);
	T_EQ(dup(0), last);
}

static void enospc_full_file_system(void)
{
	static char block[65536];
	struct statvfs before, after;
	long long total = 0;
	ssize_t w;
	int fd;

	memset(block, 0xee, sizeof block);
	T_SYS(statvfs(".", &before));
	fd = T_SYS(open("fill", O_WRONLY | O_CREAT | O_EXCL, 0644));
	while ((w = write(fd, block, sizeof block)) > 0) {
		total += w;
		T_CHECK(total < 4096LL * 1024 * 1024, "wrote 4 GiB without "
		    "ENOSPC");
	}
	int e = errno;
	T_SYS(close(fd));
	T_SYS(unlink("fill"));
	T_CHECK(w < 0, "write returned 0 after %lld bytes", total);
	T_CHECK(e == ENOSPC, "write failed after %lld bytes with %s, "
	    "expected ENOSPC", total, t_errname(e));
	T_CHECK(total > 0, "nothing could be written");
	T_SYS(statvfs(".", &after));
	T_CHECK(after.f_bfree == before.f_bfree, "free blocks %llu before, "
	    "%llu after", (unsigned long long) before.f_bfree,
	    (unsigned long long) after.f_bfree);
	t_make_file("after", "room again", 10, 0644);
	T_SYS(unlink("after"));
}

static void einval_bad_arguments(void)
{
	int fd;

	t_make_file("f", "0123456789", 10, 0644);
	fd = T_SYS(open("f", O_RDONLY));
	T_EQ(lseek(fd, 4, SEEK_SET), 4);
	T_ERR(lseek(fd, 0, 99), EINVAL);
	T_ERR(lseek(fd, -1, SEEK_SET), EINVAL);
	T_ERR(lseek(fd, -5, SEEK_CUR), EINVAL);
	T_ERR(lseek(fd, -11, SEEK_END), EINVAL);
	T_EQ(lseek(fd, 0, SEEK_CUR), 4);
	T_ERR(fcntl(fd, 9999), EINVAL);
	T_ERR(kill(getpid(), 999), EINVAL);
	T_ERR(truncate("f", -1), EINVAL);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
	/* With a child to wait for, only the options are wrong. */
	pid_t pid = t_fork();
	if (pid == 0)
		_exit(0);
	T_ERR(waitpid(pid, NULL, 0x4000), EINVAL);
	T_EQ(t_exit_code(pid), 0);
}

static void user_may_not_chmod_chown(void)
{
	struct utimbuf tb = { 1, 1 };

	T_ERR(chmod("rootfile", 0666), EPERM);
	T_ERR(chown("rootfile", USER_UID, USER_UID), EPERM);
	T_ERR(utime("rootfile", &tb), EPERM);
	T_ERR(utime("rootfile", NULL), EACCES);
	T_ERR(setuid(0), EPERM);
}

static void eperm_not_owner(void)
{
	struct stat st;

	t_make_file("rootfile", "", 0, 0644);
	as_user(user_may_not_chmod_chown);
	T_SYS(stat("rootfile", &st));
	T_EQ(st.st_mode & 07777, 0644);
	T_EQ(st.st_uid, 0);
	T_SYS(unlink("rootfile"));
}

static void unlink_directory_refused(void)
{
	T_SYS(mkdir("d", 0755));
	T_ERR2(unlink("d"), EPERM, EISDIR);
	T_SYS(rmdir("d"));
}

static void user_may_not_enter(void)
{
	struct stat st;

	T_ERR(open("secret", O_RDONLY), EACCES);
	T_ERR(open("secret", O_WRONLY), EACCES);
	T_ERR(access("secret", R_OK), EACCES);
	T_ERR(open("rootdir/new", O_WRONLY | O_CREAT, 0644), EACCES);
	T_ERR(mkdir("rootdir/newdir", 0755), EACCES);
	T_ERR(unlink("rootdir/f"), EACCES);
	T_ERR(stat("closed/f", &st), EACCES);
	T_ERR(chdir("closed"), EACCES);
	T_SYS(stat("rootdir/f", &st));
}

static void eacces_permissions(void)
{
	t_make_file("secret", "root only", 9, 0600);
	T_SYS(mkdir("rootdir", 0755));
	t_make_file("rootdir/f", "", 0, 0644);
	T_SYS(mkdir("closed", 0700));
	t_make_file("closed/f", "", 0, 0644);
	as_user(user_may_not_enter);
	T_SYS(unlink("secret"));
	T_SYS(unlink("rootdir/f"));
	T_SYS(rmdir("rootdir"));
	T_SYS(unlink("closed/f"));
	T_SYS(rmdir("closed"));
}

static void espipe_seek_on_pipe(void)
{
	int p[2], fd;

	T_SYS(pipe(p));
	T_ERR(lseek(p[0], 0, SEEK_SET), ESPIPE);
	T_ERR(lseek(p[1], 0, SEEK_CUR), ESPIPE);
	T_SYS(close(p[0]));
	T_SYS(close(p[1]));
	T_SYS(mkfifo("fifo", 0644));
	fd = T_SYS(open("fifo", O_RDWR | O_NONBLOCK));
	T_ERR(lseek(fd, 0, SEEK_SET), ESPIPE);
	T_SYS(close(fd));
	T_SYS(unlink("fifo"));
}

static void echild_no_children(void)
{
	T_ERR(wait(NULL), ECHILD);
	T_ERR(waitpid(-1, NULL, WNOHANG), ECHILD);
}

static void esrch_no_such_process(void)
{
	pid_t pid = t_fork();

	if (pid == 0)
		_exit(0);
	t_wait(pid);
	T_ERR(kill(pid, SIGTERM), ESRCH);
	T_ERR(kill(pid, 0), ESRCH);
}

static void enotempty_rmdir(void)
{
	T_SYS(mkdir("d", 0755));
	t_make_file("d/f", "", 0, 0644);
	T_ERR(rmdir("d"), ENOTEMPTY);
	T_SYS(unlink("d/f"));
	T_SYS(rmdir("d"));
}

static void enotty_not_a_terminal(void)
{
	struct termios tio;
	int fd;

	t_make_file("f", "", 0, 0644);
	fd = T_SYS(open("f", O_RDONLY));
	T_ERR(tcgetattr(fd, &tio), ENOTTY);
	T_EQ(isatty(fd), 0);
	T_SYS(close(fd));
	T_SYS(unlink("f"));
}

static const struct t_case cases[] = {
	{ "efault_open", efault_open, 0 },
	{ "efault_read", efault_read, 0 },
	{ "efault_write", efault_write, 0 },
	{ "efault_stat", efault_stat, 0 },
	{ "efault_path_calls", efault_path_calls, 0 },
	{ "ebadf_bad_descriptors", ebadf_bad_descriptors, 0 },
	{ "ebadf_closed_descriptor", ebadf_closed_descriptor, 0 },
	{ "ebadf_wrong_direction", ebadf_wrong_direction, 0 },
	{ "enoent_missing_names", enoent_missing_names, 0 },
	{ "enotdir_file_as_dir", enotdir_file_as_dir, 0 },
	{ "eisdir_directory_as_file", eisdir_directory_as_file, 0 },
	{ "eexist_existing_names", eexist_existing_names, 0 },
	{ "enametoolong_component", enametoolong_component, 0 },
	{ "enametoolong_path", enametoolong_path, 0 },
	{ "emfile_descriptor_table_full", emfile_descriptor_table_full, 0 },
	{ "enospc_full_file_system", enospc_full_file_system, 300 },
	{ "einval_bad_arguments", einval_bad_arguments, 0 },
	{ "eperm_not_owner", eperm_not_owner, 0 },
	{ "unlink_directory_refused", unlink_directory_refused, 0 },
	{ "eacces_permissions", eacces_permissions, 0 },
	{ "espipe_seek_on_pipe", espipe_seek_on_pipe, 0 },
	{ "echild_no_children", echild_no_children, 0 },
	{ "esrch_no_such_process", esrch_no_such_process, 0 },
	{ "enotempty_rmdir", enotempty_rmdir, 0 },
	{ "enotty_not_a_terminal", enotty_not_a_terminal, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

/*
 * dirs - directories: mkdir and rmdir with their errors, nested paths
 * with ".", ".." and repeated slashes, chdir, fchdir and getcwd (also
 * deep down), the link counts that "." and ".." give, and a removed
 * directory that is still open.
 */
#include "t.h"

#define DEPTH	40

static void mkdir_then_rmdir(void)
{
	struct stat st;

	T_SYS(mkdir("a", 0755));
	T_SYS(stat("a", &st));
	T_CHECK(S_ISDIR(st.st_mode), "mode %#o", (unsigned) st.st_mode);
	T_EQ(st.st_mode & 07777, 0755);
	T_EQ(st.st_uid, geteuid());
	T_SYS(rmdir("a"));
	T_ERR(stat("a", &st), ENOENT);
}

static void mkdir_existing_eexist(void)
{
	T_SYS(mkdir("a", 0755));
	T_ERR(mkdir("a", 0755), EEXIST);
	T_ERR(mkdir("a/.", 0755), EEXIST);
	T_ERR(mkdir(".", 0755), EEXIST);
	t_make_file("f", "", 0, 0644);
	T_ERR(mkdir("f", 0755), EEXIST);
	T_SYS(unlink("f"));
	T_SYS(rmdir("a"));
}

static void mkdir_missing_parent_enoent(void)
{
	T_ERR(mkdir("nope/sub", 0755), ENOENT);
	T_ERR(mkdir("", 0755), ENOENT);
}

static void mkdir_under_file_enotdir(void)
{
	t_make_file("f", "", 0, 0644);
	T_ERR(mkdir("f/sub", 0755), ENOTDIR);
	T_SYS(unlink("f"));
}

static void rmdir_not_empty(void)
{
	T_SYS(mkdir("a", 0755));
	t_make_file("a/f", "", 0, 0644);
	T_ERR(rmdir("a"), ENOTEMPTY);
	T_SYS(unlink("a/f"));
	T_SYS(mkdir("a/sub", 0755));
	T_ERR(rmdir("a"), ENOTEMPTY);
	T_SYS(rmdir("a/sub"));
	T_SYS(rmdir("a"));
}

static void rmdir_dot_einval(void)
{
	T_SYS(mkdir("a", 0755));
	T_ERR(rmdir("."), EINVAL);
	T_ERR(rmdir("a/."), EINVAL);
	T_SYS(rmdir("a"));
}

static void rmdir_file_enotdir(void)
{
	t_make_file("f", "", 0, 0644);
	T_ERR(rmdir("f"), ENOTDIR);
	T_SYS(unlink("f"));
}

static void rmdir_missing_enoent(void)
{
	T_ERR(rmdir("nope"), ENOENT);
	T_ERR(rmdir("nope/sub"), ENOENT);
}

static void nested_paths(void)
{
	char buf[16];
	struct stat a, b;

	T_SYS(mkdir("a", 0755));
	T_SYS(mkdir("a/b", 0755));
	T_SYS(mkdir("a/b/c", 0755));
	T_SYS(mkdir("a/b/c/d", 0755));
	T_SYS(mkdir("a/b/c/d/e", 0755));
	t_make_file("a/b/c/d/e/f", "deep", 4, 0644);
	T_EQ(t_read_file("a/b/../b/c/./d/e/f", buf, sizeof buf), 4);
	T_EQ(t_read_file("a//b///c/d/e/f", buf, sizeof buf), 4);
	T_EQ(t_read_file("./a/b/c/d/../../c/d/e/f", buf, sizeof buf), 4);
	T_SYS(stat("a/b/", &a));
	T_SYS(stat("a/b/c/..", &b));
	T_CHECK(a.st_ino == b.st_ino, "a/b/ and a/b/c/.. differ");
	T_ERR(open("a/b/c/d/e/f/.", O_RDONLY), ENOTDIR);
	T_ERR(open("a/b/c/d/e/f/x", O_RDONLY), ENOTDIR);
	T_SYS(unlink("a/b/c/d/e/f"));
	T_SYS(rmdir("a/b/c/d/e"));
	T_SYS(rmdir("a/b/c/d/"));
	T_SYS(rmdir("a/b/c"));
	T_SYS(rmdir("a/b"));
	T_SYS(rmdir("a"));
}

/* A path ending in a slash names a directory, or nothing. */
static void trailing_slash_needs_directory(void)
{
	struct stat st;

	T_SYS(mkdir("d/", 0755));
	T_SYS(stat("d/", &st));
	T_SYS(stat("d//", &st));
	T_SYS(rmdir("d/"));
	t_make_file("f", "", 0, 0644);
	T_ERR(stat("f/", &st), ENOTDIR);
	T_ERR(lstat("f/", &st), ENOTDIR);
	T_ERR(open("f/", O_RDONLY), ENOTDIR);
	T_ERR(unlink("f/"), ENOTDIR);
	T_SYS(stat("f", &st));
	T_SYS(unlink("f"));
}

/* getcwd() must equal the case's directory followed by tail. */
static void expect_cwd(const char *tail)
{
	char cwd[PATH_MAX], want[PATH_MAX + 256];

	T_CHECK(getcwd(cwd, sizeof cwd) != NULL, "getcwd: %s",
	    t_errname(errno));
	snprintf(want, sizeof want, "%s%s", t_casedir, tail);
	T_CHECK(strcmp(cwd, want) == 0, "getcwd is \"%s\", expected \"%s\"",
	    cwd, want);
}

static void chdir_and_getcwd(void)
{
	expect_cwd("");
	T_SYS(mkdir("a", 0755));
	T_SYS(mkdir("a/b", 0755));
	T_SYS(mkdir("a/b/c", 0755));
	T_SYS(chdir("a"));
	expect_cwd("/a");
	T_SYS(chdir("b/c"));
	expect_cwd("/a/b/c");
	T_SYS(chdir(".."));
	expect_cwd("/a/b");
	T_SYS(chdir("../.."));
	expect_cwd("");
	T_SYS(chdir("./a/./b/../b/c/"));
	expect_cwd("/a/b/c");
	T_SYS(chdir(t_casedir));
	expect_cwd("");
	T_SYS(rmdir("a/b/c"));
	T_SYS(rmdir("a/b"));
	T_SYS(rmdir("a"));
}

static void getcwd_deep(void)
{
	char tail[DEPTH * 4 + 1] = "";

	for (int i = 0; i < DEPTH; i++) {
		char name[8];
		snprintf(name, sizeof name, "d%02d", i);
		T_SYS(mkdir(name, 0755));
		T_SYS(chdir(name));
		strcat(tail, "/");
		strcat(tail, name);
	}
	expect_cwd(tail);
	for (int i = 0; i < DEPTH; i++)
		T_SYS(chdir(".."));
	expect_cwd("");
	/* Remove from the bottom, through the long relative path. */
	for (int i = DEPTH; i > 0; i--) {
		tail[i * 4] = '\0';
		T_CHECK(rmdir(tail + 1) == 0, "rmdir %s: %s", tail + 1,
		    t_errname(errno));
	}
}

static void getcwd_small_buffer_erange(void)
{
	char buf[4];

	T_CHECK(getcwd(buf, sizeof buf) == NULL, "getcwd into 4 bytes "
	    "worked");
	T_EQ(errno, ERANGE);
}

static void fchdir_returns(void)
{
	int fd, ffd;

	T_SYS(mkdir("a", 0755));
	fd = T_SYS(open(".", O_RDONLY));
	T_SYS(chdir("a"));
	expect_cwd("/a");
	T_SYS(fchdir(fd));
	expect_cwd("");
	t_make_file("f", "", 0, 0644);
	ffd = T_SYS(open("f", O_RDONLY));
	T_ERR(fchdir(ffd), ENOTDIR);
	T_ERR(fchdir(99), EBADF);
	T_SYS(close(ffd));
	T_SYS(close(fd));
	T_SYS(unlink("f"));
	T_SYS(rmdir("a"));
}

static void chdir_errors(void)
{
	t_make_file("f", "", 0, 0644);
	T_ERR(chdir("nope"), ENOENT);
	T_ERR(chdir("f"), ENOTDIR);
	T_ERR(chdir("f/x"), ENOTDIR);
	T_SYS(unlink("f"));
	expect_cwd("");
}

static nlink_t links_of(const char *path)
{
	struct stat st;

	T_SYS(stat(path, &st));
	return st.st_nlink;
}

static void dot_and_dotdot_link_counts(void)
{
	struct stat d, dot, sub_dotdot;

	T_SYS(mkdir("d", 0755));
	T_EQ(links_of("d"), 2);
	T_SYS(mkdir("d/x", 0755));
	T_EQ(links_of("d"), 3);
	T_SYS(mkdir("d/y", 0755));
	T_EQ(links_of("d"), 4);
	T_EQ(links_of("d/x"), 2);
	t_make_file("d/f", "", 0, 0644);
	T_EQ(links_of("d"), 4);
	T_SYS(stat("d", &d));
	T_SYS(stat("d/.", &dot));
	T_SYS(stat("d/x/..", &sub_dotdot));
	T_CHECK(d.st_ino == dot.st_ino, "d/. is not d");
	T_CHECK(d.st_ino == sub_dotdot.st_ino, "d/x/.. is not d");
	T_SYS(rmdir("d/y"));
	T_EQ(links_of("d"), 3);
	T_SYS(rmdir("d/x"));
	T_EQ(links_of("d"), 2);
	T_SYS(unlink("d/f"));
	T_SYS(rmdir("d"));
}

static void root_dotdot_is_root(void)
{
	struct stat a, b;

	T_SYS(stat("/", &a));
	T_SYS(stat("/..", &b));
	T_CHECK(a.st_ino == b.st_ino && a.st_dev == b.st_dev,
	    "/.. is not /");
	T_SYS(chdir("/"));
	T_SYS(chdir(".."));
	T_SYS(stat(".", &b));
	T_CHECK(a.st_ino == b.st_ino, "chdir(\"..\") from / left /");
}

static void readdir_new_dir_has_dots(void)
{
	struct dirent *e;
	int n = 0, dot = 0, dotdot = 0;
	DIR *d;

	T_SYS(mkdir("a", 0755));
	d = opendir("a");
	T_CHECK(d != NULL, "opendir: %s", t_errname(errno));
	while ((e = readdir(d)) != NULL) {
		n++;
		dot += strcmp(e->d_name, ".") == 0;
		dotdot += strcmp(e->d_name, "..") == 0;
	}
	T_SYS(closedir(d));
	T_CHECK(n == 2 && dot == 1 && dotdot == 1, "%d entries, %d \".\", "
	    "%d \"..\"", n, dot, dotdot);
	T_SYS(rmdir("a"));
	t_make_file("f", "", 0, 0644);
	T_CHECK(opendir("f") == NULL && errno == ENOTDIR,
	    "opendir of a file: %s", t_errname(errno));
	T_SYS(unlink("f"));
}

/* rmdir of a directory someone still has open: "." and ".." are gone
 * before rmdir returns, so reading it through the descriptor finds
 * nothing, and nothing new can be made in it. */
static void rmdir_open_dir_is_empty(void)
{
	struct dirent *e;
	struct stat st;
	int n = 0, fd;
	DIR *d;

	T_SYS(mkdir("a", 0755));
	fd = T_SYS(open("a", O_RDONLY));
	d = opendir("a");
	T_CHECK(d != NULL, "opendir: %s", t_errname(errno));
	T_SYS(rmdir("a"));
	while ((e = readdir(d)) != NULL) {
		n++;
		T_CHECK(0, "readdir still finds \"%s\"", e->d_name);
	}
	T_SYS(closedir(d));
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_nlink, 0);
	T_SYS(fchdir(fd));
	T_ERR(open("new", O_WRONLY | O_CREAT, 0644), ENOENT);
	T_ERR(mkdir("sub", 0755), ENOENT);
	T_ERR(stat("..", &st), ENOENT);
	T_SYS(chdir(t_casedir));
	T_SYS(close(fd));
	T_ERR(stat("a", &st), ENOENT);
}

static const struct t_case cases[] = {
	{ "mkdir_then_rmdir", mkdir_then_rmdir, 0 },
	{ "mkdir_existing_eexist", mkdir_existing_eexist, 0 },
	{ "mkdir_missing_parent_enoent", mkdir_missing_parent_enoent, 0 },
	{ "mkdir_under_file_enotdir", mkdir_under_file_enotdir, 0 },
	{ "rmdir_not_empty_enotempty", rmdir_not_empty, 0 },
	{ "rmdir_dot_einval", rmdir_dot_einval, 0 },
	{ "rmdir_file_enotdir", rmdir_file_enotdir, 0 },
	{ "rmdir_missing_enoent", rmdir_missing_enoent, 0 },
	{ "nested_paths", nested_paths, 0 },
	{ "trailing_slash_needs_directory", trailing_slash_needs_directory, 0 },
	{ "chdir_and_getcwd", chdir_and_getcwd, 0 },
	{ "getcwd_deep", getcwd_deep, 60 },
	{ "getcwd_small_buffer_erange", getcwd_small_buffer_erange, 0 },
	{ "fchdir_returns", fchdir_returns, 0 },
	{ "chdir_errors", chdir_errors, 0 },
	{ "dot_and_dotdot_link_counts", dot_and_dotdot_link_counts, 0 },
	{ "root_dotdot_is_root", root_dotdot_is_root, 0 },
	{ "readdir_new_dir_has_dots", readdir_new_dir_has_dots, 0 },
	{ "rmdir_open_dir_is_empty", rmdir_open_dir_is_empty, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

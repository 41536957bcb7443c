/*
 * links - names and the files behind them: hard links and link counts,
 * an unlinked file that is still open, rename in all its forms, and
 * symbolic links (readlink, lstat, paths through links, loops).
 * EXDEV is not tested: there is only one file system.
 */
#include "t.h"

#include <sys/statvfs.h>

static struct stat stat_of(const char *path)
{
	struct stat st;

	T_CHECK(stat(path, &st) == 0, "stat %s: %s", path, t_errname(errno));
	return st;
}

/* Fails unless file path holds exactly the string text. */
static void expect_content(const char *path, const char *text)
{
	char buf[256];
	size_t n = t_read_file(path, buf, sizeof buf);

	T_CHECK(n == strlen(text) && memcmp(buf, text, n) == 0,
	    "%s holds \"%.*s\", expected \"%s\"", path, (int) n, buf, text);
}

static void hard_link_counts(void)
{
	struct stat a, b;
	int fd;

	t_make_file("f", "one", 3, 0644);
	T_SYS(link("f", "g"));
	a = stat_of("f");
	b = stat_of("g");
	T_CHECK(a.st_ino == b.st_ino, "f and g are different files");
	T_EQ(a.st_nlink, 2);
	T_SYS(link("g", "h"));
	T_EQ(stat_of("f").st_nlink, 3);
	fd = T_SYS(open("g", O_WRONLY | O_APPEND));
	T_EQ(write(fd, "-two", 4), 4);
	T_SYS(close(fd));
	expect_content("h", "one-two");
	T_SYS(unlink("f"));
	T_EQ(stat_of("g").st_nlink, 2);
	T_SYS(unlink("h"));
	T_EQ(stat_of("g").st_nlink, 1);
	expect_content("g", "one-two");
	T_SYS(unlink("g"));
}

static void link_errors(void)
{
	t_make_file("f", "", 0, 0644);
	t_make_file("g", "", 0, 0644);
	T_SYS(mkdir("d", 0755));
	T_ERR(link("f", "g"), EEXIST);
	T_ERR(link("nope", "x"), ENOENT);
	T_ERR(link("f", "nope/x"), ENOENT);
	T_ERR(link("d", "d2"), EPERM);
	T_EQ(stat_of("f").st_nlink, 1);
	T_SYS(unlink("f"));
	T_SYS(unlink("g"));
	T_SYS(rmdir("d"));
}

static void unlinked_open_file_readable(void)
{
	struct stat st;
	char buf[32];
	int fd;

	t_make_file("f", "still here", 10, 0644);
	fd = T_SYS(open("f", O_RDWR));
	T_SYS(unlink("f"));
	T_ERR(stat("f", &st), ENOENT);
	T_SYS(fstat(fd, &st));
	T_EQ(st.st_nlink, 0);
	T_EQ(read(fd, buf, sizeof buf), 10);
	T_CHECK(memcmp(buf, "still here", 10) == 0, "read %.10s", buf);
	T_EQ(write(fd, "!", 1), 1);
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(read(fd, buf, sizeof buf), 11);
	T_CHECK(memcmp(buf, "still here!", 11) == 0, "read %.11s", buf);
	/* A new file of the same name is another file. */
	t_make_file("f", "new", 3, 0644);
	T_EQ(lseek(fd, 0, SEEK_SET), 0);
	T_EQ(read(fd, buf, sizeof buf), 11);
	T_SYS(close(fd));
	expect_content("f", "new");
	T_SYS(unlink("f"));
}

/* The blocks of an unlinked open file come back on its last close. */
static void unlinked_file_freed_on_close(void)
{
	static char block[4096];
	struct statvfs before, after;
	int fd;

	T_SYS(statvfs(".", &before));
	fd = T_SYS(open("f", O_RDWR | O_CREAT | O_EXCL, 0644));
	for (int i = 0; i < 256; i++)
		t_write_full(fd, block, sizeof block);
	T_SYS(unlink("f"));
	T_SYS(close(fd));
	T_SYS(statvfs(".", &after));
	T_CHECK(after.f_bfree == before.f_bfree, "free blocks %llu before, "
	    "%llu after", (unsigned long long) before.f_bfree,
	    (unsigned long long) after.f_bfree);
	T_CHECK(after.f_ffree == before.f_ffree, "free inodes %llu before, "
	    "%llu after", (unsigned long long) before.f_ffree,
	    (unsigned long long) after.f_ffree);
}

static void rename_file_over_file(void)
{
	struct stat a;
	char buf[8];
	int fd;

	t_make_file("a", "from a", 6, 0644);
	t_make_file("b", "from b", 6, 0644);
	a = stat_of("a");
	fd = T_SYS(open("b", O_RDONLY));
	T_SYS(rename("a", "b"));
	T_ERR(access("a", F_OK), ENOENT);
	expect_content("b", "from a");
	T_CHECK(stat_of("b").st_ino == a.st_ino, "b is not a's inode");
	T_EQ(stat_of("b").st_nlink, 1);
	/* The replaced file lives on while open. */
	T_EQ(read(fd, buf, sizeof buf), 6);
	T_CHECK(memcmp(buf, "from b", 6) == 0, "old b reads %.6s", buf);
	T_SYS(close(fd));
	T_SYS(unlink("b"));
}

static void rename_file_over_dir_fails(void)
{
	t_make_file("f", "", 0, 0644);
	T_SYS(mkdir("d", 0755));
	T_ERR(rename("f", "d"), EISDIR);
	T_ERR(rename("d", "f"), ENOTDIR);
	T_CHECK(S_ISDIR(stat_of("d").st_mode), "d is no longer a directory");
	T_CHECK(S_ISREG(stat_of("f").st_mode), "f is no longer a file");
	T_SYS(unlink("f"));
	T_SYS(rmdir("d"));
}

static void rename_dir_over_empty_dir(void)
{
	T_SYS(mkdir("src", 0755));
	t_make_file("src/f", "inside", 6, 0644);
	T_SYS(mkdir("dst", 0755));
	T_SYS(rename("src", "dst"));
	T_ERR(access("src", F_OK), ENOENT);
	expect_content("dst/f", "inside");
	T_EQ(stat_of("dst").st_nlink, 2);
	T_SYS(unlink("dst/f"));
	T_SYS(rmdir("dst"));
}

static void rename_dir_over_full_dir_fails(void)
{
	T_SYS(mkdir("src", 0755));
	T_SYS(mkdir("dst", 0755));
	t_make_file("dst/f", "", 0, 0644);
	T_ERR2(rename("src", "dst"), ENOTEMPTY, EEXIST);
	T_SYS(unlink("dst/f"));
	T_SYS(rmdir("dst"));
	T_SYS(rmdir("src"));
}

static void rename_into_own_subtree_einval(void)
{
	T_SYS(mkdir("d", 0755));
	T_SYS(mkdir("d/sub", 0755));
	T_ERR(rename("d", "d/sub/x"), EINVAL);
	T_ERR(rename("d", "d/x"), EINVAL);
	T_CHECK(S_ISDIR(stat_of("d/sub").st_mode), "d/sub is gone");
	T_SYS(rmdir("d/sub"));
	T_SYS(rmdir("d"));
}

static void rename_across_dirs(void)
{
	struct stat d2;

	T_SYS(mkdir("d1", 0755));
	T_SYS(mkdir("d2", 0755));
	t_make_file("d1/f", "moving", 6, 0644);
	T_SYS(mkdir("d1/sub", 0755));
	T_SYS(rename("d1/f", "d2/g"));
	expect_content("d2/g", "moving");
	T_ERR(access("d1/f", F_OK), ENOENT);
	T_EQ(stat_of("d1").st_nlink, 3);
	T_SYS(rename("d1/sub", "d2/sub"));
	d2 = stat_of("d2");
	T_EQ(stat_of("d1").st_nlink, 2);
	T_EQ(d2.st_nlink, 3);
	T_CHECK(stat_of("d2/sub/..").st_ino == d2.st_ino,
	    "d2/sub/.. still names the old parent");
	T_SYS(rmdir("d2/sub"));
	T_SYS(unlink("d2/g"));
	T_SYS(rmdir("d2"));
	T_SYS(rmdir("d1"));
}

static void rename_same_file_is_noop(void)
{
	t_make_file("f", "same", 4, 0644);
	T_SYS(rename("f", "f"));
	expect_content("f", "same");
	T_SYS(link("f", "g"));
	T_SYS(rename("f", "g"));
	T_EQ(stat_of("f").st_nlink, 2);
	T_EQ(stat_of("g").st_nlink, 2);
	T_SYS(unlink("f"));
	T_SYS(unlink("g"));
}

static void rename_missing_enoent(void)
{
	T_ERR(rename("nope", "x"), ENOENT);
	t_make_file("f", "", 0, 0644);
	T_ERR(rename("f", "nope/x"), ENOENT);
	T_SYS(unlink("f"));
}

static void symlink_readlink_lstat(void)
{
	const char *target = "some/where/else";
	char buf[64];
	struct stat st;

	T_SYS(symlink(target, "s"));
	T_EQ(readlink("s", buf, sizeof buf), strlen(target));
	T_CHECK(memcmp(buf, target, strlen(target)) == 0, "readlink gave "
	    "%.*s", (int) strlen(target), buf);
	T_SYS(lstat("s", &st));
	T_CHECK(S_ISLNK(st.st_mode), "lstat mode %#o", (unsigned) st.st_mode);
	T_EQ(st.st_size, strlen(target));
	T_ERR(stat("s", &st), ENOENT);
	T_EQ(readlink("s", buf, 4), 4);
	T_CHECK(memcmp(buf, "some", 4) == 0, "short readlink gave %.4s", buf);
	T_ERR(symlink("x", "s"), EEXIST);
	t_make_file("f", "", 0, 0644);
	T_ERR(readlink("f", buf, sizeof buf), EINVAL);
	T_ERR(readlink("nope", buf, sizeof buf), ENOENT);
	T_SYS(unlink("s"));
	T_SYS(unlink("f"));
}

static void path_through_symlink(void)
{
	char abs[PATH_MAX + 128];
	struct stat st;

	T_SYS(mkdir("d", 0755));
	t_make_file("d/f", "target", 6, 0644);
	T_SYS(symlink("d", "sd"));
	expect_content("sd/f", "target");
	T_CHECK(S_ISDIR(stat_of("sd").st_mode), "stat sd: not a directory");
	T_SYS(lstat("sd", &st));
	T_CHECK(S_ISLNK(st.st_mode), "lstat sd: not a link");
	snprintf(abs, sizeof abs, "%s/d/f", t_casedir);
	T_SYS(symlink(abs, "absf"));
	expect_content("absf", "target");
	T_SYS(mkdir("x", 0755));
	T_SYS(symlink("../d/f", "x/up"));
	expect_content("x/up", "target");
	T_SYS(symlink("sd", "sd2"));
	expect_content("sd2/f", "target");
	T_SYS(chdir("sd2"));
	expect_content("f", "target");
	T_SYS(chdir(t_casedir));
	/* unlink removes the link, not its target. */
	T_SYS(unlink("sd2"));
	T_SYS(unlink("sd"));
	T_SYS(unlink("absf"));
	T_SYS(unlink("x/up"));
	expect_content("d/f", "target");
	T_SYS(rmdir("x"));
	T_SYS(unlink("d/f"));
	T_SYS(rmdir("d"));
}

static void symlink_loop_eloop(void)
{
	struct stat st;

	T_SYS(symlink("l2", "l1"));
	T_SYS(symlink("l1", "l2"));
	T_SYS(symlink("self", "self"));
	T_ERR(open("l1", O_RDONLY), ELOOP);
	T_ERR(stat("l1", &st), ELOOP);
	T_ERR(open("self", O_RDONLY), ELOOP);
	T_ERR(open("l1/x", O_RDONLY), ELOOP);
	T_ERR(chdir("self"), ELOOP);
	T_SYS(lstat("l1", &st));
	T_SYS(unlink("l1"));
	T_SYS(unlink("l2"));
	T_SYS(unlink("self"));
}

/* open(O_CREAT) through a dangling link makes its target. */
static void creat_through_dangling_symlink(void)
{
	int fd;

	T_SYS(symlink("made", "dl"));
	T_ERR(open("dl", O_WRONLY | O_CREAT | O_EXCL, 0644), EEXIST);
	fd = T_SYS(open("dl", O_WRONLY | O_CREAT, 0644));
	T_EQ(write(fd, "via", 3), 3);
	T_SYS(close(fd));
	expect_content("made", "via");
	T_SYS(unlink("dl"));
	T_SYS(unlink("made"));
}

static void rename_symlink_moves_link(void)
{
	struct stat st;

	t_make_file("f", "data", 4, 0644);
	T_SYS(symlink("f", "s"));
	T_SYS(rename("s", "s2"));
	T_SYS(lstat("s2", &st));
	T_CHECK(S_ISLNK(st.st_mode), "s2 is not a link");
	expect_content("s2", "data");
	T_SYS(unlink("s2"));
	T_SYS(unlink("f"));
}

static const struct t_case cases[] = {
	{ "hard_link_counts", hard_link_counts, 0 },
	{ "link_errors", link_errors, 0 },
	{ "unlinked_open_file_readable", unlinked_open_file_readable, 0 },
	{ "unlinked_file_freed_on_close", unlinked_file_freed_on_close, 60 },
	{ "rename_file_over_file", rename_file_over_file, 0 },
	{ "rename_file_over_dir_fails", rename_file_over_dir_fails, 0 },
	{ "rename_dir_over_empty_dir", rename_dir_over_empty_dir, 0 },
	{ "rename_dir_over_full_dir_fails", rename_dir_over_full_dir_fails, 0 },
	{ "rename_into_own_subtree_einval", rename_into_own_subtree_einval, 0 },
	{ "rename_across_dirs", rename_across_dirs, 0 },
	{ "rename_same_file_is_noop", rename_same_file_is_noop, 0 },
	{ "rename_missing_enoent", rename_missing_enoent, 0 },
	{ "symlink_readlink_lstat", symlink_readlink_lstat, 0 },
	{ "path_through_symlink", path_through_symlink, 0 },
	{ "symlink_loop_eloop", symlink_loop_eloop, 0 },
	{ "creat_through_dangling_symlink", creat_through_dangling_symlink, 0 },
	{ "rename_symlink_moves_link", rename_symlink_moves_link, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

/*
 * t_mkfs.c - MFS cases: the mkfs.mfs tool, run as a user would, its
 * image checked by fsck.minix and read back through the core.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cases.h"
#include "tutil.h"

/* Source file src/rel and image file rel hold the same bytes. */
static int same_file(struct mfs_fs *fs, const char *src, const char *rel)
{
	char host[512];
	struct mfs_node_info info;
	uint64_t size;
	uint32_t mode, ino;
	int64_t mtime;
	uint8_t *a, *b;
	size_t done;

	h_fmt(host, sizeof(host), "%s/%s", src, rel);
	ENSURE(h_file_info(host, &size, &mode, &mtime) == 0);
	ENSURE_EQ(t_path(fs, rel, &ino), 0);
	ENSURE_EQ(mfs_node(fs, ino, &info), 0);
	ENSURE_EQ(info.size, size);
	ENSURE_EQ(info.mode, S_IFREG | (mode & 07777));
	ENSURE_EQ(info.mtime, mtime);
	ENSURE(info.uid == 0 && info.gid == 0);
	a = malloc(size + 1);
	b = malloc(size + 1);
	ENSURE(a != NULL && b != NULL);
	ENSURE(h_peek(host, 0, a, size) == 0);
	ENSURE_EQ(t_read(fs, ino, 0, b, size + 1, &done), 0);
	ENSURE_EQ(done, size);
	ENSURE(memcmp(a, b, size) == 0);
	free(a);
	free(b);
	return t_put(fs, ino);
}

static int has_node(struct mfs_fs *fs, const char *rel, uint32_t mode,
    uint32_t rdev)
{
	struct mfs_node_info info;
	uint32_t ino;

	ENSURE_EQ(t_path(fs, rel, &ino), 0);
	ENSURE_EQ(mfs_node(fs, ino, &info), 0);
	ENSURE_EQ(info.mode, mode);
	ENSURE_EQ(info.rdev, rdev);
	return t_put(fs, ino);
}

/* A source tree under the temporary folder; its path in src. */
static int make_tree(char *src, size_t size)
{
	char out[512];

	h_path(src, size, "tree");
	if (h_sh(out, sizeof(out),
	    "set -e; rm -rf '%1$s'; mkdir -p '%1$s/bin' '%1$s/etc/rc.d' "
	    "'%1$s/dev' '%1$s/empty'; "
	    "printf 'hello\\n' > '%1$s/etc/motd'; "
	    "head -c 300001 /dev/urandom > '%1$s/bin/prog'; "
	    "chmod 0750 '%1$s/bin/prog'; chmod 0700 '%1$s/etc/rc.d'; "
	    ": > '%1$s/etc/rc.d/empty-file'; "
	    "ln -s ../etc/motd '%1$s/bin/motd-link'; "
	    "touch -d @1234567890 '%1$s/etc/motd'", src) != 0)
		return t_fail(__FILE__, __LINE__, "making the tree: %s", out);
	return 0;
}

void t_mkfs_mfs_tree(void)
{
	char src[512], img[512], devs[512], out[1024], link[64];
	struct membuf m = { (uint8_t *) link, sizeof(link) };
	struct mfs_xfer x = mem_xfer(&m);
	struct mfs_node_info info;
	struct tfs t;
	uint32_t ino;
	size_t done;

	if (make_tree(src, sizeof(src)) < 0)
		return;
	h_path(img, sizeof(img), "mkfs.img");
	h_path(devs, sizeof(devs), "devices");
	CHECK_OK(h_sh(NULL, 0, "printf '# the consoles\\n/dev/tty c 4 0 620\\n"
	    "\\n/dev/c0d0 b 3 0 600\\ndev/null c 1 3 666\\n' > '%s'", devs));
	if (h_sh(out, sizeof(out), "'%s' -d '%s' '%s' '%s'", h_mkfs_mfs(),
	    devs, img, src) != 0) {
		t_fail(__FILE__, __LINE__, "mkfs.mfs: %s", out);
		return;
	}
	memset(&t, 0, sizeof(t));
	h_fmt(t.path, sizeof(t.path), "%s", img);
	CHECK_OK(tfs_fsck(&t));
	CHECK_OK(tfs_mount(&t, 1, CACHE_BLOCKS));
	CHECK_OK(same_file(t.fs, src, "etc/motd"));
	CHECK_OK(same_file(t.fs, src, "bin/prog"));
	CHECK_OK(same_file(t.fs, src, "etc/rc.d/empty-file"));
	CHECK_OK(has_node(t.fs, "etc/rc.d", S_IFDIR | 0700, 0));
	CHECK_OK(has_node(t.fs, "empty", S_IFDIR | 0755, 0));
	CHECK_OK(has_node(t.fs, "dev/tty", S_IFCHR | 0620, 4 << 8 | 0));
	CHECK_OK(has_node(t.fs, "dev/c0d0", S_IFBLK | 0600, 3 << 8 | 0));
	CHECK_OK(has_node(t.fs, "dev/null", S_IFCHR | 0666, 1 << 8 | 3));
	CHECK_OK(t_path(t.fs, "bin/motd-link", &ino));
	CHECK_OK(mfs_node(t.fs, ino, &info));
	CHECK_EQ(info.mode & S_IFMT, S_IFLNK);
	CHECK_OK(mfs_readlink(t.fs, ino, &x, sizeof(link), &done));
	CHECK(done == 11 && memcmp(link, "../etc/motd", 11) == 0);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_path(t.fs, "etc", &ino));
	CHECK_EQ(t_nlinks(t.fs, ino), 3);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_unmount(&t));
	/* Run again with nothing changed: the same bytes. */
	CHECK_OK(h_sh(NULL, 0, "cp '%s' '%s.1'", img, img));
	CHECK_OK(h_sh(out, sizeof(out), "'%s' -d '%s' '%s' '%s'",
	    h_mkfs_mfs(), devs, img, src));
	CHECK_OK(h_sh(out, sizeof(out), "cmp '%s' '%s.1'", img, img));
	h_remove(img);
}

void t_mkfs_mfs_too_small(void)
{
	char src[512], img[512], out[1024], want[1100];
	uint64_t size;
	uint32_t mode;
	int64_t mtime;

	if (make_tree(src, sizeof(src)) < 0)
		return;
	h_path(img, sizeof(img), "small.img");
	CHECK_EQ(h_sh(out, sizeof(out), "'%s' -s 200 '%s' '%s'", h_mkfs_mfs(),
	    img, src), 1);
	h_fmt(want, sizeof(want), "mkfs.mfs: %s: no space for %s/bin/prog",
	    img, src);
	if (strstr(out, want) == NULL) {
		t_fail(__FILE__, __LINE__, "said \"%s\"", out);
		return;
	}
	CHECK(h_file_info(img, &size, &mode, &mtime) < 0);	/* removed */
	/* Enough room: 4 KiB blocks, a size given. */
	CHECK_OK(h_sh(out, sizeof(out), "'%s' -b 4096 -i 100 -s 2048 '%s' '%s'",
	    h_mkfs_mfs(), img, src));
	CHECK_OK(h_file_info(img, &size, &mode, &mtime));
	CHECK_EQ(size, 2048 * 1024);
	struct tfs t;
	memset(&t, 0, sizeof(t));
	h_fmt(t.path, sizeof(t.path), "%s", img);
	CHECK_OK(tfs_mount(&t, 1, CACHE_BLOCKS));
	CHECK_OK(same_file(t.fs, src, "bin/prog"));
	/* 100 inodes fill two 4 KiB blocks: 128; root and 9 entries used. */
	CHECK_EQ(t_free_inodes(t.fs), 128 - 10);
	tfs_drop(&t);
}

void t_mkfs_mfs_bad_input(void)
{
	static const char *const bad[] = {
		"/dev/x q 1 2 600",		/* type */
		"/dev/x c 1",			/* fields */
		"/dev/x c 1 2 999",		/* mode */
		"/dev/x c 300 2 600",		/* major */
		"/nodir/x c 1 2 600",		/* parent missing */
		"/etc/motd c 1 2 600",		/* exists */
	};
	char src[512], img[512], devs[512], out[1024];

	if (make_tree(src, sizeof(src)) < 0)
		return;
	h_path(img, sizeof(img), "bad.img");
	h_path(devs, sizeof(devs), "bad-devices");
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK_OK(h_sh(NULL, 0, "echo '%s' > '%s'", bad[i], devs));
		CHECK_EQ(h_sh(out, sizeof(out), "'%s' -d '%s' '%s' '%s'",
		    h_mkfs_mfs(), devs, img, src), 1);
		CHECK(strncmp(out, "mkfs.mfs: ", 10) == 0);
	}
	CHECK_EQ(h_sh(out, sizeof(out), "'%s' -b 3000 '%s' '%s'", h_mkfs_mfs(),
	    img, src), 1);
	CHECK_EQ(h_sh(out, sizeof(out), "'%s' '%s' '%s/nowhere'", h_mkfs_mfs(),
	    img, src), 1);
	CHECK_EQ(h_sh(out, sizeof(out), "'%s' '%s'", h_mkfs_mfs(), img), 1);
	CHECK(strstr(out, "usage") != NULL);
}

/* path in the image has owner uid:gid and mode. */
static int owned(struct mfs_fs *fs, const char *rel, uint32_t uid,
    uint32_t gid, uint32_t mode)
{
	struct mfs_node_info info;
	uint32_t ino;

	ENSURE_EQ(t_path(fs, rel, &ino), 0);
	ENSURE_EQ(mfs_node(fs, ino, &info), 0);
	ENSURE_EQ(info.uid, uid);
	ENSURE_EQ(info.gid, gid);
	ENSURE_EQ(info.mode & 07777, mode);
	return t_put(fs, ino);
}

void t_mkfs_mfs_perms(void)
{
	static const char *const bad[] = {
		"/etc/motd nosuch root 644",	/* user */
		"/etc/motd root nogroup 644",	/* group */
		"/etc/motd root root 9999",	/* mode */
		"/etc/nothere root root 644",	/* path */
		"/etc/motd root root",		/* fields */
	};
	char src[512], img[512], list[512], out[1024];
	struct tfs t;

	if (make_tree(src, sizeof(src)) < 0)
		return;
	h_path(img, sizeof(img), "perms.img");
	h_path(list, sizeof(list), "perms");
	CHECK_OK(h_sh(NULL, 0, "printf 'root:x:0:0::/:/bin/sh\\n"
	    "ast:x:100:100::/home:/bin/sh\\n' > '%1$s/etc/passwd'; "
	    "printf 'root:x:0:\\nusers:x:100:ast\\n' > '%1$s/etc/group'; "
	    "printf '# owners\\n/empty ast users 0700\\n"
	    "bin/prog 0 100 4755 # set-uid\\n/etc 7 8 1777\\n' > '%2$s'",
	    src, list));
	if (h_sh(out, sizeof(out), "'%s' -p '%s' '%s' '%s'", h_mkfs_mfs(),
	    list, img, src) != 0) {
		t_fail(__FILE__, __LINE__, "mkfs.mfs: %s", out);
		return;
	}
	memset(&t, 0, sizeof(t));
	h_fmt(t.path, sizeof(t.path), "%s", img);
	CHECK_OK(tfs_fsck(&t));
	CHECK_OK(tfs_mount(&t, 1, CACHE_BLOCKS));
	CHECK_OK(owned(t.fs, "empty", 100, 100, 0700));
	CHECK_OK(owned(t.fs, "bin/prog", 0, 100, 04755));
	CHECK_OK(owned(t.fs, "etc", 7, 8, 01777));
	CHECK_OK(owned(t.fs, "etc/motd", 0, 0, 0644));
	CHECK_OK(tfs_unmount(&t));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		CHECK_OK(h_sh(NULL, 0, "echo '%s' > '%s'", bad[i], list));
		CHECK_EQ(h_sh(out, sizeof(out), "'%s' -p '%s' '%s' '%s'",
		    h_mkfs_mfs(), list, img, src), 1);
		CHECK(strncmp(out, "mkfs.mfs: ", 10) == 0);
	}
	h_remove(img);
}

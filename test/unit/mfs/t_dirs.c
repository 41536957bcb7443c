/*
 * t_dirs.c - MFS cases: directories and names (many entries, getdents
 * records, mkdir and rmdir, hard links, symlinks, device nodes,
 * attributes, a file unlinked while still referenced).
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "cases.h"
#include "tutil.h"

#define NFILES	1000

void t_dir_1000_files(void)
{
	uint64_t ffree, zfree;
	struct names n;
	char name[32];
	struct tfs t;
	uint32_t dir, ino;

	if (tfs_minix(&t, "many.img", 8192, NULL) < 0)
		return;
	CHECK_OK(t_mkdir(t.fs, 1, "d", &dir));
	ffree = t_free_inodes(t.fs);
	zfree = t_free_zones(t.fs);
	for (int i = 0; i < NFILES; i++) {
		h_fmt(name, sizeof(name), "file-%04d-with-a-longer-name", i);
		CHECK_OK(t_file(t.fs, dir, name, name, strlen(name), &ino));
		CHECK_OK(t_put(t.fs, ino));
	}
	CHECK_EQ(t_free_inodes(t.fs), ffree - NFILES);
	CHECK_OK(tfs_remount(&t));		/* (and our references go) */
	CHECK_OK(t_list(t.fs, dir, 700, &n));
	CHECK_EQ(n.count, NFILES + 2);
	CHECK(names_has(&n, ".") && names_has(&n, ".."));
	for (int i = 0; i < NFILES; i++) {
		h_fmt(name, sizeof(name), "file-%04d-with-a-longer-name", i);
		CHECK(names_has(&n, name));
	}
	names_free(&n);
	for (int i = NFILES - 1; i >= 0; i -= 7) {
		char data[64];
		size_t done;
		h_fmt(name, sizeof(name), "file-%04d-with-a-longer-name", i);
		CHECK_OK(t_lookup(t.fs, dir, name, &ino));
		CHECK_OK(t_read(t.fs, ino, 0, data, sizeof(data), &done));
		CHECK(done == strlen(name) && memcmp(data, name, done) == 0);
		CHECK_OK(t_put(t.fs, ino));
	}
	for (int i = 0; i < NFILES; i++) {
		h_fmt(name, sizeof(name), "file-%04d-with-a-longer-name", i);
		CHECK_OK(t_unlink(t.fs, dir, name));
	}
	CHECK_EQ(t_lookup(t.fs, dir, "file-0000-with-a-longer-name", &ino),
	    -ENOENT);
	CHECK_OK(t_list(t.fs, dir, 4096, &n));
	CHECK_EQ(n.count, 2);
	names_free(&n);
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	/* The directory keeps its 1002 slots: 63 blocks and an indirect. */
	CHECK_EQ(t_free_zones(t.fs), zfree - 63);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Entries of every kind in dir, and a free slot among them. */
static int one_of_each(struct mfs_fs *fs, uint32_t dir)
{
	uint32_t ino;

	ENSURE_EQ(t_create(fs, dir, "reg", &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	ENSURE_EQ(t_mkdir(fs, dir, "sub", &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	ENSURE_EQ(mfs_symlink(fs, dir, "lnk", 3, "reg", 3, 0, 0, &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	ENSURE_EQ(mfs_create(fs, dir, "chr", 3, S_IFCHR | 0600, 0, 0, 0x0401,
	    &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	ENSURE_EQ(mfs_create(fs, dir, "fifo", 4, S_IFIFO | 0600, 0, 0, 0,
	    &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	ENSURE_EQ(t_create(fs, dir, "gone", &ino), 0);
	ENSURE_EQ(t_put(fs, ino), 0);
	return t_unlink(fs, dir, "gone");	/* getdents skips the slot */
}

void t_getdents_records(void)
{
	uint8_t buf[256] __attribute__((aligned(8)));	/* as a dirent's */
	struct membuf m = { buf, sizeof(buf) };
	struct mfs_xfer x = mem_xfer(&m);
	uint32_t dir, ino;
	uint64_t next, next2;
	struct dirent *d;
	struct names n;
	struct tfs t;
	size_t done;

	if (tfs_minix(&t, "dents.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_mkdir(t.fs, 1, "d", &dir));
	CHECK_OK(one_of_each(t.fs, dir));

	/* The first record: "." at slot 0, 12-byte header + "." + NUL. */
	CHECK_OK(mfs_getdents(t.fs, dir, 0, DIRENT_RECLEN(1), &x, &done,
	    &next));
	d = (struct dirent *) buf;
	CHECK_EQ(done, DIRENT_RECLEN(1));
	CHECK_EQ(d->d_reclen, 16);
	CHECK_EQ(d->d_namlen, 1);
	CHECK_EQ(d->d_ino, dir);
	CHECK_EQ(d->d_type, DT_DIR);
	CHECK(strcmp(d->d_name, ".") == 0);
	CHECK_EQ(next, 64);
	/* Too small for even one record. */
	CHECK_EQ(mfs_getdents(t.fs, dir, next, DIRENT_RECLEN(2) - 1, &x,
	    &done, &next2), -EINVAL);
	/* Resume at next: "..". */
	CHECK_OK(mfs_getdents(t.fs, dir, next, sizeof(buf), &x, &done,
	    &next2));
	CHECK(strcmp(d->d_name, "..") == 0);
	CHECK_EQ(d->d_ino, 1);
	/* At the end: nothing, and the position stays. */
	CHECK_OK(mfs_getdents(t.fs, dir, 64 * 100, sizeof(buf), &x, &done,
	    &next2));
	CHECK_EQ(done, 0);

	CHECK_OK(t_list(t.fs, dir, DIRENT_RECLEN(4), &n));	/* 1 a call */
	CHECK_EQ(n.count, 7);
	for (size_t i = 0; i < n.count; i++) {
		static const struct { const char *name; int type; } want[] = {
			{ ".", DT_DIR }, { "..", DT_DIR }, { "reg", DT_REG },
			{ "sub", DT_DIR }, { "lnk", DT_LNK }, { "chr", DT_CHR },
			{ "fifo", DT_FIFO },
		};
		CHECK(strcmp(n.name[i], want[i].name) == 0);
		CHECK_EQ(n.type[i], want[i].type);
	}
	names_free(&n);
	CHECK_OK(t_lookup(t.fs, dir, "reg", &ino));
	CHECK_EQ(mfs_getdents(t.fs, ino, 0, sizeof(buf), &x, &done, &next),
	    -ENOTDIR);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_put(t.fs, dir));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_mkdir_rmdir(void)
{
	uint32_t a, b, c, f, up;
	uint64_t ffree, zfree;
	struct names n;
	struct tfs t;

	if (tfs_minix(&t, "mkdir.img", 2048, NULL) < 0)
		return;
	ffree = t_free_inodes(t.fs);
	zfree = t_free_zones(t.fs);
	CHECK_OK(t_mkdir(t.fs, 1, "a", &a));
	CHECK_EQ(t_nlinks(t.fs, 1), 3);
	CHECK_EQ(t_nlinks(t.fs, a), 2);
	CHECK_EQ(t_size(t.fs, a), 128);
	CHECK_OK(t_mkdir(t.fs, a, "b", &b));
	CHECK_OK(t_mkdir(t.fs, a, "c", &c));
	CHECK_EQ(t_nlinks(t.fs, a), 4);
	CHECK_OK(t_lookup(t.fs, b, "..", &up));
	CHECK_EQ(up, a);
	CHECK_OK(t_put(t.fs, up));
	CHECK_OK(t_create(t.fs, c, "f", &f));
	CHECK_OK(t_put(t.fs, f));
	CHECK_EQ(t_rmdir(t.fs, a, "c"), -ENOTEMPTY);
	CHECK_EQ(t_rmdir(t.fs, 1, "a"), -ENOTEMPTY);
	CHECK_EQ(t_rmdir(t.fs, c, "f"), -ENOTDIR);
	CHECK_EQ(t_rmdir(t.fs, a, "."), -EINVAL);
	CHECK_EQ(t_rmdir(t.fs, a, ".."), -ENOTEMPTY);
	CHECK_EQ(t_unlink(t.fs, a, "b"), -EPERM);
	CHECK_EQ(t_mkdir(t.fs, a, "b", &up), -EEXIST);
	CHECK_OK(t_unlink(t.fs, c, "f"));
	CHECK_OK(t_rmdir(t.fs, a, "c"));
	CHECK_OK(t_rmdir(t.fs, a, "b"));
	CHECK_EQ(t_nlinks(t.fs, a), 2);
	/* b is still referenced: it lives on but takes no new names, and
	 * its "." and ".." went with its name. */
	CHECK_EQ(t_create(t.fs, b, "x", &f), -ENOENT);
	CHECK_OK(t_list(t.fs, b, 256, &n));
	CHECK_EQ(n.count, 0);
	names_free(&n);
	CHECK_EQ(t_lookup(t.fs, b, "..", &up), -ENOENT);
	CHECK_EQ(t_size(t.fs, b), 0);
	CHECK_OK(t_put(t.fs, b));
	CHECK_OK(t_put(t.fs, c));
	CHECK_OK(t_put(t.fs, a));
	CHECK_OK(t_rmdir(t.fs, 1, "a"));
	CHECK_EQ(t_nlinks(t.fs, 1), 2);
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	CHECK_EQ(t_free_zones(t.fs), zfree);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_hard_links(void)
{
	uint32_t f, d, ino;
	struct tfs t;
	char buf[8];
	size_t done;

	if (tfs_minix(&t, "links.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "data", 4, &f));
	CHECK_OK(t_mkdir(t.fs, 1, "d", &d));
	CHECK_OK(mfs_link(t.fs, d, "g", 1, f));
	CHECK_OK(mfs_link(t.fs, 1, "h", 1, f));
	CHECK_EQ(t_nlinks(t.fs, f), 3);
	CHECK_EQ(mfs_link(t.fs, 1, "h", 1, f), -EEXIST);
	CHECK_EQ(mfs_link(t.fs, 1, "dd", 2, d), -EPERM);
	CHECK_EQ(mfs_link(t.fs, f, "x", 1, f), -ENOTDIR);
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(t_unlink(t.fs, 1, "f"));
	CHECK_OK(t_lookup(t.fs, d, "g", &ino));
	CHECK_EQ(ino, f);
	CHECK_EQ(t_nlinks(t.fs, ino), 2);
	CHECK_OK(t_read(t.fs, ino, 0, buf, sizeof(buf), &done));
	CHECK(done == 4 && memcmp(buf, "data", 4) == 0);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_put(t.fs, d));
	CHECK_OK(tfs_remount(&t));
	CHECK_EQ(t_nlinks(t.fs, f), 2);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_symlinks(void)
{
	struct mfs_node_info info;
	char target[1000], back[1100];
	struct membuf m = { (uint8_t *) back, sizeof(back) };
	struct mfs_xfer x = mem_xfer(&m);
	uint32_t l, l2, f;
	struct tfs t;
	size_t done;

	if (tfs_minix(&t, "symlink.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "x", 1, &f));
	CHECK_OK(mfs_symlink(t.fs, 1, "l", 1, "f", 1, 5, 6, &l));
	CHECK_OK(mfs_node(t.fs, l, &info));
	CHECK_EQ(info.mode, S_IFLNK | 0777);
	CHECK_EQ(info.size, 1);
	CHECK_EQ(info.uid, 5);
	CHECK_EQ(info.gid, 6);
	CHECK_OK(mfs_readlink(t.fs, l, &x, sizeof(back), &done));
	CHECK(done == 1 && back[0] == 'f');
	memset(target, 'p', sizeof(target));
	for (size_t i = 9; i < sizeof(target); i += 10)
		target[i] = '/';
	CHECK_OK(mfs_symlink(t.fs, 1, "long", 4, target, sizeof(target), 0, 0,
	    &l2));
	CHECK_OK(mfs_readlink(t.fs, l2, &x, sizeof(back), &done));
	CHECK(done == sizeof(target) && memcmp(back, target, done) == 0);
	CHECK_OK(mfs_readlink(t.fs, l2, &x, 10, &done));	/* cut short */
	CHECK_EQ(done, 10);
	CHECK_EQ(mfs_readlink(t.fs, f, &x, sizeof(back), &done), -EINVAL);
	CHECK_EQ(t_read(t.fs, l, 0, back, 10, &done), -EINVAL);
	CHECK_EQ(mfs_symlink(t.fs, 1, "e", 1, "", 0, 0, 0, &l2), -ENOENT);
	CHECK_EQ(mfs_symlink(t.fs, 1, "l", 1, "f", 1, 0, 0, &l2), -EEXIST);
	CHECK_OK(t_put(t.fs, l));
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(t_lookup(t.fs, 1, "long", &l2));
	CHECK_OK(mfs_readlink(t.fs, l2, &x, sizeof(back), &done));
	CHECK(done == sizeof(target) && memcmp(back, target, done) == 0);
	CHECK_OK(t_put(t.fs, l2));
	CHECK_OK(t_unlink(t.fs, 1, "long"));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_device_nodes(void)
{
	struct mfs_node_info info;
	uint64_t zfree;
	uint32_t c, b, p;
	struct tfs t;

	if (tfs_minix(&t, "dev.img", 2048, NULL) < 0)
		return;
	zfree = t_free_zones(t.fs);
	CHECK_OK(mfs_create(t.fs, 1, "tty", 3, S_IFCHR | 0620, 0, 5, 0x0401,
	    &c));
	CHECK_OK(mfs_create(t.fs, 1, "hd0", 3, S_IFBLK | 0600, 0, 0, 0x0300,
	    &b));
	CHECK_OK(mfs_create(t.fs, 1, "pipe", 4, S_IFIFO | 0644, 0, 0, 0, &p));
	CHECK_EQ(mfs_create(t.fs, 1, "dir", 3, S_IFDIR | 0755, 0, 0, 0, &p),
	    -EINVAL);
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(mfs_node(t.fs, c, &info));
	CHECK_EQ(info.mode, S_IFCHR | 0620);
	CHECK_EQ(info.rdev, 0x0401);
	CHECK_EQ(info.gid, 5);
	CHECK_OK(mfs_node(t.fs, b, &info));
	CHECK_EQ(info.mode, S_IFBLK | 0600);
	CHECK_EQ(info.rdev, 0x0300);
	CHECK_OK(mfs_node(t.fs, p, &info));
	CHECK_EQ(info.mode, S_IFIFO | 0644);
	CHECK_EQ(info.rdev, 0);
	CHECK_EQ(t_free_zones(t.fs), zfree);	/* rdev is not a zone */
	CHECK_OK(tfs_fsck(&t));
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_OK(t_unlink(t.fs, 1, "hd0"));	/* its "zone" is not freed */
	CHECK_EQ(t_free_zones(t.fs), zfree);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_attributes(void)
{
	struct mfs_node_info info;
	uint32_t f, d;
	struct tfs t;
	size_t done;

	if (tfs_minix(&t, "attr.img", 2048, NULL) < 0)
		return;
	h_set_clock(1000);
	CHECK_OK(t_create(t.fs, 1, "f", &f));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK(info.atime == 1000 && info.mtime == 1000 && info.ctime == 1000);
	CHECK_OK(mfs_node(t.fs, 1, &info));
	CHECK_EQ(info.mtime, 1000);		/* the directory changed */
	h_set_clock(2000);
	CHECK_OK(t_write(t.fs, f, 0, "x", 1, &done));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK(info.mtime == 2000 && info.ctime == 2000);
	h_set_clock(3000);
	CHECK_OK(mfs_chmod(t.fs, f, S_IFDIR | 04751));	/* type bits stay */
	CHECK_OK(mfs_chown(t.fs, f, 1001, 1002, 0));
	CHECK_EQ(mfs_chown(t.fs, f, 70000, 0, 0), -EINVAL);
	CHECK_OK(mfs_chmod(t.fs, f, 06755));
	CHECK_OK(mfs_chown(t.fs, f, 1001, 1002, S_ISUID | S_ISGID));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.mode, S_IFREG | 0755);	/* only the bits asked for go */
	CHECK_OK(mfs_chmod(t.fs, f, 04751));
	CHECK_OK(mfs_utime(t.fs, f, 123, 456));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.mode, S_IFREG | 04751);
	CHECK(info.uid == 1001 && info.gid == 1002);
	CHECK(info.atime == 123 && info.mtime == 456 && info.ctime == 3000);
	CHECK_OK(t_mkdir(t.fs, 1, "d", &d));
	CHECK_OK(mfs_chmod(t.fs, d, 0700));
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.mode, S_IFREG | 04751);
	CHECK(info.uid == 1001 && info.gid == 1002);
	CHECK(info.atime == 123 && info.mtime == 456 && info.ctime == 3000);
	CHECK_OK(mfs_node(t.fs, d, &info));
	CHECK_EQ(info.mode, S_IFDIR | 0700);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* A read marks the access time due: stat shows it, a utime after the
 * read overrules it, and a sync or the last reference writes it. */
void t_atime_marked_by_read(void)
{
	struct mfs_node_info info;
	struct tfs t;
	uint32_t f;
	size_t done;
	char c;

	if (tfs_minix(&t, "atime.img", 2048, NULL) < 0)
		return;
	h_set_clock(1000);
	CHECK_OK(t_file(t.fs, 1, "f", "xy", 2, &f));
	h_set_clock(2000);
	CHECK_OK(t_read(t.fs, f, 0, &c, 1, &done));
	h_set_clock(2500);			/* stat'ed later: its time */
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK(info.atime == 2500 && info.mtime == 1000);
	h_set_clock(3000);
	CHECK_OK(t_read(t.fs, f, 1, &c, 1, &done));
	CHECK_OK(mfs_utime(t.fs, f, 77, 88));
	h_set_clock(4000);
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK(info.atime == 77 && info.mtime == 88);
	CHECK_OK(t_read(t.fs, f, 0, &c, 1, &done));	/* held, then synced */
	CHECK_OK(mfs_sync(t.fs));
	CHECK_OK(t_put(t.fs, f));
	h_set_clock(5000);
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(t_lookup(t.fs, 1, "f", &f));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.atime, 4000);
	CHECK_OK(t_read(t.fs, f, 0, &c, 1, &done));	/* let go: written */
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(t_lookup(t.fs, 1, "f", &f));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.atime, 5000);
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_unlink_open_file(void)
{
	uint64_t ffree, zfree;
	uint8_t data[5000], back[5000];
	uint32_t f, again;
	struct tfs t;
	size_t done;

	if (tfs_minix(&t, "unlinkopen.img", 2048, NULL) < 0)
		return;
	ffree = t_free_inodes(t.fs);
	zfree = t_free_zones(t.fs);
	pattern(data, sizeof(data), 0, 3);
	CHECK_OK(t_file(t.fs, 1, "f", data, sizeof(data), &f));
	CHECK_OK(mfs_get(t.fs, f));		/* a second holder */
	CHECK_OK(t_unlink(t.fs, 1, "f"));
	CHECK_EQ(t_lookup(t.fs, 1, "f", &again), -ENOENT);
	CHECK_EQ(t_nlinks(t.fs, f), 0);
	CHECK_EQ(t_free_inodes(t.fs), ffree - 1);
	CHECK_OK(t_read(t.fs, f, 0, back, sizeof(back), &done));
	CHECK(done == sizeof(data) && memcmp(back, data, done) == 0);
	CHECK_OK(t_write(t.fs, f, 5000, "more", 4, &done));
	CHECK_OK(mfs_put(t.fs, f, 1));		/* one holder left */
	CHECK_EQ(t_free_inodes(t.fs), ffree - 1);
	CHECK_EQ(mfs_put(t.fs, f, 2), -EINVAL);	/* more than it holds */
	CHECK_OK(mfs_put(t.fs, f, 1));		/* the last: freed now */
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	CHECK_EQ(t_free_zones(t.fs), zfree);
	CHECK_EQ(mfs_put(t.fs, f, 1), -EINVAL);
	/* Unmounting with an unlinked file still held frees it too. */
	CHECK_OK(t_file(t.fs, 1, "g", data, sizeof(data), &f));
	CHECK_OK(t_unlink(t.fs, 1, "g"));
	CHECK_OK(tfs_fsck(&t));
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	CHECK_EQ(t_free_zones(t.fs), zfree);
	tfs_drop(&t);
}

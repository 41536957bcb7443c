/*
 * t_errors.c - MFS cases: every error a caller can cause (ENOSPC,
 * ENAMETOOLONG, EMLINK, EFBIG, EROFS, EIO and the rest), and images
 * with other block sizes.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "cases.h"
#include "tutil.h"

/* Fill a small image with data, then with files; free; fill again. */
void t_enospc_fill_free(void)
{
	static uint8_t chunk[64 * 1024];
	uint64_t zfree, ffree;
	uint32_t big, ino;
	struct tfs t;
	size_t done, total = 0;
	char name[16];
	int i, r;

	if (tfs_minix(&t, "full.img", 300, "-i 48") < 0)
		return;
	zfree = t_free_zones(t.fs);
	ffree = t_free_inodes(t.fs);
	CHECK_OK(t_create(t.fs, 1, "big", &big));
	for (;;) {
		r = t_write(t.fs, big, total, chunk, sizeof(chunk), &done);
		total += done;
		if (r < 0 || done < sizeof(chunk))
			break;
	}
	CHECK_EQ(r, 0);				/* a short write first */
	CHECK_EQ(t_free_zones(t.fs), 0);
	CHECK_EQ(t_write(t.fs, big, total, chunk, 1, &done), -ENOSPC);
	CHECK_EQ(done, 0);
	CHECK_EQ(t_size(t.fs, big), total);
	/* No zone for a directory, but files without data still fit. */
	CHECK_EQ(t_mkdir(t.fs, 1, "dir", &ino), -ENOSPC);
	for (i = 0; i < 1000; i++) {
		h_fmt(name, sizeof(name), "e%d", i);
		if ((r = t_create(t.fs, 1, name, &ino)) < 0)
			break;
		CHECK_OK(t_put(t.fs, ino));
	}
	CHECK_EQ(r, -ENOSPC);	/* out of inodes, or of root's slots */
	CHECK_OK(t_put(t.fs, big));
	CHECK_OK(t_unlink(t.fs, 1, "big"));
	while (--i >= 0) {
		h_fmt(name, sizeof(name), "e%d", i);
		CHECK_OK(t_unlink(t.fs, 1, name));
	}
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	CHECK(t_free_zones(t.fs) >= zfree - 1);	/* root may have grown */
	CHECK_OK(t_file(t.fs, 1, "again", chunk, sizeof(chunk), &ino));
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/*
 * One zone left and a full directory: mkdir gets its own block but not
 * the parent's new one, and must give back everything it took.
 */
void t_enospc_rolls_back(void)
{
	static uint8_t chunk[32 * 1024];
	uint64_t zfree, ffree, size;
	uint32_t p, big, ino;
	struct tfs t;
	char name[16];
	size_t done;
	int i;

	if (tfs_minix(&t, "rollback.img", 300, "-i 64") < 0)
		return;
	CHECK_OK(t_mkdir(t.fs, 1, "p", &p));
	for (i = 0; i < 14; i++) {		/* p's block: 16 slots */
		h_fmt(name, sizeof(name), "f%d", i);
		CHECK_OK(t_create(t.fs, p, name, &ino));
		CHECK_OK(t_put(t.fs, ino));
	}
	CHECK_OK(t_create(t.fs, 1, "big", &big));
	for (size = 0; t_write(t.fs, big, size, chunk, sizeof(chunk),
	    &done) == 0 && done > 0; size += done)
		;
	CHECK_OK(mfs_truncate(t.fs, big, size - 8 * 1024));
	CHECK(t_free_zones(t.fs) >= 8);
	for (i = 0; t_free_zones(t.fs) > 1; i++) {	/* one zone each */
		h_fmt(name, sizeof(name), "pad%d", i);
		CHECK_OK(t_file(t.fs, 1, name, chunk, 1024, &ino));
		CHECK_OK(t_put(t.fs, ino));
	}
	zfree = t_free_zones(t.fs);
	ffree = t_free_inodes(t.fs);
	CHECK_EQ(t_mkdir(t.fs, p, "new", &ino), -ENOSPC);
	CHECK_EQ(mfs_symlink(t.fs, p, "l", 1, "target", 6, 0, 0, &ino),
	    -ENOSPC);
	CHECK_EQ(t_free_zones(t.fs), zfree);
	CHECK_EQ(t_free_inodes(t.fs), ffree);
	CHECK_OK(t_mkdir(t.fs, 1, "fits", &ino));	/* root has room */
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_put(t.fs, big));
	CHECK_OK(t_put(t.fs, p));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Out of inodes: creation fails with ENOSPC until one is freed. */
static void out_of_inodes(struct tfs *t)
{
	char name[16];
	uint32_t ino;
	int i, r;

	for (i = 0; i < 100; i++) {
		h_fmt(name, sizeof(name), "i%d", i);
		if ((r = t_create(t->fs, 1, name, &ino)) < 0)
			break;
		CHECK_OK(t_put(t->fs, ino));
	}
	CHECK_EQ(r, -ENOSPC);
	CHECK(i > 4);
	CHECK_EQ(t_free_inodes(t->fs), 0);
	CHECK_EQ(t_create(t->fs, 1, "one-more", &ino), -ENOSPC);
	CHECK_EQ(t_mkdir(t->fs, 1, "one-more", &ino), -ENOSPC);
	CHECK_EQ(mfs_symlink(t->fs, 1, "l", 1, "x", 1, 0, 0, &ino), -ENOSPC);
	CHECK_OK(t_unlink(t->fs, 1, "i3"));
	CHECK_OK(t_create(t->fs, 1, "one-more", &ino));
	CHECK_OK(t_put(t->fs, ino));
}

void t_enametoolong(void)
{
	char n60[61], n61[62];
	uint32_t ino, f;
	struct tfs t;

	if (tfs_minix(&t, "names.img", 1024, "-i 16") < 0)
		return;
	memset(n60, 'a', 60);
	n60[60] = 0;
	memset(n61, 'b', 61);
	n61[61] = 0;
	CHECK_OK(t_create(t.fs, 1, n60, &f));
	CHECK_OK(t_lookup(t.fs, 1, n60, &ino));
	CHECK_EQ(ino, f);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_EQ(t_lookup(t.fs, 1, n61, &ino), -ENAMETOOLONG);
	CHECK_EQ(t_create(t.fs, 1, n61, &ino), -ENAMETOOLONG);
	CHECK_EQ(t_mkdir(t.fs, 1, n61, &ino), -ENAMETOOLONG);
	CHECK_EQ(mfs_symlink(t.fs, 1, n61, 61, "x", 1, 0, 0, &ino),
	    -ENAMETOOLONG);
	CHECK_EQ(mfs_link(t.fs, 1, n61, 61, f), -ENAMETOOLONG);
	CHECK_EQ(t_rename(t.fs, 1, n60, 1, n61), -ENAMETOOLONG);
	CHECK_EQ(t_unlink(t.fs, 1, n61), -ENAMETOOLONG);
	CHECK_EQ(t_rmdir(t.fs, 1, n61), -ENAMETOOLONG);
	{
		static char target[1100];
		memset(target, 't', sizeof(target));
		CHECK_EQ(mfs_symlink(t.fs, 1, "l", 1, target, 1024, 0, 0,
		    &ino), -ENAMETOOLONG);
	}
	CHECK_OK(t_put(t.fs, f));
	out_of_inodes(&t);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

static void errno_names(struct tfs *t, uint32_t f, uint32_t d)
{
	uint32_t ino;

	CHECK_EQ(t_lookup(t->fs, 1, "missing", &ino), -ENOENT);
	CHECK_EQ(t_unlink(t->fs, 1, "missing"), -ENOENT);
	CHECK_EQ(t_rmdir(t->fs, 1, "missing"), -ENOENT);
	CHECK_EQ(mfs_lookup(t->fs, 1, "", 0, &ino), -ENOENT);
	CHECK_EQ(t_lookup(t->fs, f, "x", &ino), -ENOTDIR);
	CHECK_EQ(t_create(t->fs, f, "x", &ino), -ENOTDIR);
	CHECK_EQ(t_mkdir(t->fs, f, "x", &ino), -ENOTDIR);
	CHECK_EQ(t_create(t->fs, 1, "f", &ino), -EEXIST);
	CHECK_EQ(t_mkdir(t->fs, 1, "d", &ino), -EEXIST);
	CHECK_EQ(mfs_symlink(t->fs, 1, "d", 1, "x", 1, 0, 0, &ino), -EEXIST);
	CHECK_EQ(t_create(t->fs, 1, "a/b", &ino), -EINVAL);
	CHECK_EQ(mfs_create(t->fs, 1, "a\0b", 3, 0644, 0, 0, 0, &ino),
	    -EINVAL);
	CHECK_EQ(t_unlink(t->fs, 1, "d"), -EPERM);
	CHECK_EQ(t_rmdir(t->fs, 1, "f"), -ENOTDIR);
	CHECK_EQ(t_rmdir(t->fs, d, "."), -EINVAL);
	CHECK_EQ(mfs_get(t->fs, 0), -EINVAL);
	CHECK_EQ(mfs_get(t->fs, 0x7fffffff), -EINVAL);
	CHECK_EQ(mfs_put(t->fs, 77, 1), -EINVAL);	/* not held */
}

static void errno_data(struct tfs *t, uint32_t f, uint32_t d)
{
	uint8_t buf[16];
	size_t done;

	CHECK_EQ(t_write(t->fs, d, 0, "x", 1, &done), -EISDIR);
	CHECK_EQ(t_read(t->fs, d, 0, buf, sizeof(buf), &done), -EISDIR);
	CHECK_EQ(mfs_truncate(t->fs, d, 0), -EISDIR);
	/* s_max_size is 2^31 - 1: no byte at or past it. */
	CHECK_EQ(t_write(t->fs, f, 0x7fffffff, "x", 1, &done), -EFBIG);
	CHECK_EQ(t_write(t->fs, f, 1ull << 40, "x", 1, &done), -EFBIG);
	CHECK_EQ(mfs_truncate(t->fs, f, 0x80000000u), -EFBIG);
	CHECK_OK(t_write(t->fs, f, 0x7ffffffe, "xy", 2, &done));
	CHECK_EQ(done, 1);			/* up to the limit */
	CHECK_EQ(t_size(t->fs, f), 0x7fffffff);
	CHECK_OK(t_read(t->fs, f, 0x7ffffffe, buf, sizeof(buf), &done));
	CHECK(done == 1 && buf[0] == 'x');
	CHECK_OK(mfs_truncate(t->fs, f, 0));
}

/* EMLINK: a file's links, and a directory's subdirectories. */
static void errno_links(struct tfs *t, uint32_t f, uint32_t d)
{
	char name[16];
	uint32_t ino;
	int i;

	for (i = 1; i < 255; i++) {
		h_fmt(name, sizeof(name), "l%d", i);
		CHECK_OK(mfs_link(t->fs, d, name, strlen(name), f));
	}
	CHECK_EQ(t_nlinks(t->fs, f), 255);
	CHECK_EQ(mfs_link(t->fs, d, "over", 4, f), -EMLINK);
	for (i = 1; i < 255; i++) {
		h_fmt(name, sizeof(name), "l%d", i);
		CHECK_OK(t_unlink(t->fs, d, name));
	}
	for (i = 0; i < 253; i++) {
		h_fmt(name, sizeof(name), "s%d", i);
		CHECK_OK(t_mkdir(t->fs, d, name, &ino));
		CHECK_OK(t_put(t->fs, ino));
	}
	CHECK_EQ(t_nlinks(t->fs, d), 255);
	CHECK_EQ(t_mkdir(t->fs, d, "over", &ino), -EMLINK);
	CHECK_OK(t_mkdir(t->fs, 1, "mover", &ino));
	CHECK_EQ(t_rename(t->fs, 1, "mover", d, "mover"), -EMLINK);
	CHECK_OK(t_put(t->fs, ino));
	for (i = 0; i < 253; i++) {
		h_fmt(name, sizeof(name), "s%d", i);
		CHECK_OK(t_rmdir(t->fs, d, name));
	}
}

void t_errno_each(void)
{
	struct tfs t;
	uint32_t f, d;

	if (tfs_minix(&t, "errno.img", 4096, NULL) < 0)
		return;
	CHECK_OK(t_create(t.fs, 1, "f", &f));
	CHECK_OK(t_mkdir(t.fs, 1, "d", &d));
	errno_names(&t, f, d);
	errno_data(&t, f, d);
	errno_links(&t, f, d);
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(t_put(t.fs, d));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_readonly_erofs(void)
{
	struct statvfs st;
	uint32_t f, ino;
	struct tfs t;
	size_t done;
	char buf[8];

	if (tfs_minix(&t, "ro.img", 1024, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "abc", 3, &f));
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(t_mkdir(t.fs, 1, "d", &ino));
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_unmount(&t));
	CHECK_OK(tfs_mount(&t, 1, CACHE_BLOCKS));
	CHECK_OK(mfs_statvfs(t.fs, &st));
	CHECK(st.f_flag & ST_RDONLY);
	CHECK_OK(t_lookup(t.fs, 1, "f", &f));
	CHECK_OK(t_read(t.fs, f, 0, buf, sizeof(buf), &done));
	CHECK(done == 3 && memcmp(buf, "abc", 3) == 0);
	CHECK_EQ(t_create(t.fs, 1, "g", &ino), -EROFS);
	CHECK_EQ(t_mkdir(t.fs, 1, "g", &ino), -EROFS);
	CHECK_EQ(mfs_symlink(t.fs, 1, "g", 1, "f", 1, 0, 0, &ino), -EROFS);
	CHECK_EQ(mfs_link(t.fs, 1, "g", 1, f), -EROFS);
	CHECK_EQ(t_unlink(t.fs, 1, "f"), -EROFS);
	CHECK_EQ(t_rmdir(t.fs, 1, "d"), -EROFS);
	CHECK_EQ(t_rename(t.fs, 1, "f", 1, "g"), -EROFS);
	CHECK_EQ(t_write(t.fs, f, 0, "x", 1, &done), -EROFS);
	CHECK_EQ(mfs_truncate(t.fs, f, 0), -EROFS);
	CHECK_EQ(mfs_chmod(t.fs, f, 0), -EROFS);
	CHECK_EQ(mfs_chown(t.fs, f, 1, 1, 0), -EROFS);
	CHECK_EQ(mfs_utime(t.fs, f, 1, 1), -EROFS);
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(mfs_sync(t.fs));
	CHECK_OK(tfs_fsck(&t));			/* the device had no writer */
	tfs_drop(&t);
}

/* A zone number outside the data zones, planted in an inode: EIO. */
void t_eio_bad_zone(void)
{
	uint8_t zone[4] = { 0xff, 0xff, 0xff, 0x0f }, buf[16];
	uint32_t f, ino;
	struct tfs t;
	size_t done;

	if (tfs_minix(&t, "eio.img", 1024, "-i 32") < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "abc", 3, &f));
	CHECK_OK(t_put(t.fs, f));
	CHECK_OK(tfs_unmount(&t));
	/* Inode table at block 4 (1 imap, 1 zmap): zone[0] of inode f. */
	CHECK_OK(h_patch(t.path, 4 * 1024 + (f - 1) * 64 + 24, zone, 4));
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_OK(t_lookup(t.fs, 1, "f", &ino));
	CHECK_EQ(t_read(t.fs, ino, 0, buf, sizeof(buf), &done), -EIO);
	CHECK_EQ(t_write(t.fs, ino, 0, "x", 1, &done), -EIO);
	CHECK_EQ(mfs_truncate(t.fs, ino, 0), -EIO);
	CHECK_OK(t_put(t.fs, ino));
	/* The root's zone pointing at the superblock: EIO, not a walk. */
	zone[0] = 1, zone[1] = zone[2] = zone[3] = 0;
	CHECK_OK(tfs_unmount(&t));
	CHECK_OK(h_patch(t.path, 4 * 1024 + 24, zone, 4));
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_EQ(t_lookup(t.fs, 1, "f", &ino), -EIO);
	tfs_drop(&t);
}

/* Format, fill, reopen with each larger block size. */
static void one_block_size(uint32_t bsize)
{
	uint32_t dir, f, sum_w = 1, sum_r = 1;
	size_t n = 3 * 1024 * 1024 + 5, done;
	uint8_t *data = malloc(n), *back = malloc(n);
	struct mfs_node_info info;
	struct statvfs st;
	char name[16];
	struct tfs t;

	CHECK(data != NULL && back != NULL);
	h_fmt(name, sizeof(name), "bs%u.img", bsize);
	if (tfs_format(&t, name, 8192, bsize, 0) < 0)
		return;
	CHECK_OK(mfs_statvfs(t.fs, &st));
	CHECK_EQ(st.f_bsize, bsize);
	CHECK_OK(t_mkdir(t.fs, 1, "dir", &dir));
	pattern(data, n, 0, bsize);
	sum_w = checksum(sum_w, data, n);
	/* 3 MiB: past the single indirect zone even with 8 KiB blocks. */
	CHECK_OK(t_file(t.fs, dir, "data", data, n, &f));
	CHECK_OK(mfs_symlink(t.fs, dir, "l", 1, "data", 4, 0, 0, &f));
	for (int i = 0; i < 300; i++) {
		h_fmt(name, sizeof(name), "n%d", i);
		CHECK_OK(t_create(t.fs, dir, name, &f));
		CHECK_OK(t_put(t.fs, f));
	}
	CHECK_OK(tfs_unmount(&t));
	CHECK_OK(tfs_mount(&t, 0, 64));
	CHECK_OK(t_path(t.fs, "dir/data", &f));
	CHECK_OK(t_read(t.fs, f, 0, back, n, &done));
	CHECK_EQ(done, n);
	sum_r = checksum(sum_r, back, n);
	CHECK_EQ(sum_r, sum_w);
	CHECK_OK(t_path(t.fs, "dir/n299", &f));
	CHECK_OK(t_path(t.fs, "dir/l", &f));
	CHECK_OK(mfs_node(t.fs, f, &info));
	CHECK_EQ(info.mode, S_IFLNK | 0777);
	CHECK_OK(tfs_unmount(&t));
	tfs_drop(&t);
	free(data);
	free(back);
}

void t_block_sizes_2k_4k_8k(void)
{
	one_block_size(2048);
	one_block_size(4096);
	one_block_size(8192);
}

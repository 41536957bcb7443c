/*
 * t_files.c - MFS cases: mounting fresh images, and file data (writes,
 * reads, seeks, appends, holes, truncation, a 16 MiB file through the
 * indirect zones, a cache much smaller than the data).
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "cases.h"
#include "tutil.h"

void t_mount_mkfs_minix(void)
{
	struct mfs_node_info info;
	struct statvfs st;
	struct tfs t;
	uint32_t ino;

	if (tfs_minix(&t, "minix.img", 4096, NULL) < 0)
		return;
	CHECK_OK(mfs_node(t.fs, mfs_root(t.fs), &info));
	CHECK(S_ISDIR(info.mode));
	CHECK_EQ(info.nlinks, 2);
	CHECK_EQ(info.size, 128);
	CHECK_OK(mfs_statvfs(t.fs, &st));
	CHECK_EQ(st.f_bsize, 1024);
	CHECK_EQ(st.f_blocks, 4096);
	CHECK_EQ(st.f_files, 1376);		/* what mkfs.minix chose */
	CHECK_EQ(st.f_ffree, 1375);
	CHECK_EQ(st.f_bfree, 4096 - 91);	/* metadata and root's zone */
	CHECK_EQ(st.f_namemax, 60);
	CHECK_OK(t_lookup(t.fs, 1, "..", &ino));
	CHECK_EQ(ino, 1);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_file(t.fs, 1, "hello", "hi\n", 3, &ino));
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_format_1k(void)
{
	struct mfs_node_info info;
	struct tfs t;
	uint32_t ino;

	if (tfs_format(&t, "format1k.img", 2048, 1024, 0) < 0)
		return;
	CHECK_OK(mfs_node(t.fs, 1, &info));
	CHECK_EQ(info.mode, S_IFDIR | 0755);
	CHECK_EQ(info.uid, 0);
	CHECK_EQ(info.nlinks, 2);
	CHECK_OK(tfs_fsck(&t));			/* empty, as made */
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_OK(t_mkdir(t.fs, 1, "d", &ino));
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Read len bytes at pos and compare with want. */
static int expect(struct mfs_fs *fs, uint32_t ino, uint64_t pos,
    const void *want, size_t len)
{
	uint8_t *buf = malloc(len + 1);
	size_t done;

	ENSURE(buf != NULL);
	ENSURE_EQ(t_read(fs, ino, pos, buf, len, &done), 0);
	ENSURE_EQ(done, len);
	ENSURE(memcmp(buf, want, len) == 0);
	free(buf);
	return 0;
}

void t_file_read_write(void)
{
	static const uint8_t zeros[4096];
	uint8_t buf[64];
	struct tfs t;
	uint32_t ino;
	size_t done;

	if (tfs_minix(&t, "rw.img", 4096, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "hello, world", 12, &ino));
	CHECK_EQ(t_size(t.fs, ino), 12);
	CHECK_OK(expect(t.fs, ino, 0, "hello, world", 12));
	CHECK_OK(expect(t.fs, ino, 7, "world", 5));	/* seek */
	CHECK_OK(t_write(t.fs, ino, 7, "there", 5, &done));
	CHECK_OK(expect(t.fs, ino, 0, "hello, there", 12));
	CHECK_OK(t_write(t.fs, ino, 12, "!!", 2, &done));	/* append */
	CHECK_EQ(t_size(t.fs, ino), 14);
	/* Reads stop at the end; at or past it they return nothing. */
	CHECK_OK(t_read(t.fs, ino, 10, buf, sizeof(buf), &done));
	CHECK_EQ(done, 4);
	CHECK_OK(t_read(t.fs, ino, 14, buf, sizeof(buf), &done));
	CHECK_EQ(done, 0);
	CHECK_OK(t_read(t.fs, ino, 1000000, buf, sizeof(buf), &done));
	CHECK_EQ(done, 0);
	/* A write far past the end leaves a hole that reads as zeros. */
	CHECK_OK(t_write(t.fs, ino, 100000, "tail", 4, &done));
	CHECK_EQ(t_size(t.fs, ino), 100004);
	CHECK_OK(expect(t.fs, ino, 14, zeros, 1010));
	CHECK_OK(expect(t.fs, ino, 50000, zeros, 4096));
	CHECK_OK(expect(t.fs, ino, 100000, "tail", 4));
	/* A write across a block boundary. */
	CHECK_OK(t_write(t.fs, ino, 1020, "boundary", 8, &done));
	CHECK_OK(expect(t.fs, ino, 1020, "boundary", 8));
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(expect(t.fs, ino, 0, "hello, there!!", 14));
	CHECK_OK(expect(t.fs, ino, 100000, "tail", 4));
	CHECK_EQ(t_size(t.fs, ino), 100004);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

void t_file_truncate(void)
{
	static const uint8_t zeros[3000];
	uint8_t data[3000];
	uint64_t free0;
	struct tfs t;
	uint32_t ino;

	if (tfs_minix(&t, "trunc.img", 4096, NULL) < 0)
		return;
	free0 = t_free_zones(t.fs);
	pattern(data, sizeof(data), 0, 7);
	CHECK_OK(t_file(t.fs, 1, "f", data, sizeof(data), &ino));
	CHECK_EQ(t_free_zones(t.fs), free0 - 3);
	CHECK_OK(mfs_truncate(t.fs, ino, 1500));	/* shrink */
	CHECK_EQ(t_size(t.fs, ino), 1500);
	CHECK_EQ(t_free_zones(t.fs), free0 - 2);
	CHECK_OK(expect(t.fs, ino, 0, data, 1500));
	CHECK_OK(mfs_truncate(t.fs, ino, 3000));	/* grow: zeros */
	CHECK_EQ(t_size(t.fs, ino), 3000);
	CHECK_OK(expect(t.fs, ino, 1500, zeros, 1500));
	CHECK_OK(mfs_truncate(t.fs, ino, 10 * 1024 * 1024));	/* sparse */
	CHECK_EQ(t_free_zones(t.fs), free0 - 2);
	CHECK_OK(expect(t.fs, ino, 5 * 1024 * 1024, zeros, 3000));
	CHECK_OK(mfs_truncate(t.fs, ino, 0));
	CHECK_EQ(t_free_zones(t.fs), free0);
	CHECK_EQ(t_size(t.fs, ino), 0);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Write size bytes of pattern seed in odd-sized chunks; return checksum. */
static int write_big(struct mfs_fs *fs, uint32_t ino, uint64_t size,
    uint32_t seed, uint32_t *sum)
{
	size_t chunk = 100003, n, done;
	uint8_t *buf = malloc(chunk);

	ENSURE(buf != NULL);
	*sum = 1;
	for (uint64_t pos = 0; pos < size; pos += n) {
		n = size - pos < chunk ? (size_t) (size - pos) : chunk;
		pattern(buf, n, pos, seed);
		*sum = checksum(*sum, buf, n);
		ENSURE_EQ(t_write(fs, ino, pos, buf, n, &done), 0);
		ENSURE_EQ(done, n);
	}
	free(buf);
	return 0;
}

static int read_sum(struct mfs_fs *fs, uint32_t ino, uint64_t size,
    uint32_t *sum)
{
	size_t chunk = 65536 + 17, done;
	uint8_t *buf = malloc(chunk);
	uint64_t pos = 0;

	ENSURE(buf != NULL);
	*sum = 1;
	for (;;) {
		ENSURE_EQ(t_read(fs, ino, pos, buf, chunk, &done), 0);
		if (done == 0)
			break;
		*sum = checksum(*sum, buf, done);
		pos += done;
	}
	ENSURE_EQ(pos, size);
	free(buf);
	return 0;
}

/* 16 MiB with 1 KiB blocks: 7 direct, 256 single, the rest double. */
void t_file_16mib_indirect(void)
{
	uint64_t size = 16u * 1024 * 1024, free0;
	uint32_t ino, sum_w, sum_r;
	struct tfs t;

	if (tfs_minix(&t, "big.img", 20 * 1024, NULL) < 0)
		return;
	free0 = t_free_zones(t.fs);
	CHECK_OK(t_create(t.fs, 1, "big", &ino));
	CHECK_OK(write_big(t.fs, ino, size, 42, &sum_w));
	CHECK_EQ(t_size(t.fs, ino), size);
	/* Data; a single indirect; a double with 63 singles below it. */
	CHECK_EQ(free0 - t_free_zones(t.fs), 16384 + 1 + 1 + 63);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_remount(&t));
	CHECK_OK(t_lookup(t.fs, 1, "big", &ino));
	CHECK_OK(read_sum(t.fs, ino, size, &sum_r));
	CHECK_EQ(sum_r, sum_w);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	CHECK_OK(tfs_mount(&t, 0, CACHE_BLOCKS));
	CHECK_OK(t_lookup(t.fs, 1, "big", &ino));
	CHECK_OK(mfs_truncate(t.fs, ino, 5000));	/* frees the trees */
	CHECK_EQ(free0 - t_free_zones(t.fs), 5);
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(t_unlink(t.fs, 1, "big"));
	CHECK_EQ(t_free_zones(t.fs), free0);
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Eviction write-back: a 16-block cache under 3 MiB of data. */
void t_small_cache_eviction(void)
{
	uint32_t ino[3], sum_w[3], sum_r;
	char name[8];
	struct tfs t;

	if (tfs_minix(&t, "evict.img", 8192, NULL) < 0)
		return;
	CHECK_OK(tfs_unmount(&t));
	CHECK_OK(tfs_mount(&t, 0, 16));
	for (int i = 0; i < 3; i++) {
		h_fmt(name, sizeof(name), "f%d", i);
		CHECK_OK(t_create(t.fs, 1, name, &ino[i]));
		CHECK_OK(write_big(t.fs, ino[i], 1024 * 1024 + 77 * i, i,
		    &sum_w[i]));
	}
	for (int i = 0; i < 3; i++) {
		CHECK_OK(read_sum(t.fs, ino[i], 1024 * 1024 + 77 * i, &sum_r));
		CHECK_EQ(sum_r, sum_w[i]);
		CHECK_OK(t_put(t.fs, ino[i]));
	}
	CHECK_OK(tfs_remount(&t));
	for (int i = 0; i < 3; i++) {
		h_fmt(name, sizeof(name), "f%d", i);
		CHECK_OK(t_lookup(t.fs, 1, name, &ino[i]));
		CHECK_OK(read_sum(t.fs, ino[i], 1024 * 1024 + 77 * i, &sum_r));
		CHECK_EQ(sum_r, sum_w[i]);
		CHECK_OK(t_put(t.fs, ino[i]));
	}
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

/* Changes stay in the cache until sync; one block, one write. */
void t_cache_write_back(void)
{
	uint64_t before, after;
	struct tfs t;
	uint32_t ino;
	size_t done;

	if (tfs_minix(&t, "wb.img", 2048, NULL) < 0)
		return;
	CHECK_OK(t_file(t.fs, 1, "f", "0123456789", 10, &ino));
	CHECK_OK(mfs_sync(t.fs));
	before = h_dev_writes(&t.dev);
	for (int i = 0; i < 100; i++)
		CHECK_OK(t_write(t.fs, ino, (uint64_t) i % 10, "x", 1, &done));
	CHECK_EQ(h_dev_writes(&t.dev), before);
	CHECK_OK(mfs_sync(t.fs));
	after = h_dev_writes(&t.dev);
	CHECK_EQ(after - before, 2);		/* the data and the inode */
	CHECK_OK(mfs_sync(t.fs));
	CHECK_EQ(h_dev_writes(&t.dev), after);	/* nothing left to write */
	CHECK_OK(t_put(t.fs, ino));
	CHECK_OK(tfs_fsck(&t));
	tfs_drop(&t);
}

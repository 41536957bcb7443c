/*
 * t_corrupt.c - MFS cases: images that are not (or no longer) sound.
 *
 * Mount must refuse a bad superblock with an error; on an image whose
 * inodes, maps or directories were scribbled on, every call must return
 * (an error is fine) without crashing or touching memory it should not.
 * The harness runs each case in its own process, and the tests are built
 * with the address and undefined-behaviour sanitizers where available.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include "cases.h"
#include "tutil.h"

/* Mount the image (to_end: as the root RAM disk, which may end before
 * its file system); it must fail (and leave nothing behind). */
static int refused(const char *path, int to_end)
{
	struct mfs_blockdev dev;
	struct mfs_fs *fs = NULL;
	int r;

	ENSURE(h_dev_open(path, 0, &dev) == 0);
	dev.to_end = to_end;
	r = mfs_mount(&dev, 0, CACHE_BLOCKS, &fs);
	if (r == 0)
		mfs_unmount(fs);
	h_dev_close(&dev);
	if (r >= 0)
		return t_fail(__FILE__, __LINE__, "%s: mounted", path);
	ENSURE(r == -EINVAL || r == -EIO);
	return 0;
}

/* A fresh 1 MiB mkfs.minix image under name, unmounted. */
static int fresh(struct tfs *t, const char *name)
{
	if (tfs_minix(t, name, 1024, "-i 64") < 0)
		return -1;
	return tfs_unmount(t);
}

static int patch16(const char *path, uint64_t pos, uint16_t v)
{
	uint8_t b[2] = { (uint8_t) v, (uint8_t) (v >> 8) };

	return h_patch(path, pos, b, 2);
}

static int patch32(const char *path, uint64_t pos, uint32_t v)
{
	uint8_t b[4] = { (uint8_t) v, (uint8_t) (v >> 8), (uint8_t) (v >> 16),
	    (uint8_t) (v >> 24) };

	return h_patch(path, pos, b, 4);
}

void t_corrupt_zeroed_super(void)
{
	static const uint8_t zeros[1024];
	struct tfs t;

	if (fresh(&t, "zerosb.img") < 0)
		return;
	CHECK_OK(h_patch(t.path, 1024, zeros, sizeof(zeros)));
	CHECK_OK(refused(t.path, 0));
	tfs_drop(&t);
}

void t_corrupt_magic(void)
{
	static const uint16_t others[] = { 0x137f, 0x138f, 0x2468, 0x2478,
	    0x4d5b, 0x5a4d };
	struct tfs t;

	if (fresh(&t, "magic.img") < 0)
		return;
	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		CHECK_OK(patch16(t.path, 1024 + 24, others[i]));
		CHECK_OK(refused(t.path, 0));
	}
	tfs_drop(&t);
}

/* An image cut short: refused; with dev.to_end (the root RAM disk) too
 * if the cut is before its metadata ends, or zones past it are in use
 * (their data is gone). */
void t_corrupt_truncated(void)
{
	static const uint64_t sizes[] = { 1023 * 1024, 512 * 1024, 4096,
	    2047, 1500, 0 };
	static uint8_t data[64 * KIB];
	struct tfs t;
	uint32_t ino;

	if (fresh(&t, "trunc.img") < 0)
		return;
	for (size_t i = 0; i < sizeof(sizes) / sizeof(sizes[0]); i++) {
		CHECK_OK(h_file_resize(t.path, sizes[i]));
		CHECK_OK(refused(t.path, 0));
		if (sizes[i] < 8 * KIB)		/* no room for the metadata */
			CHECK_OK(refused(t.path, 1));
	}
	tfs_drop(&t);
	/* Filled to the last zone: any cut loses some of its data. */
	if (fresh(&t, "trunc.img") < 0 || tfs_mount(&t, 0, CACHE_BLOCKS) < 0)
		return;
	for (int n = 0; t_free_zones(t.fs) > 0; n++) {
		char name[16];

		h_fmt(name, sizeof(name), "g%d", n);
		if (t_file(t.fs, mfs_root(t.fs), name, data, sizeof(data),
		    &ino) < 0)
			break;
		CHECK_OK(t_put(t.fs, ino));
	}
	CHECK_OK(tfs_unmount(&t));
	CHECK_OK(h_file_resize(t.path, 1023 * KIB));
	CHECK_OK(refused(t.path, 1));
	tfs_drop(&t);
}

/* A device shorter than its file system, the zones past its end free
 * (a RAM disk on a machine with little memory): used up to its end,
 * ENOSPC there, and nothing written is lost. */
void t_short_device_used_to_its_end(void)
{
	static uint8_t data[32 * KIB], back[32 * KIB];
	struct statvfs st;
	struct tfs t;
	uint32_t ino;
	size_t done;
	int n, r = 0;

	if (fresh(&t, "short.img") < 0)
		return;
	CHECK_OK(h_file_resize(t.path, 512 * KIB));
	CHECK_OK(refused(t.path, 0));	/* only when told it may be short */
	t.to_end = 1;
	if (tfs_mount(&t, 0, CACHE_BLOCKS) < 0)
		return;
	CHECK_OK(mfs_statvfs(t.fs, &st));
	CHECK_EQ(st.f_blocks, 512);
	for (n = 0; r == 0; n++) {
		char name[16];

		h_fmt(name, sizeof(name), "f%d", n);
		pattern(data, sizeof(data), 0, (uint32_t) n);
		r = t_create(t.fs, mfs_root(t.fs), name, &ino);
		if (r == 0) {
			r = t_write(t.fs, ino, 0, data, sizeof(data), &done);
			CHECK_OK(t_put(t.fs, ino));
			if (r == 0 && done < sizeof(data))
				r = -ENOSPC;
			if (r < 0)
				CHECK_OK(t_unlink(t.fs, mfs_root(t.fs), name));
		}
	}
	CHECK_EQ(r, -ENOSPC);
	CHECK(n > 8);
	CHECK_OK(tfs_remount(&t));
	for (int i = 0; i < n - 1; i++) {
		char name[16];

		h_fmt(name, sizeof(name), "f%d", i);
		pattern(data, sizeof(data), 0, (uint32_t) i);
		CHECK_OK(t_lookup(t.fs, mfs_root(t.fs), name, &ino));
		CHECK_OK(t_read(t.fs, ino, 0, back, sizeof(back), &done));
		CHECK_EQ(done, sizeof(back));
		CHECK(memcmp(data, back, sizeof(back)) == 0);
		CHECK_OK(t_put(t.fs, ino));
	}
	tfs_drop(&t);
}

/* One superblock field set to a bad value: refused; then put back. */
struct bad_field {
	unsigned off, width;
	uint32_t value;
};

void t_corrupt_counts(void)
{
	/* 1 MiB, 64 inodes: imap 1, zmap 1, itable 4 blocks, data at 8. */
	static const struct bad_field bad[] = {
		{ 20, 4, 1025 },		/* s_zones past the device */
		{ 20, 4, 0xffffffff },
		{ 20, 4, 0 },
		{ 20, 4, 8 },			/* no data zone at all */
		{ 0, 4, 0 },			/* s_ninodes */
		{ 0, 4, 8192 },			/* more than the map holds */
		{ 0, 4, 0xffffffff },
		{ 0, 4, 80 },			/* table overlaps the data */
		{ 6, 2, 0 },			/* s_imap_blocks */
		{ 8, 2, 0 },			/* s_zmap_blocks */
		{ 6, 2, 0xffff },
		{ 8, 2, 0xffff },
		{ 10, 2, 0 },			/* s_firstdatazone */
		{ 10, 2, 7 },
		{ 10, 2, 1024 },
		{ 10, 2, 0xffff },
		{ 12, 2, 1 },			/* s_log_zone_size */
		{ 28, 2, 0 },			/* s_blocksize */
		{ 28, 2, 512 },
		{ 28, 2, 3000 },
		{ 28, 2, 16384 },
		{ 28, 2, 2048 },		/* then the layout is wrong */
	};
	uint8_t saved[1024];
	struct tfs t;

	if (fresh(&t, "counts.img") < 0)
		return;
	CHECK_OK(h_peek(t.path, 1024, saved, sizeof(saved)));
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		const struct bad_field *b = &bad[i];
		if (b->width == 4)
			CHECK_OK(patch32(t.path, 1024 + b->off, b->value));
		else
			CHECK_OK(patch16(t.path, 1024 + b->off,
			    (uint16_t) b->value));
		if (refused(t.path, 0) < 0)
			return;
		CHECK_OK(h_patch(t.path, 1024, saved, sizeof(saved)));
	}
	/* The root inode not a directory (mode zeroed, then a file). */
	CHECK_OK(patch16(t.path, 4 * 1024, 0));
	CHECK_OK(refused(t.path, 0));
	CHECK_OK(patch16(t.path, 4 * 1024, S_IFREG | 0644));
	CHECK_OK(refused(t.path, 0));
	tfs_drop(&t);
}

void t_corrupt_ext2(void)
{
	char path[512], out[256];

	if (!h_have("mkfs.ext2")) {
		t_fail(__FILE__, __LINE__, "mkfs.ext2 is not installed "
		    "(tools/deps installs e2fsprogs)");
		return;
	}
	h_path(path, sizeof(path), "ext2.img");
	CHECK_OK(h_file_new(path, 4 * 1024 * 1024));
	if (h_sh(out, sizeof(out), "mkfs.ext2 -q -F '%s'", path) != 0) {
		t_fail(__FILE__, __LINE__, "mkfs.ext2: %s", out);
		return;
	}
	CHECK_OK(refused(path, 0));
	h_remove(path);
}

#define WALK_NAMES	64	/* names looked at in each directory */

/* Up to WALK_NAMES names of dir, through getdents; errors end the list. */
static size_t some_names(struct mfs_fs *fs, uint32_t dir,
    char names[WALK_NAMES][61])
{
	static uint8_t buf[300];
	struct membuf m = { buf, sizeof(buf) };
	struct mfs_xfer x = mem_xfer(&m);
	uint64_t pos = 0, next;
	struct dirent d;
	size_t n = 0, done;

	while (n < WALK_NAMES && mfs_getdents(fs, dir, pos, sizeof(buf), &x,
	    &done, &next) == 0 && done > 0 && next > pos) {
		for (size_t off = 0; off < done && n < WALK_NAMES;
		    off += d.d_reclen) {
			memcpy(&d, buf + off, DIRENT_HEADER);
			if (d.d_reclen < DIRENT_HEADER ||
			    d.d_reclen > done - off || d.d_namlen > 60)
				return n;	/* a core bug: the case fails */
			memcpy(names[n], buf + off + DIRENT_HEADER,
			    d.d_namlen + 1u);
			n++;
		}
		pos = next;
	}
	return n;
}

/* The check every case ends with works: a cleared map bit is seen. */
void t_fsck_sees_damage(void)
{
	char out[1024];
	uint8_t zmap;
	struct tfs t;

	if (fresh(&t, "damage.img") < 0)
		return;
	CHECK_OK(h_peek(t.path, 3 * 1024, &zmap, 1));
	zmap &= (uint8_t) ~2;		/* the root directory's zone */
	CHECK_OK(h_patch(t.path, 3 * 1024, &zmap, 1));
	CHECK(h_sh(out, sizeof(out), "/usr/sbin/fsck.minix -f '%s'",
	    t.path) != 0);
	tfs_drop(&t);
}

/* Everything reachable: list, look up, read, recurse (depth-bounded). */
static void walk(struct mfs_fs *fs, uint32_t dir, int depth, int *budget)
{
	static uint8_t buf[8192];
	char names[WALK_NAMES][61];
	struct mfs_node_info info;
	struct membuf m = { buf, sizeof(buf) };
	struct mfs_xfer x = mem_xfer(&m);
	uint32_t ino;
	size_t n, done;

	if (depth > 6 || --*budget < 0)
		return;
	n = some_names(fs, dir, names);
	for (size_t i = 0; i < n && *budget > 0; i++) {
		if (t_lookup(fs, dir, names[i], &ino) < 0)
			continue;
		if (mfs_node(fs, ino, &info) == 0) {
			for (uint64_t pos = 0; pos < info.size && pos < 1 << 20;
			    pos += sizeof(buf))
				if (t_read(fs, ino, pos, buf, sizeof(buf),
				    &done) < 0)
					break;
			mfs_readlink(fs, ino, &x, sizeof(buf), &done);
			if (S_ISDIR(info.mode) && strcmp(names[i], ".") &&
			    strcmp(names[i], ".."))
				walk(fs, ino, depth + 1, budget);
		}
		t_put(fs, ino);
	}
}

/* Changes on a damaged image: each may fail, none may crash. */
static void scribble(struct mfs_fs *fs)
{
	static uint8_t data[40000];
	uint32_t ino, d;
	size_t done;

	if (t_create(fs, 1, "new", &ino) == 0) {
		t_write(fs, ino, 0, data, sizeof(data), &done);
		mfs_truncate(fs, ino, 100);
		t_put(fs, ino);
	}
	if (t_mkdir(fs, 1, "nd", &d) == 0) {
		t_rename(fs, 1, "new", d, "moved");
		t_put(fs, d);
	}
	t_rename(fs, 1, "a", 1, "nd");
	t_unlink(fs, 1, "big");
	t_unlink(fs, 1, "small");
	t_rmdir(fs, 1, "nd");
	if (t_path(fs, "a/b", &d) == 0) {
		t_rename(fs, d, "c", 1, "c");
		t_put(fs, d);
	}
	if (t_lookup(fs, 1, "big", &ino) == 0) {
		mfs_truncate(fs, ino, 0);
		t_put(fs, ino);
	}
	t_unlink(fs, 1, "big");
}

/* A small tree: files with indirect zones, nested dirs, a symlink. */
static int populate(struct tfs *t)
{
	static uint8_t data[300 * 1024];
	uint32_t a, b, c, ino;
	char name[16];

	pattern(data, sizeof(data), 0, 1);
	ENSURE_EQ(t_file(t->fs, 1, "big", data, sizeof(data), &ino), 0);
	t_put(t->fs, ino);
	ENSURE_EQ(t_file(t->fs, 1, "small", "tiny", 4, &ino), 0);
	t_put(t->fs, ino);
	ENSURE_EQ(t_mkdir(t->fs, 1, "a", &a), 0);
	ENSURE_EQ(t_mkdir(t->fs, a, "b", &b), 0);
	ENSURE_EQ(t_mkdir(t->fs, b, "c", &c), 0);
	for (int i = 0; i < 20; i++) {
		h_fmt(name, sizeof(name), "f%d", i);
		ENSURE_EQ(t_file(t->fs, i % 2 ? b : c, name, data, 1500 * i,
		    &ino), 0);
		t_put(t->fs, ino);
	}
	ENSURE_EQ(mfs_symlink(t->fs, a, "l", 1, "b/c", 3, 0, 0, &ino), 0);
	t_put(t->fs, ino);
	t_put(t->fs, a);
	t_put(t->fs, b);
	t_put(t->fs, c);
	return tfs_unmount(t);
}

/* Damage: random bytes over metadata and the first data zones. */
static int damage(const char *path, uint32_t seed)
{
	h_srand(seed);
	for (int i = 0; i < 1 + (int) (h_rand() % 24); i++) {
		uint32_t region = h_rand() % 4;
		uint64_t pos = region == 0 ? 1024 + h_rand() % 1024 :	/* super */
		    region == 1 ? 2048 + h_rand() % (6 * 1024) :	/* maps, inodes */
		    8 * 1024 + h_rand() % (64 * 1024);		/* dirs, indirects */
		uint8_t v = (uint8_t) h_rand();
		if (region != 0 && (h_rand() & 1))
			v = (uint8_t) (h_rand() % 3 == 0 ? 0xff : 0);
		ENSURE(h_patch(path, pos, &v, 1) == 0);
	}
	return 0;
}

void t_corrupt_random_bytes(void)
{
	char work[512];
	struct tfs t, w;
	int mounted = 0;

	if (fresh(&t, "base.img") < 0 || tfs_mount(&t, 0, CACHE_BLOCKS) < 0 ||
	    populate(&t) < 0)
		return;
	memset(&w, 0, sizeof(w));
	h_path(work, sizeof(work), "damaged.img");
	h_fmt(w.path, sizeof(w.path), "%s", work);
	for (uint32_t seed = 1; seed <= 1000; seed++) {
		CHECK_OK(h_sh(NULL, 0, "cp '%s' '%s'", t.path, work));
		CHECK_OK(damage(work, seed));
		CHECK(h_dev_open(work, 0, &w.dev) == 0);
		if (mfs_mount(&w.dev, 0, seed % 2 ? 16 : 256, &w.fs) == 0) {
			int budget = 400;
			mounted++;
			mfs_set_clock(w.fs, h_clock);
			walk(w.fs, 1, 0, &budget);
			scribble(w.fs);
			budget = 400;
			walk(w.fs, 1, 0, &budget);
			mfs_unmount(w.fs);
		}
		h_dev_close(&w.dev);
		w.fs = NULL;
	}
	CHECK(mounted > 300);	/* most damage spares the superblock */
	h_remove(work);
	tfs_drop(&t);
}

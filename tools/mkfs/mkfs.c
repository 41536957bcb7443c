/*
 * mkfs.c - mkfs.mfs: build a MINIX v3 file system image from a tree.
 *
 *	mkfs.mfs [-b BLOCKSIZE] [-i INODES] [-s SIZE_KIB] [-d DEVICE_LIST]
 *	    [-p PERMS_LIST] IMAGE DIR
 *
 * Makes IMAGE a file of SIZE_KIB KiB (by default what DIR needs, plus
 * half, plus 2 MiB), formats it with the MFS core and copies DIR into it
 * (tree.c), then the device nodes of DEVICE_LIST (devices.c).  Everything
 * is owned by root but what PERMS_LIST gives other owners or modes
 * (perms.c); times come from the source files (or the lists), and so
 * does every inode's change time, so that the same tree always gives
 * the same bytes.
 * On any error the image is removed and the status is 1.
 *
 * Default block size 1 KiB: util-linux's fsck.minix checks only those.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "image.h"
#include "mkfs.h"

#define CACHE_BLOCKS	1024
#define SPARE_KIB	2048		/* free room in a default-sized image */

static int64_t clock_now;

static int64_t image_clock(void)
{
	return clock_now;
}

void set_clock(int64_t t)
{
	clock_now = t;
}

int say(const char *fmt, ...)
{
	va_list ap;

	fputs("mkfs.mfs: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -1;
}

int fs_error(const struct mkfs *m, const char *path, int err)
{
	if (img_no_space(err))
		return say("%s: no space for %s", m->image, path);
	return say("%s: %s: %s", m->image, path, img_strerror(err));
}

static void usage(void)
{
	fprintf(stderr, "usage: mkfs.mfs [-b BLOCKSIZE] [-i INODES] "
	    "[-s SIZE_KIB] [-d DEVICE_LIST] [-p PERMS_LIST] IMAGE DIR\n");
	exit(1);
}

static uint64_t number(const char *s, uint64_t max)
{
	char *end;
	unsigned long long v;

	errno = 0;
	v = strtoull(s, &end, 10);
	if (errno != 0 || end == s || *end != 0 || v == 0 || v > max)
		usage();
	return v;
}

static void options(int argc, char **argv, struct mkfs *m)
{
	int c;

	m->block_size = 1024;
	while ((c = getopt(argc, argv, "b:i:s:d:p:")) != -1) {
		switch (c) {
		case 'b': m->block_size = (uint32_t) number(optarg, 8192); break;
		case 'i': m->inodes = (uint32_t) number(optarg, UINT32_MAX); break;
		case 's': m->size_kib = number(optarg, UINT32_MAX); break;
		case 'd': m->devlist = optarg; break;
		case 'p': m->permlist = optarg; break;
		default: usage();
		}
	}
	if (argc - optind != 2)
		usage();
	m->image = argv[optind];
	m->src = argv[optind + 1];
	/* "dir/" names its files "dir/x", not "dir//x". */
	for (size_t n = strlen(m->src); n > 1 && m->src[n - 1] == '/'; n--)
		argv[optind + 1][n - 1] = 0;
}

/* Size and inode count, where the user left them to us. */
static int plan(struct mkfs *m)
{
	struct survey s = { 1, 0 };	/* the root */

	if (tree_survey(m->src, m->block_size, &s) < 0)
		return -1;
	if (m->size_kib == 0) {
		uint64_t per_block = m->block_size >= 1024 ?
		    m->block_size / 1024 : 1;	/* KiB, for whole blocks */
		m->size_kib = (s.bytes + s.bytes / 2) / 1024 + SPARE_KIB;
		m->size_kib = (m->size_kib + per_block - 1) / per_block *
		    per_block;
	}
	if (m->inodes == 0 && s.entries + 64 > m->size_kib / 4)
		m->inodes = (uint32_t) (2 * s.entries + 64);
	return 0;
}

static int dev_read(void *ctx, uint64_t pos, void *buf, size_t len)
{
	int fd = *(int *) ctx;

	return pread(fd, buf, len, (off_t) pos) == (ssize_t) len ? 0 : img_eio;
}

static int dev_write(void *ctx, uint64_t pos, const void *buf, size_t len)
{
	int fd = *(int *) ctx;

	return pwrite(fd, buf, len, (off_t) pos) == (ssize_t) len ? 0 :
	    img_eio;
}

/* Format, mount, fill, unmount; the image file is open on fd. */
static int build(struct mkfs *m, int fd)
{
	struct mfs_blockdev dev = { &fd, dev_read, dev_write,
	    m->size_kib * 1024, 0 };
	struct stat st;
	int r, r2;

	if ((r = mfs_format(&dev, m->block_size, m->inodes)) < 0) {
		if (img_no_space(r))
			return say("%s: %llu KiB is too small for a file system",
			    m->image, (unsigned long long) m->size_kib);
		return say("%s: cannot format: %s", m->image, img_strerror(r));
	}
	if ((r = mfs_mount(&dev, 0, CACHE_BLOCKS, &m->fs)) < 0)
		return say("%s: cannot mount: %s", m->image, img_strerror(r));
	mfs_set_clock(m->fs, image_clock);
	r = tree_copy(m, mfs_root(m->fs), m->src);
	if (r == 0 && m->devlist != NULL)
		r = devices_add(m);
	if (r == 0 && m->permlist != NULL)
		r = perms_apply(m);
	if (r == 0 && lstat(m->src, &st) == 0) {
		set_clock(st.st_mtime);
		r = mfs_utime(m->fs, mfs_root(m->fs), st.st_mtime, st.st_mtime);
		if (r < 0)
			r = fs_error(m, m->src, r);
	}
	/* r is 0 or -1: any error is reported by now. */
	if ((r2 = mfs_unmount(m->fs)) < 0 && r == 0)
		r = fs_error(m, m->image, r2);
	return r;
}

int main(int argc, char **argv)
{
	struct mkfs m = { 0 };
	int fd, r;

	options(argc, argv, &m);
	if (plan(&m) < 0)
		return 1;
	fd = open(m.image, O_RDWR | O_CREAT | O_TRUNC, 0644);
	if (fd < 0) {
		say("%s: %s", m.image, strerror(errno));
		return 1;
	}
	if (ftruncate(fd, (off_t) (m.size_kib * 1024)) < 0)
		r = say("%s: %s", m.image, strerror(errno));
	else
		r = build(&m, fd);
	if (close(fd) < 0 && r == 0)
		r = say("%s: %s", m.image, strerror(errno));
	if (r < 0) {
		unlink(m.image);
		return 1;
	}
	return 0;
}

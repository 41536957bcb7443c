/*
 * tutil.h - helpers the MFS test cases share: images mounted through the
 * core, data to and from memory, short ways to make and list files.
 */
#ifndef MFS_TEST_TUTIL_H
#define MFS_TEST_TUTIL_H

#include <stddef.h>
#include <stdint.h>
#include "harness.h"
#include "mfs.h"

#define KIB		1024u
#define CACHE_BLOCKS	512

/* An image file, its device and (while mounted) the file system. */
struct tfs {
	char path[512];
	struct mfs_blockdev dev;
	struct mfs_fs *fs;
	int to_end;			/* mount with dev.to_end */
};

int tfs_minix(struct tfs *t, const char *name, unsigned kib,
    const char *opts);			/* made by mkfs.minix -3 */
int tfs_format(struct tfs *t, const char *name, unsigned kib,
    uint32_t block_size, uint32_t inodes);	/* made by mfs_format */
int tfs_mount(struct tfs *t, int readonly, unsigned cache_blocks);
int tfs_unmount(struct tfs *t);
int tfs_remount(struct tfs *t);
int tfs_fsck(struct tfs *t);		/* unmount, fsck.minix -f: status 0 */
void tfs_drop(struct tfs *t);		/* unmount, remove the image */

/* A caller's buffer, for struct mfs_xfer. */
struct membuf {
	uint8_t *p;
	size_t n;
};
int mem_copy(void *ctx, size_t off, void *data, size_t len, int to_fs);
struct mfs_xfer mem_xfer(struct membuf *m);

int t_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos, const void *data,
    size_t len, size_t *done);
int t_read(struct mfs_fs *fs, uint32_t ino, uint64_t pos, void *data,
    size_t len, size_t *done);
int t_file(struct mfs_fs *fs, uint32_t dir, const char *name,
    const void *data, size_t len, uint32_t *ino);	/* create + write */
int t_create(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino);
int t_mkdir(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino);
int t_lookup(struct mfs_fs *fs, uint32_t dir, const char *name,
    uint32_t *ino);
int t_path(struct mfs_fs *fs, const char *path, uint32_t *ino);
int t_put(struct mfs_fs *fs, uint32_t ino);
int t_unlink(struct mfs_fs *fs, uint32_t dir, const char *name);
int t_rmdir(struct mfs_fs *fs, uint32_t dir, const char *name);
int t_rename(struct mfs_fs *fs, uint32_t odir, const char *oname,
    uint32_t ndir, const char *nname);
uint64_t t_size(struct mfs_fs *fs, uint32_t ino);
uint32_t t_nlinks(struct mfs_fs *fs, uint32_t ino);
uint64_t t_free_zones(struct mfs_fs *fs);
uint64_t t_free_inodes(struct mfs_fs *fs);

/* The names in a directory, through getdents with a bufsize buffer. */
struct names {
	size_t count;
	char (*name)[61];
	uint32_t *ino;
	unsigned char *type;
};
int t_list(struct mfs_fs *fs, uint32_t dir, size_t bufsize, struct names *n);
void names_free(struct names *n);
int names_has(const struct names *n, const char *name);

/* Bytes of a repeatable pattern, and a checksum. */
void pattern(uint8_t *buf, size_t len, uint64_t pos, uint32_t seed);
uint32_t checksum(uint32_t sum, const uint8_t *buf, size_t len);

#endif

/*
 * mfs.h - the MINIX v3 file system core: the calls its users make.
 *
 * The core knows the on-disk format and nothing of IPC: the MFS server
 * wraps it in a message loop, mkfs.mfs and the host unit tests call it
 * directly.  It reaches the device through struct mfs_blockdev and the
 * caller's data through struct mfs_xfer, so it runs the same on the guest
 * and on the build machine.
 *
 * Every call returns OK (0) or a negative errno.  Inodes are named by
 * number; calls that hand out an inode (lookup, create, mkdir, symlink)
 * take a reference on it that the caller gives back with mfs_put.  An
 * inode whose last link and last reference are gone is freed.
 *
 * Only fixed-width types appear here, so that host programs can include
 * this header beside their own C library's; struct statvfs is the
 * system's own (<sys/statvfs.h> of the tree), not the host's.
 */
#ifndef MFS_H
#define MFS_H

#include <stddef.h>
#include <stdint.h>

struct statvfs;

/* How the core reaches the device. */
struct mfs_blockdev {
	void *ctx;
	int (*read)(void *ctx, uint64_t pos, void *buf, size_t len);
	int (*write)(void *ctx, uint64_t pos, const void *buf, size_t len);
	uint64_t size;			/* bytes */
	int to_end;			/* may end before its file system
					   (the boot's root RAM disk on a
					   machine with little memory): use
					   the file system to the device's end */
};

/*
 * Where file data goes or comes from (the server copies through grants).
 * to_fs: copy len bytes from the caller's buffer at offset into data;
 * else copy data out to the caller's buffer at offset.
 */
struct mfs_xfer {
	void *ctx;
	int (*copy)(void *ctx, size_t offset, void *data, size_t len,
	    int to_fs);
};

struct mfs_node_info {
	uint32_t ino, mode, nlinks, uid, gid, rdev;
	uint64_t size;
	int64_t atime, mtime, ctime;
};

struct mfs_fs;

/* Mounting. cache_blocks: how many blocks the cache holds. */
int mfs_mount(const struct mfs_blockdev *dev, int readonly,
    unsigned cache_blocks, struct mfs_fs **fsp);
int mfs_unmount(struct mfs_fs *fs);		/* syncs and frees */
int mfs_sync(struct mfs_fs *fs);
uint32_t mfs_root(struct mfs_fs *fs);
void mfs_set_clock(struct mfs_fs *fs, int64_t (*now)(void));
int mfs_statvfs(struct mfs_fs *fs, struct statvfs *st);
/* Whether the requests from now on are root's: only those may take the
 * last MFS_ROOT_SHARE-th of the zones (1: root, the default). */
void mfs_for_root(struct mfs_fs *fs, int yes);
/* An empty file system with a root directory (mode 0755, uid 0). */
int mfs_format(const struct mfs_blockdev *dev, uint32_t block_size,
    uint32_t inodes);

/* References and attributes. */
int mfs_get(struct mfs_fs *fs, uint32_t ino);
int mfs_put(struct mfs_fs *fs, uint32_t ino, unsigned count);
int mfs_node(struct mfs_fs *fs, uint32_t ino, struct mfs_node_info *info);
int mfs_size(struct mfs_fs *fs, uint32_t ino, uint64_t *size);
uint32_t mfs_block_size(const struct mfs_fs *fs);
int mfs_chmod(struct mfs_fs *fs, uint32_t ino, uint32_t mode);
int mfs_chown(struct mfs_fs *fs, uint32_t ino, uint32_t uid, uint32_t gid,
    uint32_t clear);
int mfs_utime(struct mfs_fs *fs, uint32_t ino, int64_t atime,
    int64_t mtime);

/* Names. Those that return *ino take a reference on it. */
int mfs_lookup(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t *ino);
int mfs_create(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t mode, uint32_t uid, uint32_t gid, uint32_t rdev,
    uint32_t *ino);
int mfs_mkdir(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t mode, uint32_t uid, uint32_t gid, uint32_t *ino);
int mfs_symlink(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, const char *target, size_t tlen, uint32_t uid, uint32_t gid,
    uint32_t *ino);
int mfs_unlink(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len);
int mfs_rmdir(struct mfs_fs *fs, uint32_t dir, const char *name, size_t len);
int mfs_link(struct mfs_fs *fs, uint32_t dir, const char *name, size_t len,
    uint32_t ino);
int mfs_rename(struct mfs_fs *fs, uint32_t odir, const char *oname,
    size_t olen, uint32_t ndir, const char *nname, size_t nlen);

/* Data. */
int mfs_read(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t len,
    const struct mfs_xfer *x, size_t *done);
int mfs_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t len,
    const struct mfs_xfer *x, size_t *done);
int mfs_truncate(struct mfs_fs *fs, uint32_t ino, uint64_t size);
int mfs_readlink(struct mfs_fs *fs, uint32_t ino, const struct mfs_xfer *x,
    size_t len, size_t *done);
int mfs_getdents(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t size,
    const struct mfs_xfer *x, size_t *done, uint64_t *newpos);

#endif

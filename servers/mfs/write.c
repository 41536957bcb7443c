/*
 * write.c - writing file data.
 *
 * Block by block: map the block (allocating it), copy the caller's bytes
 * into its cache buffer, mark it dirty.  A write that starts past the end
 * first zeros the tail of the old last block, so the gap reads as zeros.
 * Running out of zones part-way is not an error for what was written:
 * the call reports the bytes done, as write(2) does; only a write that
 * could do nothing returns ENOSPC.
 *
 * Entry points: file_write; mfs_write.
 */
#include <errno.h>
#include <sys/stat.h>
#include "fs.h"

/* Copy one block's worth (at most) of the caller's data to pos. */
static int write_block(struct mfs_fs *fs, struct inode *ip, uint64_t pos,
    uint32_t n, const struct mfs_xfer *x, size_t done)
{
	uint32_t off = (uint32_t) pos & (fs->f_bsize - 1), z;
	struct buf *bp;
	int r;

	if ((r = bmap(fs, ip, (uint32_t) (pos >> fs->f_bshift), 1, &z)) < 0)
		return r;
	/* A whole block is overwritten: no need to read the old one. */
	r = cache_get(fs->f_cache, z, n == fs->f_bsize ? B_ZERO : B_READ, &bp);
	if (r < 0)
		return r;
	r = x->copy(x->ctx, done, bp->b_data + off, n, 1);
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	return r;
}

int file_write(struct mfs_fs *fs, struct inode *ip, uint64_t pos,
    size_t len, const struct mfs_xfer *x, size_t *done)
{
	uint32_t n;
	int r = 0;

	*done = 0;
	if (len == 0)
		return 0;
	if (pos >= fs->f_maxsize)
		return -EFBIG;
	if (len > fs->f_maxsize - pos)
		len = (size_t) (fs->f_maxsize - pos);
	if (pos > ip->i_size && (r = zero_tail(fs, ip, ip->i_size)) < 0)
		return r;
	while (*done < len) {
		n = fs->f_bsize - ((uint32_t) pos & (fs->f_bsize - 1));
		if (n > len - *done)
			n = (uint32_t) (len - *done);
		if ((r = write_block(fs, ip, pos, n, x, *done)) < 0)
			break;
		*done += n;
		pos += n;
		if (pos > ip->i_size)
			ip->i_size = (uint32_t) pos;
	}
	if (*done > 0)
		ip->i_mtime = ip->i_ctime = fs_time(fs);
	/* Written even after a failure: bmap may have added zones. */
	int r2 = inode_write(fs, ip);
	if (*done > 0)
		return r2;
	return r < 0 ? r : r2;
}

int mfs_write(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t len,
    const struct mfs_xfer *x, size_t *done)
{
	struct inode *ip;
	int r;

	*done = 0;
	if (fs->f_rdonly)
		return -EROFS;
	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if (S_ISDIR(ip->i_mode))
		r = -EISDIR;
	else if (!S_ISREG(ip->i_mode))
		r = -EINVAL;
	else
		r = file_write(fs, ip, pos, len, x, done);
	inode_put(fs, ip);
	return r;
}

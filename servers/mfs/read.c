/*
 * read.c - reading file data and symbolic links.
 *
 * Data goes block by block from the cache to the caller through the
 * transfer's copy function; a hole (zone 0) reads as zeros.  A read that
 * fails part-way reports what it copied, like read(2).
 *
 * Entry points: file_read; mfs_read, mfs_readlink.
 */
#include <errno.h>
#include <sys/stat.h>
#include "fs.h"

static uint8_t zeros[MAX_BLOCK_SIZE];	/* what a hole holds */

/* Copy up to len bytes from pos on (not past the end) to the caller. */
int file_read(struct mfs_fs *fs, struct inode *ip, uint64_t pos,
    size_t len, const struct mfs_xfer *x, size_t *done)
{
	uint32_t off, n, z;
	struct buf *bp;
	int r = 0;

	*done = 0;
	if (pos >= ip->i_size)
		return 0;
	if (len > ip->i_size - pos)
		len = (size_t) (ip->i_size - pos);
	while (*done < len) {
		off = (uint32_t) pos & (fs->f_bsize - 1);
		n = fs->f_bsize - off;
		if (n > len - *done)
			n = (uint32_t) (len - *done);
		if ((r = bmap(fs, ip, (uint32_t) (pos >> fs->f_bshift), 0,
		    &z)) < 0)
			break;
		if (z == 0) {
			r = x->copy(x->ctx, *done, zeros, n, 0);
		} else if ((r = cache_get(fs->f_cache, z, B_READ, &bp)) == 0) {
			r = x->copy(x->ctx, *done, bp->b_data + off, n, 0);
			cache_put(fs->f_cache, bp);
		}
		if (r < 0)
			break;
		*done += n;
		pos += n;
	}
	return *done > 0 ? 0 : r;
}

int mfs_read(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t len,
    const struct mfs_xfer *x, size_t *done)
{
	struct inode *ip;
	int r;

	*done = 0;
	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if (S_ISDIR(ip->i_mode))
		r = -EISDIR;
	else if (!S_ISREG(ip->i_mode))
		r = -EINVAL;
	else
		r = file_read(fs, ip, pos, len, x, done);
	if (*done > 0 && !fs->f_rdonly)
		ip->i_atime_due = 1;	/* set when next written (inode.c) */
	inode_put(fs, ip);
	return r;
}

int mfs_readlink(struct mfs_fs *fs, uint32_t ino, const struct mfs_xfer *x,
    size_t len, size_t *done)
{
	struct inode *ip;
	int r;

	*done = 0;
	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if (!S_ISLNK(ip->i_mode))
		r = -EINVAL;
	else
		r = file_read(fs, ip, 0, len, x, done);
	inode_put(fs, ip);
	return r;
}

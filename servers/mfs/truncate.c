/*
 * truncate.c - changing a file's size and giving its zones back.
 *
 * Shrinking frees every zone wholly past the new end, indirect zones
 * included once nothing below them is left, and zeros the rest of the
 * last block, so that growing the file again (by truncate or by a write
 * past its end) shows zeros and never old data.
 *
 * Entry points: trunc_inode, zero_tail, has_zones; mfs_truncate.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "fs.h"

/* Whether the inode's zone slots name zones (a device keeps its number). */
int has_zones(const struct inode *ip)
{
	return S_ISREG(ip->i_mode) || S_ISDIR(ip->i_mode) ||
	    S_ISLNK(ip->i_mode);
}

static int free_tree(struct mfs_fs *fs, uint32_t *zp, int depth,
    uint64_t base, uint64_t first);

/* free_tree() over each entry of indirect zone z. */
static int free_children(struct mfs_fs *fs, uint32_t z, int depth,
    uint64_t base, uint64_t first)
{
	uint64_t span = (uint64_t) 1 << ((fs->f_bshift - 2) * (depth - 1));
	uint32_t child, was;
	struct buf *bp;
	int r;

	if ((r = cache_get(fs->f_cache, z, B_READ, &bp)) < 0)
		return r;
	for (uint32_t i = 0; i < fs->f_nindir && r == 0; i++) {
		was = child = get32(bp->b_data + 4 * i);
		r = free_tree(fs, &child, depth - 1, base + i * span, first);
		if (child != was) {
			put32(bp->b_data + 4 * i, child);
			cache_dirty(bp);
		}
	}
	cache_put(fs->f_cache, bp);
	return r;
}

/*
 * Free the zones, below *zp, of file blocks `first' on; the tree at *zp
 * has the given depth and starts at file block base.  *zp becomes 0 when
 * the whole tree went.
 */
static int free_tree(struct mfs_fs *fs, uint32_t *zp, int depth,
    uint64_t base, uint64_t first)
{
	uint64_t span = (uint64_t) 1 << ((fs->f_bshift - 2) * depth);
	int r;

	if (*zp == 0 || base + span <= first)
		return 0;
	if (!zone_valid(fs, *zp))
		return -EIO;
	if (depth > 0 &&
	    (r = free_children(fs, *zp, depth, base, first)) < 0)
		return r;
	if (base < first)
		return 0;
	if ((r = bit_free(fs, ZMAP, *zp)) < 0)
		return r;
	*zp = 0;
	return 0;
}

/* Zero the block holding byte `from' between it and the block's end. */
int zero_tail(struct mfs_fs *fs, struct inode *ip, uint32_t from)
{
	uint32_t off = from & (fs->f_bsize - 1), z;
	struct buf *bp;
	int r;

	if (off == 0)
		return 0;
	if ((r = bmap(fs, ip, from >> fs->f_bshift, 0, &z)) < 0 || z == 0)
		return r;
	if ((r = cache_get(fs->f_cache, z, B_READ, &bp)) < 0)
		return r;
	memset(bp->b_data + off, 0, fs->f_bsize - off);
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	return 0;
}

/* Shrink the file to size bytes, freeing zones; the caller writes it. */
int trunc_inode(struct mfs_fs *fs, struct inode *ip, uint32_t size)
{
	uint64_t first = ((uint64_t) size + fs->f_bsize - 1) >> fs->f_bshift;
	uint64_t base = NR_DZONES;
	int r = 0;

	for (int i = 0; i < NR_DZONES && r == 0; i++)
		r = free_tree(fs, &ip->i_zone[i], 0, (uint64_t) i, first);
	for (int d = 1; d < NR_ZONES - NR_DZONES + 1 && r == 0; d++) {
		r = free_tree(fs, &ip->i_zone[NR_DZONES + d - 1], d, base,
		    first);
		base += (uint64_t) 1 << ((fs->f_bshift - 2) * d);
	}
	if (r == 0 && size < ip->i_size)
		r = zero_tail(fs, ip, size);
	if (r == 0)
		ip->i_size = size;
	return r;
}

int mfs_truncate(struct mfs_fs *fs, uint32_t ino, uint64_t size)
{
	struct inode *ip;
	int r;

	if (fs->f_rdonly)
		return -EROFS;
	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if (S_ISDIR(ip->i_mode))
		r = -EISDIR;
	else if (!S_ISREG(ip->i_mode))
		r = -EINVAL;
	else if (size > fs->f_maxsize)
		r = -EFBIG;
	else if (size < ip->i_size)
		r = trunc_inode(fs, ip, (uint32_t) size);
	else if (size > ip->i_size && (r = zero_tail(fs, ip, ip->i_size)) == 0)
		ip->i_size = (uint32_t) size;
	if (r == 0) {
		ip->i_mtime = ip->i_ctime = fs_time(fs);
		r = inode_write(fs, ip);
	}
	inode_put(fs, ip);
	return r;
}

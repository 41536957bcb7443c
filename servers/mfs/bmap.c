/*
 * bmap.c - from a block of a file to the zone that holds it.
 *
 * The first 7 blocks of a file are named in the inode itself; then come
 * a single indirect zone (a block of zone numbers), a double and a triple
 * one.  bmap() walks that tree, and with `alloc' grows it: a zone it adds,
 * data or indirect, starts out as zeros, so a hole and a fresh block read
 * alike.  Every zone number read from the disk is checked first: one
 * outside the data zones is a corrupt image (EIO), never a wild access.
 *
 * Entry points: bmap, zone_valid.
 */
#include <errno.h>
#include "fs.h"

#define MAX_DEPTH	3	/* triple indirect */

int zone_valid(const struct mfs_fs *fs, uint32_t zone)
{
	return zone >= fs->f_firstdata && zone < fs->f_nblocks;
}

/*
 * Where file block fblock hangs: the inode slot *top, the depth of
 * indirection below it, and the index into each indirect block on the way
 * down (idx[0] in the one the inode names).
 */
static int locate(const struct mfs_fs *fs, uint32_t fblock, int *top,
    int *depth, uint32_t idx[MAX_DEPTH])
{
	unsigned shift = fs->f_bshift - 2;	/* log2(zone numbers per block) */
	uint32_t n = fblock;
	uint64_t span = 1;

	if (n < NR_DZONES) {
		*top = (int) n;
		*depth = 0;
		return 0;
	}
	n -= NR_DZONES;
	for (int d = 1; d <= MAX_DEPTH; d++) {
		span <<= shift;
		if (n < span) {
			*top = NR_DZONES + d - 1;
			*depth = d;
			for (int i = 0; i < d; i++)
				idx[i] = (n >> (shift * (d - 1 - i))) &
				    (fs->f_nindir - 1);
			return 0;
		}
		n -= (uint32_t) span;
	}
	return -EFBIG;
}

/* A free zone, now in use and all zeros in the cache. */
static int new_zone(struct mfs_fs *fs, uint32_t *zone)
{
	struct buf *bp;
	int r;

	if ((r = bit_alloc(fs, ZMAP, zone)) < 0)
		return r;
	if ((r = cache_get(fs->f_cache, *zone, B_ZERO, &bp)) < 0) {
		bit_free(fs, ZMAP, *zone);
		return r;
	}
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	return 0;
}

/* Follow (or, with alloc, fill) entry idx of indirect zone z. */
static int step(struct mfs_fs *fs, uint32_t z, uint32_t idx, int alloc,
    uint32_t *child)
{
	struct buf *bp;
	int r;

	if ((r = cache_get(fs->f_cache, z, B_READ, &bp)) < 0)
		return r;
	*child = get32(bp->b_data + 4 * idx);
	if (*child == 0 && alloc) {
		if ((r = new_zone(fs, child)) == 0) {
			put32(bp->b_data + 4 * idx, *child);
			cache_dirty(bp);
		}
	}
	cache_put(fs->f_cache, bp);
	if (r == 0 && *child != 0 && !zone_valid(fs, *child))
		r = -EIO;
	return r;
}

/*
 * The zone of file block fblock in *zone, 0 for a hole.  With alloc, the
 * missing zones on the way are allocated; the caller writes the inode.
 */
int bmap(struct mfs_fs *fs, struct inode *ip, uint32_t fblock, int alloc,
    uint32_t *zone)
{
	uint32_t idx[MAX_DEPTH], z;
	int top, depth, r;

	if ((r = locate(fs, fblock, &top, &depth, idx)) < 0)
		return r;
	z = ip->i_zone[top];
	if (z == 0 && alloc) {
		if ((r = new_zone(fs, &z)) < 0)
			return r;
		ip->i_zone[top] = z;
	}
	for (int d = 0; z != 0 && d < depth; d++) {
		if (!zone_valid(fs, z))
			return -EIO;
		if ((r = step(fs, z, idx[d], alloc, &z)) < 0)
			return r;
	}
	if (z != 0 && !zone_valid(fs, z))
		return -EIO;
	*zone = z;
	return 0;
}

/*
 * bitmap.c - allocating inodes and zones from the two bitmaps.
 *
 * Callers speak in inode and zone numbers; this file turns them into bit
 * numbers (inode i is bit i, zone z is bit z - s_firstdatazone + 1) and
 * keeps the counts of free ones that statvfs reports.  A search starts
 * where the last one ended, so that files filled in order get zones in
 * order.  Freeing a bit that is already clear means the image is corrupt
 * and gives EIO.
 *
 * Only the zones up to f_nblocks (the device's end) are ever handed out.
 *
 * Entry points: bit_alloc, bit_free, bit_count_free, bit_zones_clear.
 */
#include <errno.h>
#include "fs.h"

/* The map's first block and its number of meaningful bits. */
static void map_shape(const struct mfs_fs *fs, enum map m, uint32_t *start,
    uint32_t *nbits)
{
	if (m == IMAP) {
		*start = MAP_START;
		*nbits = fs->f_ninodes + 1;
	} else {
		*start = MAP_START + fs->f_imap_blocks;
		*nbits = fs->f_nblocks - fs->f_firstdata + 1;
	}
}

/* Find a clear bit in [from, to), set it and report it in *bit. */
static int claim(struct mfs_fs *fs, enum map m, uint32_t from, uint32_t to,
    uint32_t *bit)
{
	uint32_t start, nbits, b, end, per_block = fs->f_bsize * 8;
	struct buf *bp;
	uint8_t *byte;
	int r;

	map_shape(fs, m, &start, &nbits);
	for (b = from; b < to; b = end) {
		end = (b / per_block + 1) * per_block;
		if (end > to)
			end = to;
		if ((r = cache_get(fs->f_cache, start + b / per_block, B_READ,
		    &bp)) < 0)
			return r;
		for (; b < end; b++) {
			byte = &bp->b_data[(b % per_block) / 8];
			if (*byte == 0xff && b % 8 == 0) {
				b += 7;
				continue;
			}
			if (!(*byte & 1 << b % 8)) {
				*byte |= (uint8_t) (1 << b % 8);
				cache_dirty(bp);
				cache_put(fs->f_cache, bp);
				*bit = b;
				return 0;
			}
		}
		cache_put(fs->f_cache, bp);
	}
	return -ENOSPC;
}

/* A free inode or zone, now marked used, in *nr. */
int bit_alloc(struct mfs_fs *fs, enum map m, uint32_t *nr)
{
	uint32_t start, nbits, bit, *hint;
	int r;

	if (m == ZMAP && !fs->f_for_root && fs->f_free_zones <= fs->f_root_zones)
		return -ENOSPC;		/* a user filled it: root can still write */
	map_shape(fs, m, &start, &nbits);
	hint = m == IMAP ? &fs->f_isearch : &fs->f_zsearch;
	if (*hint < 1 || *hint >= nbits)
		*hint = 1;
	r = claim(fs, m, *hint, nbits, &bit);
	if (r == -ENOSPC)
		r = claim(fs, m, 1, *hint, &bit);
	if (r < 0)
		return r;
	*hint = bit + 1;
	if (m == IMAP) {
		*nr = bit;
		if (fs->f_free_inodes > 0)
			fs->f_free_inodes--;
	} else {
		*nr = fs->f_firstdata - 1 + bit;
		if (fs->f_free_zones > 0)
			fs->f_free_zones--;
	}
	return 0;
}

int bit_free(struct mfs_fs *fs, enum map m, uint32_t nr)
{
	uint32_t start, nbits, bit, per_block = fs->f_bsize * 8;
	struct buf *bp;
	uint8_t *byte;
	int r;

	map_shape(fs, m, &start, &nbits);
	bit = m == IMAP ? nr : nr - (fs->f_firstdata - 1);
	if (m == ZMAP && nr < fs->f_firstdata)
		return -EIO;
	if (bit < 1 || bit >= nbits)
		return -EIO;
	if ((r = cache_get(fs->f_cache, start + bit / per_block, B_READ,
	    &bp)) < 0)
		return r;
	byte = &bp->b_data[(bit % per_block) / 8];
	if (!(*byte & 1 << bit % 8)) {
		cache_put(fs->f_cache, bp);
		return -EIO;
	}
	*byte &= (uint8_t) ~(1 << bit % 8);
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	if (m == IMAP) {
		fs->f_free_inodes++;
		if (bit < fs->f_isearch)
			fs->f_isearch = bit;
	} else {
		fs->f_free_zones++;
		if (bit < fs->f_zsearch)
			fs->f_zsearch = bit;
	}
	return 0;
}

static unsigned zero_bits(uint8_t byte)
{
	unsigned n = 0;

	for (byte = (uint8_t) ~byte; byte != 0; byte &= (uint8_t) (byte - 1))
		n++;
	return n;
}

/* How many of the map's meaningful bits are clear (done at mount). */
int bit_count_free(struct mfs_fs *fs, enum map m, uint32_t *count)
{
	uint32_t start, nbits, b, per_block = fs->f_bsize * 8, n = 0;
	struct buf *bp = NULL;
	int r;

	map_shape(fs, m, &start, &nbits);
	for (b = 0; b < nbits; b += 8) {
		if (b % per_block == 0) {
			cache_put(fs->f_cache, bp);
			if ((r = cache_get(fs->f_cache, start + b / per_block,
			    B_READ, &bp)) < 0)
				return r;
		}
		uint8_t byte = bp->b_data[(b % per_block) / 8];
		if (b == 0)
			byte |= 1;			/* bit 0 is no object */
		if (nbits - b < 8)
			byte |= (uint8_t) (0xff << (nbits - b));
		n += zero_bits(byte);
	}
	cache_put(fs->f_cache, bp);
	*count = n;
	return 0;
}

/* OK if zones [from, to) are all free in the zone map, else EIO. */
int bit_zones_clear(struct mfs_fs *fs, uint32_t from, uint32_t to)
{
	uint32_t start, nbits, b, per_block = fs->f_bsize * 8;
	struct buf *bp = NULL;
	int r;

	map_shape(fs, ZMAP, &start, &nbits);
	for (b = from - (fs->f_firstdata - 1); b < to - (fs->f_firstdata - 1);
	    b++) {
		if (bp == NULL || b % per_block == 0) {
			cache_put(fs->f_cache, bp);
			if ((r = cache_get(fs->f_cache, start + b / per_block,
			    B_READ, &bp)) < 0)
				return r;
		}
		if (bp->b_data[(b % per_block) / 8] & 1 << b % 8) {
			cache_put(fs->f_cache, bp);
			return -EIO;
		}
	}
	cache_put(fs->f_cache, bp);
	return 0;
}

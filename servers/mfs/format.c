/*
 * format.c - mfs_format: an empty file system on a device.
 *
 * Plans the layout (maps, inode table, first data zone) from the device's
 * size, writes it with a root directory holding "." and "..", and writes
 * the superblock last, so that an interrupted format is not a file system.
 * Map bits past the last inode or zone are set, as mkfs.minix does, so
 * that nothing can ever allocate them.
 *
 * Entry point: mfs_format.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fs.h"

#define MAX_FILE_SIZE	0x7fffffffu	/* s_max_size, as mkfs.minix sets */
#define MAX_FIELD16	0xffffu		/* the superblock's 16-bit fields */

struct layout {
	uint32_t bsize, nblocks, ninodes;
	unsigned bshift;			/* log2(bsize) */
	uint32_t imap, zmap, itable, firstdata;	/* block counts; first zone */
};

/* Blocks of 2^shift bytes (or bits) for n of them; shifts only, as the
 * guest has no 64-bit division without libgcc. */
static uint32_t blocks_for(uint64_t n, unsigned shift)
{
	return (uint32_t) ((n + ((uint64_t) 1 << shift) - 1) >> shift);
}

/* Inode count: asked for, or one per 3 KiB; filling the last block. */
static uint32_t inode_count(uint64_t dev_size, uint32_t bsize, uint32_t asked)
{
	uint32_t per_block = bsize / INODE_SIZE;
	uint64_t kib = dev_size >> 10;
	uint64_t n = asked != 0 ? asked :
	    (kib > UINT32_MAX ? UINT32_MAX : (uint32_t) kib) / 3;

	if (n < per_block)
		n = per_block;
	n = (n + per_block - 1) & ~(uint64_t) (per_block - 1);
	return n > UINT32_MAX - per_block ? UINT32_MAX - per_block : (uint32_t) n;
}

static int plan(uint64_t dev_size, uint32_t bsize, uint32_t inodes,
    struct layout *l)
{
	uint64_t nblocks;
	uint32_t need;

	if (bsize < MIN_BLOCK_SIZE || bsize > MAX_BLOCK_SIZE ||
	    (bsize & (bsize - 1)) != 0)
		return -EINVAL;
	l->bsize = bsize;
	for (l->bshift = 0; (1u << l->bshift) < bsize; l->bshift++)
		;
	nblocks = dev_size >> l->bshift;
	l->nblocks = nblocks > UINT32_MAX ? UINT32_MAX : (uint32_t) nblocks;
	l->ninodes = inode_count(dev_size, bsize, inodes);
	l->imap = blocks_for((uint64_t) l->ninodes + 1, l->bshift + 3);
	l->itable = blocks_for((uint64_t) l->ninodes * INODE_SIZE, l->bshift);
	/* The zone map covers the zones after it: find its fixed point. */
	l->zmap = 1;
	for (;;) {
		l->firstdata = MAP_START + l->imap + l->zmap + l->itable;
		if (l->firstdata >= l->nblocks)
			return -ENOSPC;		/* no zone for the root */
		need = blocks_for((uint64_t) l->nblocks - l->firstdata + 1,
		    l->bshift + 3);
		if (need <= l->zmap)
			break;
		l->zmap = need;
	}
	if (l->firstdata > MAX_FIELD16 || l->imap > MAX_FIELD16 ||
	    l->zmap > MAX_FIELD16)
		return -EINVAL;			/* too many inodes or blocks */
	return 0;
}

static int write_block(const struct mfs_blockdev *dev, uint32_t bsize,
    uint32_t blk, const void *data)
{
	return dev->write(dev->ctx, (uint64_t) blk * bsize, data, bsize);
}

/*
 * A map of nblocks blocks at block start: bits 0 and 1 used (nothing,
 * then the root's inode or zone), bits from `valid' on used as well.
 */
static int write_map(const struct mfs_blockdev *dev, uint8_t *buf,
    const struct layout *l, uint32_t start, uint32_t nblocks, uint64_t valid)
{
	uint32_t per_block = l->bsize * 8;
	uint64_t bit;
	int r;

	for (uint32_t b = 0; b < nblocks; b++) {
		memset(buf, 0, l->bsize);
		for (uint32_t i = 0; i < per_block; i++) {
			bit = ((uint64_t) b << (l->bshift + 3)) + i;
			if (bit < 2 || bit >= valid)
				buf[i / 8] |= (uint8_t) (1 << i % 8);
		}
		if ((r = write_block(dev, l->bsize, start + b, buf)) < 0)
			return r;
	}
	return 0;
}

/* Inode 1: a directory of two entries in the first data zone. */
static int write_root(const struct mfs_blockdev *dev, uint8_t *buf,
    const struct layout *l)
{
	int r;

	memset(buf, 0, l->bsize);
	put32(buf + DE_INO, ROOT_INO);
	buf[DE_NAME] = '.';
	put32(buf + DE_SIZE + DE_INO, ROOT_INO);
	memcpy(buf + DE_SIZE + DE_NAME, "..", 2);
	if ((r = write_block(dev, l->bsize, l->firstdata, buf)) < 0)
		return r;
	memset(buf, 0, l->bsize);
	put16(buf + DI_MODE, S_IFDIR | 0755);
	put16(buf + DI_NLINKS, 2);
	put32(buf + DI_SIZE, 2 * DE_SIZE);
	put32(buf + DI_ZONE, l->firstdata);
	return write_block(dev, l->bsize, MAP_START + l->imap + l->zmap, buf);
}

static int write_super(const struct mfs_blockdev *dev, const struct layout *l)
{
	uint8_t sb[SUPER_SIZE];

	memset(sb, 0, sizeof(sb));
	put32(sb + SB_NINODES, l->ninodes);
	put16(sb + SB_IMAP_BLOCKS, (uint16_t) l->imap);
	put16(sb + SB_ZMAP_BLOCKS, (uint16_t) l->zmap);
	put16(sb + SB_FIRSTDATA, (uint16_t) l->firstdata);
	put32(sb + SB_MAX_SIZE, MAX_FILE_SIZE);
	put32(sb + SB_ZONES, l->nblocks);
	put16(sb + SB_MAGIC, SUPER_MAGIC);
	put16(sb + SB_BLOCK_SIZE, (uint16_t) l->bsize);
	return dev->write(dev->ctx, SUPER_OFFSET, sb, sizeof(sb));
}

static int write_fs(const struct mfs_blockdev *dev, uint8_t *buf,
    const struct layout *l)
{
	uint32_t imap_at = MAP_START, zmap_at = MAP_START + l->imap;
	int r;

	memset(buf, 0, l->bsize);
	for (uint32_t b = 0; b < l->firstdata; b++)
		if ((r = write_block(dev, l->bsize, b, buf)) < 0)
			return r;
	if ((r = write_map(dev, buf, l, imap_at, l->imap,
	    (uint64_t) l->ninodes + 1)) < 0 ||
	    (r = write_map(dev, buf, l, zmap_at, l->zmap,
	    (uint64_t) l->nblocks - l->firstdata + 1)) < 0 ||
	    (r = write_root(dev, buf, l)) < 0)
		return r;
	return write_super(dev, l);
}

int mfs_format(const struct mfs_blockdev *dev, uint32_t block_size,
    uint32_t inodes)
{
	struct layout l;
	uint8_t *buf;
	int r;

	if (dev == NULL || dev->write == NULL)
		return -EINVAL;
	if ((r = plan(dev->size, block_size, inodes, &l)) < 0)
		return r;
	if ((buf = malloc(block_size)) == NULL)
		return -ENOMEM;
	r = write_fs(dev, buf, &l);
	free(buf);
	return r;
}

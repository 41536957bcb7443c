/*
 * super.c - mounting: the superblock, checked, and the calls on the
 * whole file system.
 *
 * Nothing in the superblock is trusted: every field that sizes or places
 * something is checked against the others and against the device before
 * the cache is set up, so that the rest of the core can rely on the
 * layout (maps big enough, inode table before the data, all of it on the
 * device).  A superblock that fails is EINVAL: not a file system we can
 * mount.  The superblock itself is never written after mkfs.
 *
 * Entry points: mfs_mount, mfs_unmount, mfs_sync, mfs_root,
 * mfs_set_clock, mfs_statvfs, mfs_for_root.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include "fs.h"

static unsigned log2_of(uint32_t v)
{
	unsigned n = 0;

	while ((1u << n) < v)
		n++;
	return n;
}

/* a / 2^shift, rounded up. */
static uint64_t div_up(uint64_t a, unsigned shift)
{
	return (a + ((uint64_t) 1 << shift) - 1) >> shift;
}

/* The largest file: what the zone tree can name, s_max_size, 32 bits. */
static uint32_t max_file(uint32_t bsize, uint32_t s_max_size)
{
	uint64_t nind = bsize / 4;
	uint64_t blocks = NR_DZONES + nind + nind * nind + nind * nind * nind;
	uint64_t max = blocks * bsize;

	if (max > s_max_size)
		max = s_max_size;
	return (uint32_t) max;
}

/* Decode and check the superblock in sb; fill fs's layout. */
static int check_super(struct mfs_fs *fs, const uint8_t *sb,
    const struct mfs_blockdev *dev)
{
	uint32_t bsize = get16(sb + SB_BLOCK_SIZE);
	uint64_t itable_blocks, meta;
	unsigned map_shift;

	if (get16(sb + SB_MAGIC) != SUPER_MAGIC)
		return -EINVAL;
	if (bsize < MIN_BLOCK_SIZE || bsize > MAX_BLOCK_SIZE ||
	    (bsize & (bsize - 1)) != 0 || get16(sb + SB_LOG_ZONE) != 0)
		return -EINVAL;
	fs->f_bsize = bsize;
	fs->f_bshift = log2_of(bsize);
	fs->f_nindir = bsize / 4;
	fs->f_ninodes = get32(sb + SB_NINODES);
	fs->f_sb_zones = get32(sb + SB_ZONES);
	fs->f_imap_blocks = get16(sb + SB_IMAP_BLOCKS);
	fs->f_zmap_blocks = get16(sb + SB_ZMAP_BLOCKS);
	fs->f_firstdata = get16(sb + SB_FIRSTDATA);
	fs->f_itable = MAP_START + fs->f_imap_blocks + fs->f_zmap_blocks;
	fs->f_maxsize = max_file(bsize, get32(sb + SB_MAX_SIZE));

	/* The device holds the blocks, or (to_end) at least the metadata
	 * and one data zone (root's): load_state checks that nothing lies
	 * past its end. */
	fs->f_nblocks = fs->f_sb_zones;
	if (fs->f_nblocks > dev->size >> fs->f_bshift) {
		if (!dev->to_end)
			return -EINVAL;
		fs->f_nblocks = (uint32_t) (dev->size >> fs->f_bshift);
	}
	if (fs->f_ninodes < 1)
		return -EINVAL;
	itable_blocks = div_up((uint64_t) fs->f_ninodes * INODE_SIZE,
	    fs->f_bshift);
	meta = fs->f_itable + itable_blocks;
	if (fs->f_firstdata < meta || fs->f_firstdata >= fs->f_nblocks)
		return -EINVAL;
	/* The maps cover every inode and every data zone (plus bit 0). */
	map_shift = fs->f_bshift + 3;		/* bits per map block */
	if (fs->f_imap_blocks < div_up((uint64_t) fs->f_ninodes + 1, map_shift))
		return -EINVAL;
	if (fs->f_zmap_blocks < div_up((uint64_t) fs->f_sb_zones -
	    fs->f_firstdata + 1, map_shift))
		return -EINVAL;
	return 0;
}

static int read_super(const struct mfs_blockdev *dev, struct mfs_fs *fs)
{
	uint8_t sb[SUPER_SIZE];
	int r;

	if (dev->size < SUPER_OFFSET + SUPER_SIZE)
		return -EINVAL;
	if ((r = dev->read(dev->ctx, SUPER_OFFSET, sb, sizeof(sb))) < 0)
		return r;
	return check_super(fs, sb, dev);
}

/* Counts of free inodes and zones, and a root that is a directory. */
static int load_state(struct mfs_fs *fs)
{
	struct inode *root;
	int r;

	if ((r = bit_count_free(fs, IMAP, &fs->f_free_inodes)) < 0 ||
	    (r = bit_count_free(fs, ZMAP, &fs->f_free_zones)) < 0)
		return r;
	/* Zones past the device's end must all be free: one in use held
	 * data that the device has lost (a truncated image). */
	if (fs->f_nblocks < fs->f_sb_zones &&
	    (r = bit_zones_clear(fs, fs->f_nblocks, fs->f_sb_zones)) < 0)
		return r;
	/* As Unix file systems do: a share of the data zones that only
	 * root's requests take (the server says which are; mkfs is root). */
	fs->f_root_zones = (fs->f_nblocks - fs->f_firstdata) / MFS_ROOT_SHARE;
	fs->f_for_root = 1;
	if ((r = dir_get(fs, ROOT_INO, &root)) < 0)
		return r == -ENOTDIR ? -EINVAL : r;
	return inode_put(fs, root);
}

int mfs_mount(const struct mfs_blockdev *dev, int readonly,
    unsigned cache_blocks, struct mfs_fs **fsp)
{
	struct mfs_fs *fs;
	int r;

	if (dev == NULL || dev->read == NULL ||
	    (!readonly && dev->write == NULL))
		return -EINVAL;
	fs = calloc(1, sizeof(*fs));
	if (fs == NULL)
		return -ENOMEM;
	fs->f_rdonly = readonly;
	if ((r = read_super(dev, fs)) == 0 &&
	    (r = cache_init(&fs->f_cache, dev, fs->f_bsize, fs->f_nblocks,
	    cache_blocks)) == 0)
		r = load_state(fs);
	if (r < 0) {
		inode_drop_all(fs);
		cache_free(fs->f_cache);
		free(fs);
		return r;
	}
	*fsp = fs;
	return 0;
}

int mfs_sync(struct mfs_fs *fs)
{
	int r = inode_sync_times(fs), r2 = cache_sync(fs->f_cache);

	return r < 0 ? r : r2;
}

/* Inodes still referenced are let go (unlinked ones freed), then sync. */
int mfs_unmount(struct mfs_fs *fs)
{
	int r = inode_drop_all(fs), r2 = mfs_sync(fs);

	cache_free(fs->f_cache);
	free(fs);
	return r < 0 ? r : r2;
}

uint32_t mfs_root(struct mfs_fs *fs)
{
	return ROOT_INO;
}

void mfs_set_clock(struct mfs_fs *fs, int64_t (*now)(void))
{
	fs->f_now = now;
}

uint32_t mfs_block_size(const struct mfs_fs *fs)
{
	return fs->f_bsize;
}

int mfs_statvfs(struct mfs_fs *fs, struct statvfs *st)
{
	memset(st, 0, sizeof(*st));
	st->f_bsize = fs->f_bsize;
	st->f_frsize = fs->f_bsize;
	st->f_blocks = fs->f_nblocks;
	st->f_bfree = fs->f_free_zones;
	st->f_bavail = fs->f_free_zones > fs->f_root_zones
		? fs->f_free_zones - fs->f_root_zones : 0;
	st->f_files = fs->f_ninodes;
	st->f_ffree = st->f_favail = fs->f_free_inodes;
	st->f_fsid = SUPER_MAGIC;
	st->f_flag = fs->f_rdonly ? ST_RDONLY : 0;
	st->f_namemax = DE_NAME_MAX;
	st->f_incore = inode_incore(fs);
	return 0;
}

void mfs_for_root(struct mfs_fs *fs, int yes)
{
	fs->f_for_root = yes;
}

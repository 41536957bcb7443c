/*
 * fs.h - what the files of the MFS core share: the mounted file system,
 * the in-memory inode, and the internal calls between the files.
 */
#ifndef MFS_FS_H
#define MFS_FS_H

#include <limits.h>
#include <stddef.h>
#include <stdint.h>
#include "cache.h"
#include "disk.h"
#include "mfs.h"

/*
 * Links to one inode: LINK_MAX of <limits.h> (the tree's).  MINIX allows
 * more, but util-linux's fsck.minix counts links in a byte and calls
 * anything above 255 an error, and every image we write must pass it.
 */
#define LINK_MAX_MFS	LINK_MAX
#define ITAB_BUCKETS	64	/* hash of the in-memory inode table */
#define PATH_MAX_MFS	(SYMLINK_MAX + 1) /* a symlink target, with its NUL */

/* An inode in memory: the on-disk fields, decoded, and a count of users. */
struct inode {
	struct inode *i_next;		/* hash chain */
	uint32_t i_num;
	unsigned i_count;		/* references */
	uint16_t i_mode, i_nlinks, i_uid, i_gid;
	uint32_t i_size;
	uint32_t i_atime, i_mtime, i_ctime;
	uint32_t i_zone[NR_ZONES];
	int i_atime_due;		/* read since written: i_atime is set
					   from the clock when the inode is
					   next written, stat'ed or let go */
};

#define MFS_ROOT_SHARE	20		/* 1/20 (5%) of the zones: root's */

struct mfs_fs {
	struct mfs_cache *f_cache;
	int f_rdonly;
	uint32_t f_bsize;		/* block = zone size */
	unsigned f_bshift;		/* log2(f_bsize) */
	uint32_t f_nblocks;		/* blocks in use: s_zones, or fewer
					   when the device ends before */
	uint32_t f_sb_zones;		/* s_zones: the superblock's count */
	uint32_t f_ninodes;
	uint32_t f_imap_blocks, f_zmap_blocks;
	uint32_t f_itable;		/* first block of the inode table */
	uint32_t f_firstdata;		/* first data zone */
	uint32_t f_maxsize;		/* largest file, in bytes */
	uint32_t f_nindir;		/* zone numbers per indirect block */
	uint32_t f_free_inodes, f_free_zones;
	uint32_t f_root_zones;		/* the last free ones: root's only */
	int f_for_root;			/* this request may take them */
	uint32_t f_isearch, f_zsearch;	/* where to look for a free bit */
	int64_t (*f_now)(void);
	struct inode *f_itab[ITAB_BUCKETS];
};

/* bitmap.c: the inode and zone maps, by inode and zone number. */
enum map { IMAP, ZMAP };
int bit_alloc(struct mfs_fs *fs, enum map m, uint32_t *nr);
int bit_free(struct mfs_fs *fs, enum map m, uint32_t nr);
int bit_zones_clear(struct mfs_fs *fs, uint32_t from, uint32_t to);
int bit_count_free(struct mfs_fs *fs, enum map m, uint32_t *count);

/* inode.c: the inode table. */
int inode_get(struct mfs_fs *fs, uint32_t ino, struct inode **ipp);
int inode_put(struct mfs_fs *fs, struct inode *ip);
int inode_new(struct mfs_fs *fs, uint16_t mode, uint32_t uid, uint32_t gid,
    struct inode **ipp);
int inode_write(struct mfs_fs *fs, struct inode *ip);
int inode_sync_times(struct mfs_fs *fs);
int inode_mode(struct mfs_fs *fs, uint32_t ino, uint16_t *mode);
int inode_drop_all(struct mfs_fs *fs);
uint32_t inode_incore(const struct mfs_fs *fs);
uint32_t fs_time(struct mfs_fs *fs);

/* bmap.c: file blocks to zones. */
int zone_valid(const struct mfs_fs *fs, uint32_t zone);
int bmap(struct mfs_fs *fs, struct inode *ip, uint32_t fblock, int alloc,
    uint32_t *zone);

/* truncate.c: giving zones back. */
int trunc_inode(struct mfs_fs *fs, struct inode *ip, uint32_t size);
int zero_tail(struct mfs_fs *fs, struct inode *ip, uint32_t from);
int has_zones(const struct inode *ip);

/* read.c and write.c: file data. */
int file_read(struct mfs_fs *fs, struct inode *ip, uint64_t pos,
    size_t len, const struct mfs_xfer *x, size_t *done);
int file_write(struct mfs_fs *fs, struct inode *ip, uint64_t pos,
    size_t len, const struct mfs_xfer *x, size_t *done);

/*
 * dir.c: directory entries.  dir_scan() calls a slot_fn on each 64-byte
 * slot: it returns 0 to go on, > 0 to stop (dir_scan returns that), or an
 * error; it sets *dirty after changing the slot.
 */
typedef int (*slot_fn)(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty);
int dir_scan(struct mfs_fs *fs, struct inode *dp, uint64_t from,
    slot_fn fn, void *arg);
int dir_find(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t *ino);
int dir_enter(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t ino);
int dir_remove(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len);
int dir_retarget(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t ino);
int dir_is_empty(struct mfs_fs *fs, struct inode *dp);
size_t slot_name_len(const uint8_t *slot);
int name_check(const char *name, size_t len);
int is_dot(const char *name, size_t len);
int is_dotdot(const char *name, size_t len);

/* open.c: the inode a call names, as a directory. */
int dir_get(struct mfs_fs *fs, uint32_t ino, struct inode **dpp);

#endif

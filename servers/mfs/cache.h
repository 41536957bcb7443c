/*
 * cache.h - the block cache: blocks of the device kept in memory.
 */
#ifndef MFS_CACHE_H
#define MFS_CACHE_H

#include <stdint.h>
#include "mfs.h"

struct buf {
	uint8_t *b_data;		/* the block's bytes */
	uint32_t b_blk;			/* its number on the device */
	unsigned b_count;		/* users holding it: not evictable */
	int b_dirty;			/* to be written back */
	struct buf *b_hnext;		/* hash chain */
	struct buf *b_prev, *b_next;	/* LRU list, most recent first */
};

struct mfs_cache;

/* How cache_get fills a block not in the cache. */
#define B_READ	0			/* read it from the device */
#define B_ZERO	1			/* zeros: the caller writes it anew */

int cache_init(struct mfs_cache **cp, const struct mfs_blockdev *dev,
    uint32_t block_size, uint32_t nblocks, unsigned nbufs);
int cache_get(struct mfs_cache *c, uint32_t blk, int how, struct buf **bp);
void cache_put(struct mfs_cache *c, struct buf *b);
int cache_sync(struct mfs_cache *c);
void cache_free(struct mfs_cache *c);

/* After changing b->b_data: the block is written back later. */
static inline void cache_dirty(struct buf *b)
{
	b->b_dirty = 1;
}

#endif

/*
 * cache.c - the block cache.
 *
 * A fixed set of buffers, found by block number through a hash table and
 * kept on a list in order of last use.  cache_get() hands out a buffer
 * and pins it; cache_put() unpins it.  Changed blocks are written back
 * only when their buffer is reused for another block (the least recently
 * used unpinned one) or on cache_sync(), so a block changed many times
 * costs one write.
 *
 * Entry points: cache_init, cache_get, cache_put, cache_sync, cache_free.
 */
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "cache.h"

#define MIN_BUFS	16	/* a call pins a handful of blocks at once */

struct mfs_cache {
	struct mfs_blockdev c_dev;
	uint32_t c_bsize;
	uint32_t c_nblocks;		/* blocks on the device */
	unsigned c_nbufs;
	struct buf *c_bufs;
	uint8_t *c_data;		/* c_nbufs blocks */
	struct buf **c_hash;
	struct buf **c_sorted;		/* cache_sync's work array */
	unsigned c_hmask;		/* hash buckets - 1 */
	struct buf c_lru;		/* list head: next = most recent */
};

static unsigned hash(const struct mfs_cache *c, uint32_t blk)
{
	return (blk * 2654435761u) & c->c_hmask;
}

static void lru_unlink(struct buf *b)
{
	b->b_prev->b_next = b->b_next;
	b->b_next->b_prev = b->b_prev;
}

static void lru_push(struct mfs_cache *c, struct buf *b)
{
	b->b_next = c->c_lru.b_next;
	b->b_prev = &c->c_lru;
	c->c_lru.b_next->b_prev = b;
	c->c_lru.b_next = b;
}

static void hash_remove(struct mfs_cache *c, struct buf *b)
{
	struct buf **pp = &c->c_hash[hash(c, b->b_blk)];

	while (*pp != NULL && *pp != b)
		pp = &(*pp)->b_hnext;
	if (*pp == b)
		*pp = b->b_hnext;
	b->b_hnext = NULL;
}

static void hash_insert(struct mfs_cache *c, struct buf *b)
{
	struct buf **head = &c->c_hash[hash(c, b->b_blk)];

	b->b_hnext = *head;
	*head = b;
}

int cache_init(struct mfs_cache **cp, const struct mfs_blockdev *dev,
    uint32_t block_size, uint32_t nblocks, unsigned nbufs)
{
	struct mfs_cache *c;
	unsigned i, nhash = 1;

	if (nbufs < MIN_BUFS)
		nbufs = MIN_BUFS;
	while (nhash < nbufs)
		nhash <<= 1;
	c = calloc(1, sizeof(*c));
	if (c == NULL)
		return -ENOMEM;
	c->c_dev = *dev;
	c->c_bsize = block_size;
	c->c_nblocks = nblocks;
	c->c_nbufs = nbufs;
	c->c_hmask = nhash - 1;
	c->c_bufs = calloc(nbufs, sizeof(struct buf));
	c->c_data = malloc((size_t) nbufs * block_size);
	c->c_hash = calloc(nhash, sizeof(struct buf *));
	c->c_sorted = calloc(nbufs, sizeof(struct buf *));
	if (c->c_bufs == NULL || c->c_data == NULL || c->c_hash == NULL ||
	    c->c_sorted == NULL) {
		cache_free(c);
		return -ENOMEM;
	}
	c->c_lru.b_next = c->c_lru.b_prev = &c->c_lru;
	for (i = 0; i < nbufs; i++) {
		c->c_bufs[i].b_data = c->c_data + (size_t) i * block_size;
		c->c_bufs[i].b_blk = UINT32_MAX;	/* holds no block */
		lru_push(c, &c->c_bufs[i]);
	}
	*cp = c;
	return 0;
}

static int write_back(struct mfs_cache *c, struct buf *b)
{
	int r;

	r = c->c_dev.write(c->c_dev.ctx, (uint64_t) b->b_blk * c->c_bsize,
	    b->b_data, c->c_bsize);
	if (r < 0)
		return r;
	b->b_dirty = 0;
	return 0;
}

/* The least recently used unpinned buffer, written back and unhashed. */
static int evict(struct mfs_cache *c, struct buf **bp)
{
	struct buf *b;
	int r;

	for (b = c->c_lru.b_prev; b != &c->c_lru; b = b->b_prev) {
		if (b->b_count != 0)
			continue;
		if (b->b_dirty && (r = write_back(c, b)) < 0)
			return r;
		if (b->b_blk != UINT32_MAX)
			hash_remove(c, b);
		b->b_blk = UINT32_MAX;
		*bp = b;
		return 0;
	}
	return -ENOMEM;		/* every buffer pinned: a leak in the core */
}

static struct buf *find(struct mfs_cache *c, uint32_t blk)
{
	struct buf *b;

	for (b = c->c_hash[hash(c, blk)]; b != NULL; b = b->b_hnext)
		if (b->b_blk == blk)
			return b;
	return NULL;
}

/* Block blk, pinned; a block number past the device's end is EIO. */
int cache_get(struct mfs_cache *c, uint32_t blk, int how, struct buf **bp)
{
	struct buf *b;
	int r;

	if (blk >= c->c_nblocks)
		return -EIO;
	b = find(c, blk);
	if (b == NULL) {
		if ((r = evict(c, &b)) < 0)
			return r;
		if (how == B_READ) {
			r = c->c_dev.read(c->c_dev.ctx,
			    (uint64_t) blk * c->c_bsize, b->b_data,
			    c->c_bsize);
			if (r < 0)
				return r;
		}
		b->b_blk = blk;
		hash_insert(c, b);
	}
	if (how == B_ZERO)
		memset(b->b_data, 0, c->c_bsize);
	b->b_count++;
	lru_unlink(b);
	lru_push(c, b);
	*bp = b;
	return 0;
}

/* Unpin a buffer cache_get() pinned (NULL: none). */
void cache_put(struct mfs_cache *c, struct buf *b)
{
	if (b == NULL)
		return;
	assert(b->b_count > 0);
	b->b_count--;
}

static int by_block(const void *a, const void *b)
{
	uint32_t x = (*(struct buf *const *) a)->b_blk;
	uint32_t y = (*(struct buf *const *) b)->b_blk;

	return x < y ? -1 : x > y;
}

/*
 * Write every changed block, in block order so that the device sees one
 * sweep.  A block that fails stays dirty; the first error is returned.
 */
int cache_sync(struct mfs_cache *c)
{
	unsigned i, n = 0;
	int r, err = 0;

	for (i = 0; i < c->c_nbufs; i++)
		if (c->c_bufs[i].b_dirty)
			c->c_sorted[n++] = &c->c_bufs[i];
	qsort(c->c_sorted, n, sizeof(struct buf *), by_block);
	for (i = 0; i < n; i++)
		if ((r = write_back(c, c->c_sorted[i])) < 0 && err == 0)
			err = r;
	return err;
}

void cache_free(struct mfs_cache *c)
{
	if (c == NULL)
		return;
	free(c->c_bufs);
	free(c->c_data);
	free(c->c_hash);
	free(c->c_sorted);
	free(c);
}

/*
 * dir.c - the entries of a directory.
 *
 * A directory is a file of 64-byte slots: an inode number (0: free) and a
 * name of up to 60 bytes, NUL-padded.  dir_scan() visits the slots in
 * order, a block at a time, and hands each to a function; the rest of
 * this file is such functions: find a name, fill a free slot, clear or
 * retarget an entry, see whether only "." and ".." are left.  Holes in a
 * directory hold no entries; a slot cut by the end of the file is not
 * one.  The walk ends at the file's size, so a corrupt directory can make
 * it long but never endless.
 *
 * Entry points: dir_scan, dir_find, dir_enter, dir_remove, dir_retarget,
 * dir_is_empty, slot_name_len, name_check, is_dot, is_dotdot.
 */
#include <errno.h>
#include <string.h>
#include "fs.h"

/* Found: a scan function's way to stop dir_scan() without an error. */
#define FOUND	1

size_t slot_name_len(const uint8_t *slot)
{
	const uint8_t *nul = memchr(slot + DE_NAME, 0, DE_NAME_MAX);

	return nul == NULL ? DE_NAME_MAX : (size_t) (nul - (slot + DE_NAME));
}

static int slot_is(const uint8_t *slot, const char *name, size_t len)
{
	return get32(slot + DE_INO) != 0 && slot_name_len(slot) == len &&
	    memcmp(slot + DE_NAME, name, len) == 0;
}

/* A name a directory can hold: ENOENT, ENAMETOOLONG, EINVAL or OK. */
int name_check(const char *name, size_t len)
{
	if (len == 0)
		return -ENOENT;
	if (len > DE_NAME_MAX)
		return -ENAMETOOLONG;
	if (memchr(name, '/', len) != NULL || memchr(name, 0, len) != NULL)
		return -EINVAL;
	return 0;
}

int is_dot(const char *name, size_t len)
{
	return len == 1 && name[0] == '.';
}

int is_dotdot(const char *name, size_t len)
{
	return len == 2 && name[0] == '.' && name[1] == '.';
}

/*
 * Call fn on each slot from byte `from' on, until it returns non-zero
 * (returned: FOUND or an error) or the slots run out (0).
 */
int dir_scan(struct mfs_fs *fs, struct inode *dp, uint64_t from,
    slot_fn fn, void *arg)
{
	uint64_t pos = (from + DE_SIZE - 1) / DE_SIZE * DE_SIZE, end;
	uint32_t z;
	struct buf *bp;
	int r, dirty;

	while (pos + DE_SIZE <= dp->i_size) {
		end = (pos | (fs->f_bsize - 1)) + 1;	/* this block's end */
		if ((r = bmap(fs, dp, (uint32_t) (pos >> fs->f_bshift), 0,
		    &z)) < 0)
			return r;
		if (z == 0) {
			pos = end;
			continue;
		}
		if ((r = cache_get(fs->f_cache, z, B_READ, &bp)) < 0)
			return r;
		for (r = 0; r == 0 && pos < end && pos + DE_SIZE <= dp->i_size;
		    pos += DE_SIZE) {
			dirty = 0;
			r = fn(fs, arg, bp->b_data + (pos & (fs->f_bsize - 1)),
			    pos, &dirty);
			if (dirty)
				cache_dirty(bp);
		}
		cache_put(fs->f_cache, bp);
		if (r != 0)
			return r;
	}
	return 0;
}

struct match {
	const char *name;
	size_t len;
	uint32_t ino;		/* found, or the new target */
};

static int find_fn(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty)
{
	struct match *m = arg;

	if (!slot_is(slot, m->name, m->len))
		return 0;
	m->ino = get32(slot + DE_INO);
	return FOUND;
}

/* The inode number name stands for in dp, or ENOENT. */
int dir_find(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t *ino)
{
	struct match m = { name, len, 0 };
	int r = dir_scan(fs, dp, 0, find_fn, &m);

	if (r < 0)
		return r;
	if (r != FOUND)
		return -ENOENT;
	*ino = m.ino;
	return 0;
}

static void slot_fill(uint8_t *slot, const char *name, size_t len,
    uint32_t ino)
{
	memset(slot, 0, DE_SIZE);
	put32(slot + DE_INO, ino);
	memcpy(slot + DE_NAME, name, len);
}

static int enter_fn(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty)
{
	struct match *m = arg;

	if (get32(slot + DE_INO) != 0)
		return 0;
	slot_fill(slot, m->name, m->len, m->ino);
	*dirty = 1;
	return FOUND;
}

/* A slot past the end: the directory grows by one. */
static int dir_append(struct mfs_fs *fs, struct inode *dp, struct match *m)
{
	uint64_t pos = ((uint64_t) dp->i_size + DE_SIZE - 1) / DE_SIZE *
	    DE_SIZE;
	uint32_t z;
	struct buf *bp;
	int r;

	if (pos + DE_SIZE > fs->f_maxsize)
		return -EFBIG;
	r = bmap(fs, dp, (uint32_t) (pos >> fs->f_bshift), 1, &z);
	if (r == 0)
		r = cache_get(fs->f_cache, z, B_READ, &bp);
	if (r < 0) {
		inode_write(fs, dp);	/* bmap may have added zones */
		return r;
	}
	slot_fill(bp->b_data + (pos & (fs->f_bsize - 1)), m->name, m->len,
	    m->ino);
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	dp->i_size = (uint32_t) (pos + DE_SIZE);
	return 0;
}

static int touch_dir(struct mfs_fs *fs, struct inode *dp)
{
	dp->i_mtime = dp->i_ctime = fs_time(fs);
	return inode_write(fs, dp);
}

/* Add name -> ino to dp; the caller has made sure name is not there. */
int dir_enter(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t ino)
{
	struct match m = { name, len, ino };
	int r = dir_scan(fs, dp, 0, enter_fn, &m);

	if (r == 0)
		r = dir_append(fs, dp, &m);
	if (r < 0)
		return r;
	return touch_dir(fs, dp);
}

static int retarget_fn(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty)
{
	struct match *m = arg;

	if (!slot_is(slot, m->name, m->len))
		return 0;
	if (m->ino == 0)
		memset(slot, 0, DE_SIZE);
	else
		put32(slot + DE_INO, m->ino);
	*dirty = 1;
	return FOUND;
}

/* Make name in dp stand for ino (0: remove it). */
int dir_retarget(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len, uint32_t ino)
{
	struct match m = { name, len, ino };
	int r = dir_scan(fs, dp, 0, retarget_fn, &m);

	if (r < 0)
		return r;
	if (r != FOUND)
		return -ENOENT;
	return touch_dir(fs, dp);
}

int dir_remove(struct mfs_fs *fs, struct inode *dp, const char *name,
    size_t len)
{
	return dir_retarget(fs, dp, name, len, 0);
}

static int busy_fn(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty)
{
	const char *name = (const char *) slot + DE_NAME;
	size_t len = slot_name_len(slot);

	if (get32(slot + DE_INO) == 0 || is_dot(name, len) ||
	    is_dotdot(name, len))
		return 0;
	return FOUND;
}

/* 1 if dp holds nothing but "." and "..", 0 if more, or an error. */
int dir_is_empty(struct mfs_fs *fs, struct inode *dp)
{
	int r = dir_scan(fs, dp, 0, busy_fn, NULL);

	if (r < 0)
		return r;
	return r != FOUND;
}

/*
 * inode.c - the in-memory inode table and its reference counts.
 *
 * An inode is in the table while someone holds a reference: a caller of
 * the core (through lookup, create, mfs_get) or a call of the core itself
 * for its duration.  Changes are written straight into the inode's block
 * in the cache (which writes back later), so an entry is dirty only in
 * its access time: a read marks it due (i_atime_due) rather than asking
 * the kernel the time and writing the inode every time, as POSIX's
 * "marked for update" allows; it is set when the inode is next written,
 * stat'ed (attr.c), let go or synced.  Dropping the last reference frees
 * memory - and, if the inode has no links left, its zones and its map
 * bit too.  That is how a file unlinked while open keeps its data until
 * its last close.
 *
 * Entry points: inode_get, inode_put, inode_new, inode_write, inode_mode,
 * inode_drop_all, inode_sync_times, inode_incore, fs_time; mfs_get,
 * mfs_put.
 */
#include <assert.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "fs.h"

static struct inode **bucket(struct mfs_fs *fs, uint32_t ino)
{
	return &fs->f_itab[ino % ITAB_BUCKETS];
}

static struct inode *itab_find(struct mfs_fs *fs, uint32_t ino)
{
	struct inode *ip;

	for (ip = *bucket(fs, ino); ip != NULL; ip = ip->i_next)
		if (ip->i_num == ino)
			return ip;
	return NULL;
}

/* Every inode with a reference is in the table (inode_get, inode_new). */
static void itab_remove(struct mfs_fs *fs, struct inode *ip)
{
	struct inode **pp = bucket(fs, ip->i_num);

	while (*pp != ip) {
		assert(*pp != NULL);
		pp = &(*pp)->i_next;
	}
	*pp = ip->i_next;
}

static void itab_insert(struct mfs_fs *fs, struct inode *ip)
{
	struct inode **head = bucket(fs, ip->i_num);

	ip->i_next = *head;
	*head = ip;
}

/* The cache block holding inode ino, and where in it the inode lies. */
static int inode_block(struct mfs_fs *fs, uint32_t ino, struct buf **bp,
    uint8_t **d)
{
	uint32_t per_block = fs->f_bsize / INODE_SIZE;
	int r;

	if (ino < 1 || ino > fs->f_ninodes)
		return -EIO;
	r = cache_get(fs->f_cache, fs->f_itable + (ino - 1) / per_block,
	    B_READ, bp);
	if (r < 0)
		return r;
	*d = (*bp)->b_data + (ino - 1) % per_block * INODE_SIZE;
	return 0;
}

static void decode(struct inode *ip, const uint8_t *d)
{
	ip->i_mode = get16(d + DI_MODE);
	ip->i_nlinks = get16(d + DI_NLINKS);
	ip->i_uid = get16(d + DI_UID);
	ip->i_gid = get16(d + DI_GID);
	ip->i_size = get32(d + DI_SIZE);
	ip->i_atime = get32(d + DI_ATIME);
	ip->i_mtime = get32(d + DI_MTIME);
	ip->i_ctime = get32(d + DI_CTIME);
	for (int i = 0; i < NR_ZONES; i++)
		ip->i_zone[i] = get32(d + DI_ZONE + 4 * i);
}

static void encode(const struct inode *ip, uint8_t *d)
{
	put16(d + DI_MODE, ip->i_mode);
	put16(d + DI_NLINKS, ip->i_nlinks);
	put16(d + DI_UID, ip->i_uid);
	put16(d + DI_GID, ip->i_gid);
	put32(d + DI_SIZE, ip->i_size);
	put32(d + DI_ATIME, ip->i_atime);
	put32(d + DI_MTIME, ip->i_mtime);
	put32(d + DI_CTIME, ip->i_ctime);
	for (int i = 0; i < NR_ZONES; i++)
		put32(d + DI_ZONE + 4 * i, ip->i_zone[i]);
}

static int type_known(uint16_t mode)
{
	switch (mode & S_IFMT) {
	case S_IFREG: case S_IFDIR: case S_IFLNK: case S_IFCHR:
	case S_IFBLK: case S_IFIFO: case S_IFSOCK:
		return 1;
	}
	return 0;
}

int inode_write(struct mfs_fs *fs, struct inode *ip)
{
	struct buf *bp;
	uint8_t *d;
	int r;

	if ((r = inode_block(fs, ip->i_num, &bp, &d)) < 0)
		return r;
	if (ip->i_atime_due) {
		ip->i_atime = fs_time(fs);
		ip->i_atime_due = 0;
	}
	encode(ip, d);
	cache_dirty(bp);
	cache_put(fs->f_cache, bp);
	return 0;
}

/*
 * Inode ino with a reference taken.  One read from the disk must be in
 * use (known type, some link): a directory entry naming a free inode is
 * a corrupt image, not a file.
 */
int inode_get(struct mfs_fs *fs, uint32_t ino, struct inode **ipp)
{
	struct inode *ip = itab_find(fs, ino);
	struct buf *bp;
	uint8_t *d;
	int r;

	if (ip != NULL) {
		ip->i_count++;
		*ipp = ip;
		return 0;
	}
	if ((r = inode_block(fs, ino, &bp, &d)) < 0)
		return r;
	ip = calloc(1, sizeof(*ip));
	if (ip != NULL)
		decode(ip, d);
	cache_put(fs->f_cache, bp);
	if (ip == NULL)
		return -ENOMEM;
	if (!type_known(ip->i_mode) || ip->i_nlinks == 0) {
		free(ip);
		return -EIO;
	}
	ip->i_num = ino;
	ip->i_count = 1;
	itab_insert(fs, ip);
	*ipp = ip;
	return 0;
}

/* Give an unlinked inode's zones and map bit back; clear it on disk. */
static int inode_release(struct mfs_fs *fs, struct inode *ip)
{
	int r = 0, r2;

	if (has_zones(ip))
		r = trunc_inode(fs, ip, 0);
	memset(ip->i_zone, 0, sizeof(ip->i_zone));
	ip->i_mode = 0;
	ip->i_size = 0;
	if ((r2 = inode_write(fs, ip)) < 0 && r == 0)
		r = r2;
	if ((r2 = bit_free(fs, IMAP, ip->i_num)) < 0 && r == 0)
		r = r2;
	return r;
}

/* Drop one reference; the last one of an unlinked inode frees it. */
int inode_put(struct mfs_fs *fs, struct inode *ip)
{
	int r = 0;

	if (ip == NULL)
		return 0;
	assert(ip->i_count > 0);
	if (--ip->i_count > 0)
		return 0;
	itab_remove(fs, ip);
	if (ip->i_nlinks == 0 && !fs->f_rdonly)
		r = inode_release(fs, ip);
	else if (ip->i_atime_due)
		r = inode_write(fs, ip);
	free(ip);
	return r;
}

/* A fresh inode with no links yet, referenced once. */
int inode_new(struct mfs_fs *fs, uint16_t mode, uint32_t uid, uint32_t gid,
    struct inode **ipp)
{
	struct inode *ip;
	uint32_t ino, now = fs_time(fs);
	int r;

	if (uid > UINT16_MAX || gid > UINT16_MAX)
		return -EINVAL;
	if ((r = bit_alloc(fs, IMAP, &ino)) < 0)
		return r;
	if (itab_find(fs, ino) != NULL)
		return -EIO;	/* the map called a live inode free */
	ip = calloc(1, sizeof(*ip));
	if (ip == NULL) {
		bit_free(fs, IMAP, ino);
		return -ENOMEM;
	}
	ip->i_num = ino;
	ip->i_count = 1;
	ip->i_mode = mode;
	ip->i_uid = (uint16_t) uid;
	ip->i_gid = (uint16_t) gid;
	ip->i_atime = ip->i_mtime = ip->i_ctime = now;
	itab_insert(fs, ip);
	if ((r = inode_write(fs, ip)) < 0) {
		inode_put(fs, ip);
		return r;
	}
	*ipp = ip;
	return 0;
}

/* The mode of inode ino, without taking a reference (for d_type). */
int inode_mode(struct mfs_fs *fs, uint32_t ino, uint16_t *mode)
{
	struct inode *ip = itab_find(fs, ino);
	struct buf *bp;
	uint8_t *d;
	int r;

	if (ip != NULL) {
		*mode = ip->i_mode;
		return 0;
	}
	if ((r = inode_block(fs, ino, &bp, &d)) < 0)
		return r;
	*mode = get16(d + DI_MODE);
	cache_put(fs->f_cache, bp);
	return 0;
}

/* Set the access times that reads left due (before a sync). */
int inode_sync_times(struct mfs_fs *fs)
{
	struct inode *ip;
	int r, err = 0;

	for (int i = 0; i < ITAB_BUCKETS; i++)
		for (ip = fs->f_itab[i]; ip != NULL; ip = ip->i_next)
			if (ip->i_atime_due &&
			    (r = inode_write(fs, ip)) < 0 && err == 0)
				err = r;
	return err;
}

/* At unmount: free what unlinked files still held, empty the table. */
int inode_drop_all(struct mfs_fs *fs)
{
	struct inode *ip;
	int r, err = 0;

	for (int i = 0; i < ITAB_BUCKETS; i++) {
		while ((ip = fs->f_itab[i]) != NULL) {
			ip->i_count = 1;
			if ((r = inode_put(fs, ip)) < 0 && err == 0)
				err = r;
		}
	}
	return err;
}

/* The inodes in the table: each has a user (an unused one is freed). */
uint32_t inode_incore(const struct mfs_fs *fs)
{
	const struct inode *ip;
	uint32_t n = 0;

	for (int i = 0; i < ITAB_BUCKETS; i++)
		for (ip = fs->f_itab[i]; ip != NULL; ip = ip->i_next)
			n++;
	return n;
}

/* Now, as the 32-bit unsigned seconds an inode stores. */
uint32_t fs_time(struct mfs_fs *fs)
{
	int64_t t = fs->f_now != NULL ? fs->f_now() : 0;

	if (t < 0)
		return 0;
	return t > UINT32_MAX ? UINT32_MAX : (uint32_t) t;
}

int mfs_get(struct mfs_fs *fs, uint32_t ino)
{
	struct inode *ip;

	if (ino < 1 || ino > fs->f_ninodes)
		return -EINVAL;
	return inode_get(fs, ino, &ip);
}

int mfs_put(struct mfs_fs *fs, uint32_t ino, unsigned count)
{
	struct inode *ip = itab_find(fs, ino);

	/* The caller (VFS) gives back what it holds; that it holds more is
	 * its word, not ours to trust. */
	if (ip == NULL || ip->i_count < count)
		return -EINVAL;
	if (count == 0)
		return 0;
	ip->i_count -= count - 1;
	return inode_put(fs, ip);
}

/*
 * getdents.c - a directory's entries as the records of <dirent.h>.
 *
 * Each used slot becomes a struct dirent cut after its name's NUL and
 * rounded up to 4 bytes; d_type comes from the named inode's mode (read
 * from its block, no reference taken).  Records are copied to the caller
 * until the next one would not fit; *newpos is the byte offset in the
 * directory of the first slot not returned.
 *
 * Entry point: mfs_getdents.
 */
#include <dirent.h>
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "fs.h"

struct dents {
	const struct mfs_xfer *x;
	size_t size;			/* room at the caller */
	size_t done;			/* bytes copied */
	uint64_t next;			/* slot after the last one copied */
};

static unsigned char dtype(struct mfs_fs *fs, uint32_t ino)
{
	uint16_t mode;

	if (inode_mode(fs, ino, &mode) < 0)
		return DT_UNKNOWN;
	switch (mode & S_IFMT) {
	case S_IFREG:	return DT_REG;
	case S_IFDIR:	return DT_DIR;
	case S_IFLNK:	return DT_LNK;
	case S_IFCHR:	return DT_CHR;
	case S_IFBLK:	return DT_BLK;
	case S_IFIFO:	return DT_FIFO;
	case S_IFSOCK:	return DT_SOCK;
	}
	return DT_UNKNOWN;
}

/* Runs under dir_scan(): one slot, one record; FOUND stops the scan. */
static int dent_fn(struct mfs_fs *fs, void *arg, uint8_t *slot,
    uint64_t pos, int *dirty)
{
	struct dents *d = arg;
	uint32_t ino = get32(slot + DE_INO);
	size_t len = slot_name_len(slot), reclen = DIRENT_RECLEN(len);
	struct dirent rec;
	int r;

	if (ino == 0 || len == 0) {
		d->next = pos + DE_SIZE;
		return 0;
	}
	if (reclen > d->size - d->done)
		return d->done == 0 ? -EINVAL : 1;
	memset(&rec, 0, reclen);
	rec.d_ino = ino;
	rec.d_reclen = (unsigned short) reclen;
	rec.d_type = dtype(fs, ino);
	rec.d_namlen = (unsigned char) len;
	memcpy(rec.d_name, slot + DE_NAME, len);
	if ((r = d->x->copy(d->x->ctx, d->done, &rec, reclen, 0)) < 0)
		return r;
	d->done += reclen;
	d->next = pos + DE_SIZE;
	return 0;
}

int mfs_getdents(struct mfs_fs *fs, uint32_t ino, uint64_t pos, size_t size,
    const struct mfs_xfer *x, size_t *done, uint64_t *newpos)
{
	struct dents d = { x, size, 0, pos };
	struct inode *dp;
	int r;

	*done = 0;
	*newpos = pos;
	if ((r = dir_get(fs, ino, &dp)) < 0)
		return r;
	r = dir_scan(fs, dp, pos, dent_fn, &d);
	if (d.next < dp->i_size && r == 0)
		d.next = dp->i_size;	/* only holes and cut slots were left */
	inode_put(fs, dp);
	if (r < 0 && d.done == 0)
		return r;
	*done = d.done;
	*newpos = d.next;
	return 0;
}

/*
 * open.c - looking names up and making new inodes under them.
 *
 * make_node() is the one path for create, mkdir and symlink: check
 * everything, take a fresh inode, fill it (a directory's "." and "..", a
 * link's target), and only then enter it in the parent.  If a step fails
 * the inode still has no link, so dropping it frees whatever it took and
 * the parent is left as it was.
 *
 * Entry points: dir_get; mfs_lookup, mfs_create, mfs_mkdir, mfs_symlink.
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include "fs.h"

/* Inode ino, referenced, if it is a directory; else ENOTDIR. */
int dir_get(struct mfs_fs *fs, uint32_t ino, struct inode **dpp)
{
	struct inode *dp;
	int r;

	if ((r = inode_get(fs, ino, &dp)) < 0)
		return r;
	if (!S_ISDIR(dp->i_mode)) {
		inode_put(fs, dp);
		return -ENOTDIR;
	}
	*dpp = dp;
	return 0;
}

int mfs_lookup(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t *ino)
{
	struct inode *dp, *ip;
	uint32_t found;
	int r;

	if ((r = name_check(name, len)) < 0)
		return r;
	if ((r = dir_get(fs, dir, &dp)) < 0)
		return r;
	r = dir_find(fs, dp, name, len, &found);
	if (r == 0 && (r = inode_get(fs, found, &ip)) == 0)
		*ino = found;		/* the caller keeps the reference */
	inode_put(fs, dp);
	return r;
}

/* What a new inode needs before it gets a name. */
struct fill {
	int (*fn)(struct mfs_fs *fs, struct inode *dp, struct inode *ip,
	    const struct fill *f);
	const char *target;		/* symlink */
	size_t tlen;
	uint32_t rdev;			/* device */
};

/* Drop a new inode that never got its name: whatever it took is freed. */
static void discard(struct mfs_fs *fs, struct inode *ip)
{
	ip->i_nlinks = 0;		/* a directory counted its "." */
	inode_put(fs, ip);
}

/* Checks, a fresh inode, f->fn, then the name in dir: see the top. */
static int make_node(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint16_t mode, uint32_t uid, uint32_t gid,
    const struct fill *f, uint32_t *ino)
{
	struct inode *dp, *ip;
	uint32_t old;
	int r;

	if (fs->f_rdonly)
		return -EROFS;
	if ((r = name_check(name, len)) < 0)
		return r;
	if ((r = dir_get(fs, dir, &dp)) < 0)
		return r;
	if (dp->i_nlinks == 0)
		r = -ENOENT;		/* the directory was removed */
	else if (S_ISDIR(mode) && dp->i_nlinks >= LINK_MAX_MFS)
		r = -EMLINK;
	else if ((r = dir_find(fs, dp, name, len, &old)) == 0)
		r = -EEXIST;
	else if (r == -ENOENT)
		r = inode_new(fs, mode, uid, gid, &ip);
	if (r == 0 && f->fn != NULL && (r = f->fn(fs, dp, ip, f)) < 0)
		discard(fs, ip);
	if (r == 0 && (r = dir_enter(fs, dp, name, len, ip->i_num)) < 0)
		discard(fs, ip);
	if (r == 0) {
		ip->i_nlinks++;
		if ((r = inode_write(fs, ip)) == 0 && S_ISDIR(mode)) {
			dp->i_nlinks++;		/* the new ".." */
			r = inode_write(fs, dp);
		}
		*ino = ip->i_num;	/* the caller keeps the reference */
	}
	inode_put(fs, dp);
	return r;
}

static int fill_device(struct mfs_fs *fs, struct inode *dp,
    struct inode *ip, const struct fill *f)
{
	ip->i_zone[0] = f->rdev;
	return 0;
}

int mfs_create(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t mode, uint32_t uid, uint32_t gid, uint32_t rdev,
    uint32_t *ino)
{
	struct fill f = { NULL, NULL, 0, rdev };
	uint32_t type = mode & S_IFMT;

	if (type == 0)
		type = S_IFREG;
	switch (type) {
	case S_IFCHR: case S_IFBLK:
		f.fn = fill_device;
		break;
	case S_IFREG: case S_IFIFO: case S_IFSOCK:
		break;
	default:
		return -EINVAL;
	}
	return make_node(fs, dir, name, len, (uint16_t) (type | (mode & 07777)),
	    uid, gid, &f, ino);
}

/* "." (the new directory's own link) and "..". */
static int fill_dir(struct mfs_fs *fs, struct inode *dp, struct inode *ip,
    const struct fill *f)
{
	int r;

	if ((r = dir_enter(fs, ip, ".", 1, ip->i_num)) < 0 ||
	    (r = dir_enter(fs, ip, "..", 2, dp->i_num)) < 0)
		return r;
	ip->i_nlinks = 1;
	return 0;
}

int mfs_mkdir(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, uint32_t mode, uint32_t uid, uint32_t gid, uint32_t *ino)
{
	struct fill f = { fill_dir, NULL, 0, 0 };

	return make_node(fs, dir, name, len,
	    (uint16_t) (S_IFDIR | (mode & 07777)), uid, gid, &f, ino);
}

static int from_memory(void *ctx, size_t offset, void *data, size_t len,
    int to_fs)
{
	if (!to_fs)
		return -EINVAL;
	memcpy(data, (const char *) ctx + offset, len);
	return 0;
}

/* The target is the link's data. */
static int fill_link(struct mfs_fs *fs, struct inode *dp, struct inode *ip,
    const struct fill *f)
{
	struct mfs_xfer x = { (void *) (uintptr_t) f->target, from_memory };
	size_t done;
	int r;

	if ((r = file_write(fs, ip, 0, f->tlen, &x, &done)) < 0)
		return r;
	return done == f->tlen ? 0 : -ENOSPC;
}

int mfs_symlink(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, const char *target, size_t tlen, uint32_t uid, uint32_t gid,
    uint32_t *ino)
{
	struct fill f = { fill_link, target, tlen, 0 };

	if (tlen == 0)
		return -ENOENT;
	if (tlen >= PATH_MAX_MFS)
		return -ENAMETOOLONG;
	return make_node(fs, dir, name, len, S_IFLNK | 0777, uid, gid, &f,
	    ino);
}

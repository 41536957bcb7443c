/*
 * attr.c - an inode's attributes: reading them, and chmod, chown, utime.
 *
 * The disk keeps owners in 16 bits and times as unsigned 32-bit seconds;
 * values that do not fit are refused (owners) or clamped (times).
 *
 * Entry points: mfs_node, mfs_chmod, mfs_chown, mfs_utime.
 */
#include <errno.h>
#include <sys/stat.h>
#include "fs.h"

int mfs_node(struct mfs_fs *fs, uint32_t ino, struct mfs_node_info *info)
{
	struct inode *ip;
	int r;

	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if (ip->i_atime_due && (r = inode_write(fs, ip)) < 0) {
		inode_put(fs, ip);	/* a read's access time, now set */
		return r;
	}
	info->ino = ip->i_num;
	info->mode = ip->i_mode;
	info->nlinks = ip->i_nlinks;
	info->uid = ip->i_uid;
	info->gid = ip->i_gid;
	info->rdev = S_ISCHR(ip->i_mode) || S_ISBLK(ip->i_mode) ?
	    ip->i_zone[0] : 0;
	info->size = ip->i_size;
	info->atime = ip->i_atime;
	info->mtime = ip->i_mtime;
	info->ctime = ip->i_ctime;
	return inode_put(fs, ip);
}

/* Only the size (what a read or write reply carries): unlike mfs_node,
 * it leaves an access time that a read made due as it is. */
int mfs_size(struct mfs_fs *fs, uint32_t ino, uint64_t *size)
{
	struct inode *ip;
	int r;

	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	*size = ip->i_size;
	return inode_put(fs, ip);
}

/* Get ino for a change: the common start of the calls below. */
static int get_for_change(struct mfs_fs *fs, uint32_t ino,
    struct inode **ipp)
{
	if (fs->f_rdonly)
		return -EROFS;
	return inode_get(fs, ino, ipp);
}

/* Write the changed inode with a new ctime, and let it go. */
static int changed(struct mfs_fs *fs, struct inode *ip)
{
	int r;

	ip->i_ctime = fs_time(fs);
	r = inode_write(fs, ip);
	inode_put(fs, ip);
	return r;
}

int mfs_chmod(struct mfs_fs *fs, uint32_t ino, uint32_t mode)
{
	struct inode *ip;
	int r;

	if ((r = get_for_change(fs, ino, &ip)) < 0)
		return r;
	ip->i_mode = (uint16_t) ((ip->i_mode & S_IFMT) | (mode & 07777));
	return changed(fs, ip);
}

/* The new owner and group; the mode bits in clear (VFS asks for the
 * set-id bits when a user gives a program to a group) go in the same
 * change. */
int mfs_chown(struct mfs_fs *fs, uint32_t ino, uint32_t uid, uint32_t gid,
    uint32_t clear)
{
	struct inode *ip;
	int r;

	if (uid > UINT16_MAX || gid > UINT16_MAX)
		return -EINVAL;
	if ((r = get_for_change(fs, ino, &ip)) < 0)
		return r;
	ip->i_uid = (uint16_t) uid;
	ip->i_gid = (uint16_t) gid;
	ip->i_mode &= (uint16_t) ~(clear & 07777);
	return changed(fs, ip);
}

static uint32_t disk_time(int64_t t)
{
	if (t < 0)
		return 0;
	return t > UINT32_MAX ? UINT32_MAX : (uint32_t) t;
}

int mfs_utime(struct mfs_fs *fs, uint32_t ino, int64_t atime, int64_t mtime)
{
	struct inode *ip;
	int r;

	if ((r = get_for_change(fs, ino, &ip)) < 0)
		return r;
	ip->i_atime = disk_time(atime);
	ip->i_atime_due = 0;		/* a read before is overruled */
	ip->i_mtime = disk_time(mtime);
	return changed(fs, ip);
}

/*
 * link.c - adding and removing names: link, unlink, rmdir, rename.
 *
 * Each call first gathers the inodes it touches and checks every rule,
 * then changes the disk; the one step that can still fail (a directory
 * growing by a slot, ENOSPC) comes before any other change.  A removed
 * name drops a link; the inode itself goes when its last reference is
 * put (see inode.c).
 *
 * Link counts: a file has one per name; a directory has one for its name,
 * one for its own "." and one for the ".." of each subdirectory.
 *
 * Entry points: mfs_link, mfs_unlink, mfs_rmdir, mfs_rename.
 */
#include <errno.h>
#include <sys/stat.h>
#include "fs.h"

int mfs_link(struct mfs_fs *fs, uint32_t dir, const char *name, size_t len,
    uint32_t ino)
{
	struct inode *dp, *ip;
	uint32_t old;
	int r;

	if (fs->f_rdonly)
		return -EROFS;
	if ((r = name_check(name, len)) < 0)
		return r;
	if ((r = inode_get(fs, ino, &ip)) < 0)
		return r;
	if ((r = dir_get(fs, dir, &dp)) < 0) {
		inode_put(fs, ip);
		return r;
	}
	if (S_ISDIR(ip->i_mode))
		r = -EPERM;
	else if (ip->i_nlinks >= LINK_MAX_MFS)
		r = -EMLINK;
	else if (dp->i_nlinks == 0)
		r = -ENOENT;
	else if ((r = dir_find(fs, dp, name, len, &old)) == 0)
		r = -EEXIST;
	else if (r == -ENOENT)
		r = dir_enter(fs, dp, name, len, ip->i_num);
	if (r == 0) {
		ip->i_nlinks++;
		ip->i_ctime = fs_time(fs);
		r = inode_write(fs, ip);
	}
	inode_put(fs, dp);
	inode_put(fs, ip);
	return r;
}

/* The entry name in dir: its directory and inode, both referenced. */
static int get_entry(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len, struct inode **dpp, struct inode **ipp)
{
	uint32_t ino;
	int r;

	if ((r = name_check(name, len)) < 0)
		return r;
	if ((r = dir_get(fs, dir, dpp)) < 0)
		return r;
	if ((r = dir_find(fs, *dpp, name, len, &ino)) < 0 ||
	    (r = inode_get(fs, ino, ipp)) < 0) {
		inode_put(fs, *dpp);
		*dpp = NULL;
	}
	return r;
}

/* Drop the links an entry held: ip's and, for a directory, dp's "..". */
static int drop_links(struct mfs_fs *fs, struct inode *dp, struct inode *ip)
{
	int r;

	if (S_ISDIR(ip->i_mode)) {
		ip->i_nlinks = 0;		/* its name and its "." */
		if (dp->i_nlinks > 0)
			dp->i_nlinks--;		/* its ".." */
		if ((r = inode_write(fs, dp)) < 0)
			return r;
	} else if (ip->i_nlinks > 0) {
		ip->i_nlinks--;
	}
	ip->i_ctime = fs_time(fs);
	return inode_write(fs, ip);
}

int mfs_unlink(struct mfs_fs *fs, uint32_t dir, const char *name,
    size_t len)
{
	struct inode *dp, *ip;
	int r;

	if (fs->f_rdonly)
		return -EROFS;
	if ((r = get_entry(fs, dir, name, len, &dp, &ip)) < 0)
		return r;
	if (S_ISDIR(ip->i_mode))
		r = -EPERM;
	else if ((r = dir_remove(fs, dp, name, len)) == 0)
		r = drop_links(fs, dp, ip);
	inode_put(fs, dp);
	if (r == 0)
		return inode_put(fs, ip);
	inode_put(fs, ip);
	return r;
}

/*
 * A removed directory loses "." and ".." with its name (POSIX), so that
 * whoever still has it open reads no entries.  Its blocks would go with
 * its last reference anyway: if freeing them now fails, they go then.
 */
static void empty_removed(struct mfs_fs *fs, struct inode *ip)
{
	if (trunc_inode(fs, ip, 0) == 0)
		(void) inode_write(fs, ip);
}

int mfs_rmdir(struct mfs_fs *fs, uint32_t dir, const char *name, size_t len)
{
	struct inode *dp, *ip;
	int r;

	if (fs->f_rdonly)
		return -EROFS;
	if (is_dot(name, len))
		return -EINVAL;
	if (is_dotdot(name, len))
		return -ENOTEMPTY;
	if ((r = get_entry(fs, dir, name, len, &dp, &ip)) < 0)
		return r;
	if (!S_ISDIR(ip->i_mode))
		r = -ENOTDIR;
	else if (ip->i_num == ROOT_INO)
		r = -EBUSY;
	else if ((r = dir_is_empty(fs, ip)) == 0)
		r = -ENOTEMPTY;
	if (r == 1 && (r = dir_remove(fs, dp, name, len)) == 0)
		r = drop_links(fs, dp, ip);
	if (r == 0)
		empty_removed(fs, ip);
	inode_put(fs, dp);
	if (r == 0)
		return inode_put(fs, ip);
	inode_put(fs, ip);
	return r;
}

/*
 * Whether directory dir is top or lies below it, walking up through "..".
 * The walk is bounded: a loop of ".." entries is a corrupt image.
 */
static int below(struct mfs_fs *fs, struct inode *dir, uint32_t top)
{
	uint32_t ino = dir->i_num, up;
	struct inode *ip;
	int r;

	for (uint32_t steps = 0; steps <= fs->f_ninodes; steps++) {
		if (ino == top)
			return 1;
		if (ino == ROOT_INO)
			return 0;
		if ((r = dir_get(fs, ino, &ip)) < 0)
			return r;
		r = dir_find(fs, ip, "..", 2, &up);
		inode_put(fs, ip);
		if (r < 0)
			return r;
		if (up == ino)
			return 0;
		ino = up;
	}
	return -EIO;
}

/* The inodes a rename touches; victim is what the new name named. */
struct move {
	struct inode *odp, *ndp, *ip, *victim;
};

/* Every rule of rename(2), before anything changes. */
static int rename_check(struct mfs_fs *fs, struct move *m)
{
	int r;

	if (m->ndp->i_nlinks == 0)
		return -ENOENT;
	if (!S_ISDIR(m->ip->i_mode))
		return m->victim && S_ISDIR(m->victim->i_mode) ? -EISDIR : 0;
	if (m->victim && !S_ISDIR(m->victim->i_mode))
		return -ENOTDIR;
	if (m->victim && (r = dir_is_empty(fs, m->victim)) <= 0)
		return r < 0 ? r : -ENOTEMPTY;
	if ((r = below(fs, m->ndp, m->ip->i_num)) != 0)
		return r < 0 ? r : -EINVAL;
	if (m->odp != m->ndp && m->victim == NULL &&
	    m->ndp->i_nlinks >= LINK_MAX_MFS)
		return -EMLINK;
	return 0;
}

/* The changes, in an order where only the first can fail for space. */
static int rename_do(struct mfs_fs *fs, struct move *m, const char *oname,
    size_t olen, const char *nname, size_t nlen)
{
	int r, moved_dir = S_ISDIR(m->ip->i_mode) && m->odp != m->ndp;

	if (m->victim != NULL)
		r = dir_retarget(fs, m->ndp, nname, nlen, m->ip->i_num);
	else
		r = dir_enter(fs, m->ndp, nname, nlen, m->ip->i_num);
	if (r == 0)
		r = dir_remove(fs, m->odp, oname, olen);
	if (r == 0 && moved_dir) {
		r = dir_retarget(fs, m->ip, "..", 2, m->ndp->i_num);
		m->odp->i_nlinks--;
		m->ndp->i_nlinks++;
	}
	if (r == 0 && m->victim != NULL)
		r = drop_links(fs, m->ndp, m->victim);
	m->ip->i_ctime = fs_time(fs);
	if (r == 0)
		r = inode_write(fs, m->ip);
	if (r == 0)
		r = inode_write(fs, m->odp);
	if (r == 0)
		r = inode_write(fs, m->ndp);
	return r;
}

int mfs_rename(struct mfs_fs *fs, uint32_t odir, const char *oname,
    size_t olen, uint32_t ndir, const char *nname, size_t nlen)
{
	struct move m = { NULL, NULL, NULL, NULL };
	uint32_t vino;
	int r, r2;

	if (fs->f_rdonly)
		return -EROFS;
	if ((r = name_check(nname, nlen)) < 0)
		return r;
	if (is_dot(oname, olen) || is_dotdot(oname, olen) ||
	    is_dot(nname, nlen) || is_dotdot(nname, nlen))
		return -EINVAL;
	if ((r = get_entry(fs, odir, oname, olen, &m.odp, &m.ip)) < 0)
		return r;
	if ((r = dir_get(fs, ndir, &m.ndp)) == 0) {
		r = dir_find(fs, m.ndp, nname, nlen, &vino);
		if (r == 0)
			r = inode_get(fs, vino, &m.victim);
		else if (r == -ENOENT)
			r = 0;
	}
	if (r == 0 && m.victim != m.ip && (r = rename_check(fs, &m)) == 0)
		r = rename_do(fs, &m, oname, olen, nname, nlen);
	r2 = inode_put(fs, m.victim);
	inode_put(fs, m.ip);
	inode_put(fs, m.ndp);
	inode_put(fs, m.odp);
	return r < 0 ? r : r2;
}

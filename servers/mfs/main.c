/*
 * main.c - MFS, the MINIX v3 file system server: VFS's REQ_* requests
 * (minix/msg/fs.h) turned into calls of the file system core (mfs.h).
 *
 * Names come in through VFS's grants; file data moves between the block
 * cache and VFS's grant (a magic grant of the program's own buffer) with
 * safecopies, so it is copied once.
 */
#include <stdio.h>
#include <string.h>
#include <limits.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <minix/kinfo.h>
#include "server.h"

#define CACHE_BLOCKS	1024

static struct mfs_fs *fs;
static message m_in;
static uint32_t boot_time;

typedef int (*fs_handler_t)(message *m);

static int64_t clock_now(void)
{
	uint32_t up = 0;

	(void) sys_times(NONE, NULL, NULL, &up, NULL);
	return (int64_t) boot_time + up / HZ;
}

/* --- moving data through VFS's grants ---------------------------------- */

struct grant_ctx {
	endpoint_t who;
	cp_grant_id_t grant;
};

static int grant_copy(void *ctx, size_t offset, void *data, size_t len,
	int to_fs)
{
	struct grant_ctx *g = ctx;

	if (to_fs)
		return sys_safecopyfrom(g->who, g->grant, offset, data, len);
	return sys_safecopyto(g->who, g->grant, offset, data, len);
}

/* A name from VFS's grant; -ENAMETOOLONG beyond the on-disk limit. */
static int get_name(cp_grant_id_t grant, uint32_t len, char *name)
{
	int r;

	if (len == 0)
		return -EINVAL;
	if (len > NAME_MAX)
		return -ENAMETOOLONG;
	if ((r = sys_safecopyfrom(m_in.m_source, grant, 0, name, len)) != OK)
		return r;
	name[len] = '\0';
	return OK;
}

/* Answer with the inode's attributes (for lookups and creations). */
static int node_reply(message *m, uint32_t ino)
{
	struct mfs_node_info info;
	int r;

	if ((r = mfs_node(fs, ino, &info)) != OK)
		return r;
	memset(&m->m_fs_node, 0, sizeof(m->m_fs_node));
	m->m_fs_node.ino = info.ino;
	m->m_fs_node.mode = info.mode;
	m->m_fs_node.size = info.size;
	m->m_fs_node.uid = info.uid;
	m->m_fs_node.gid = info.gid;
	m->m_fs_node.rdev = info.rdev;
	m->m_fs_node.nlinks = info.nlinks;
	return OK;
}

/* --- the requests -------------------------------------------------------- */

static int do_readsuper(message *m)
{
	struct m_fs_readsuper a = m->m_fs_readsuper;
	char label[RS_LABEL_LEN];
	struct mfs_blockdev bd;
	uint32_t root;
	int r;

	if (fs != NULL)
		return -EBUSY;
	if (a.label_len == 0 || a.label_len >= sizeof(label))
		return -EINVAL;
	r = sys_safecopyfrom(m->m_source, a.label, 0, label, a.label_len);
	if (r != OK)
		return r;
	label[a.label_len] = '\0';
	r = bdev_attach(a.driver, a.dev, label, a.flags & FS_RDONLY, &bd);
	if (r != OK)
		return r;
	bd.to_end = (a.flags & FS_TO_DEVICE_END) != 0;	/* the root */
	if ((r = mfs_mount(&bd, a.flags & FS_RDONLY, CACHE_BLOCKS, &fs)) != OK) {
		printf("mfs: device %d/%d does not hold a usable MINIX v3 "
			"file system: %s\n", a.dev >> 8, a.dev & 0xFF,
			strerror(-r));
		bdev_detach();
		fs = NULL;
		return r;
	}
	mfs_set_clock(fs, clock_now);
	root = mfs_root(fs);
	if ((r = mfs_get(fs, root)) != OK)
		return r;
	return node_reply(m, root);
}

static int do_unmount(message *m)
{
	int r = mfs_unmount(fs);

	fs = NULL;
	bdev_detach();
	return r;
}

static int do_lookup(message *m)
{
	char name[NAME_MAX + 1];
	uint32_t ino;
	int r;

	r = get_name(m->m_fs_name.name, m->m_fs_name.name_len, name);
	if (r != OK)
		return r;
	r = mfs_lookup(fs, m->m_fs_name.dir, name, strlen(name), &ino);
	if (r != OK)
		return r;
	if ((r = node_reply(m, ino)) != OK)
		(void) mfs_put(fs, ino, 1);
	return r;
}

static int do_putnode(message *m)
{
	return mfs_put(fs, m->m_fs_putnode.ino, m->m_fs_putnode.count);
}

static int do_create(message *m)
{
	struct m_fs_create a = m->m_fs_create;
	char name[NAME_MAX + 1];
	uint32_t ino;
	int r;

	if ((r = get_name(a.name, a.name_len, name)) != OK)
		return r;
	mfs_for_root(fs, a.uid == 0);	/* the caller's: it owns the node */
	if (m->m_type == REQ_MKDIR)
		r = mfs_mkdir(fs, a.dir, name, a.name_len, a.mode, a.uid, a.gid,
			&ino);
	else
		r = mfs_create(fs, a.dir, name, a.name_len, a.mode, a.uid, a.gid,
			a.rdev, &ino);
	mfs_for_root(fs, 1);
	if (r != OK)
		return r;
	return node_reply(m, ino);
}

static int do_slink(message *m)
{
	struct m_fs_slink a = m->m_fs_slink;
	char name[NAME_MAX + 1], target[PATH_MAX];
	uint32_t ino;
	int r;

	if ((r = get_name(a.name, a.name_len, name)) != OK)
		return r;
	if (a.target_len == 0 || a.target_len >= sizeof(target))
		return -ENAMETOOLONG;
	r = sys_safecopyfrom(m->m_source, a.target, 0, target, a.target_len);
	if (r != OK)
		return r;
	r = mfs_symlink(fs, a.dir, name, a.name_len, target, a.target_len,
		a.uid, a.gid, &ino);
	if (r != OK)
		return r;
	return node_reply(m, ino);
}

static int do_unlink(message *m)
{
	char name[NAME_MAX + 1];
	int r;

	r = get_name(m->m_fs_name.name, m->m_fs_name.name_len, name);
	if (r != OK)
		return r;
	if (m->m_type == REQ_RMDIR)
		return mfs_rmdir(fs, m->m_fs_name.dir, name, strlen(name));
	return mfs_unlink(fs, m->m_fs_name.dir, name, strlen(name));
}

static int do_link(message *m)
{
	char name[NAME_MAX + 1];
	int r;

	r = get_name(m->m_fs_link.name, m->m_fs_link.name_len, name);
	if (r != OK)
		return r;
	return mfs_link(fs, m->m_fs_link.dir, name, strlen(name),
		m->m_fs_link.ino);
}

static int do_rename(message *m)
{
	struct m_fs_rename a = m->m_fs_rename;
	char oname[NAME_MAX + 1], nname[NAME_MAX + 1];
	int r;

	if ((r = get_name(a.old_name, a.old_len, oname)) != OK
	    || (r = get_name(a.new_name, a.new_len, nname)) != OK)
		return r;
	return mfs_rename(fs, a.old_dir, oname, a.old_len, a.new_dir, nname,
		a.new_len);
}

static int do_rdlink(message *m)
{
	struct grant_ctx g = { m->m_source, m->m_fs_rdlink.grant };
	struct mfs_xfer x = { &g, grant_copy };
	size_t done = 0;
	int r;

	r = mfs_readlink(fs, m->m_fs_rdlink.ino, &x, m->m_fs_rdlink.size,
		&done);
	return r != OK ? r : (int) done;
}

static int do_rw(message *m)
{
	struct m_fs_io a = m->m_fs_io;
	struct grant_ctx g = { m->m_source, a.grant };
	struct mfs_xfer x = { &g, grant_copy };
	uint64_t size;
	size_t done = 0;
	int r;

	if (m->m_type == REQ_READ)
		r = mfs_read(fs, a.ino, a.pos, a.count, &x, &done);
	else {
		mfs_for_root(fs, (a.flags & FS_IO_ROOT) != 0);
		r = mfs_write(fs, a.ino, a.pos, a.count, &x, &done);
		mfs_for_root(fs, 1);
	}
	if (r != OK && done == 0)
		return r;
	if (mfs_size(fs, a.ino, &size) != OK)
		size = 0;
	m->m_fs_io_reply.pos = a.pos + done;
	m->m_fs_io_reply.count = done;
	m->m_fs_io_reply.size = size;
	return done;
}

static int do_getdents(message *m)
{
	struct m_fs_io a = m->m_fs_io;
	struct grant_ctx g = { m->m_source, a.grant };
	struct mfs_xfer x = { &g, grant_copy };
	uint64_t newpos = a.pos;
	size_t done = 0;
	int r;

	r = mfs_getdents(fs, a.ino, a.pos, a.count, &x, &done, &newpos);
	if (r != OK)
		return r;
	m->m_fs_io_reply.pos = newpos;
	m->m_fs_io_reply.count = done;
	return done;
}

static int do_stat(message *m)
{
	struct mfs_node_info info;
	struct stat st;
	int r;

	if ((r = mfs_node(fs, m->m_fs_stat.ino, &info)) != OK)
		return r;
	memset(&st, 0, sizeof(st));
	st.st_ino = info.ino;
	st.st_mode = info.mode;
	st.st_nlink = info.nlinks;
	st.st_uid = info.uid;
	st.st_gid = info.gid;
	st.st_rdev = info.rdev;
	st.st_size = info.size;
	st.st_atime = info.atime;
	st.st_mtime = info.mtime;
	st.st_ctime = info.ctime;
	st.st_blksize = mfs_block_size(fs);
	st.st_blocks = (info.size + 511) / 512;
	return sys_safecopyto(m->m_source, m->m_fs_stat.grant, 0, &st,
		sizeof(st));
}

static int do_chmod(message *m)
{
	struct m_fs_chmod a = m->m_fs_chmod;
	int r;

	if ((r = mfs_chmod(fs, a.ino, a.mode)) != OK)
		return r;
	return node_reply(m, a.ino);
}

static int do_chown(message *m)
{
	struct m_fs_chown a = m->m_fs_chown;
	int r;

	if ((r = mfs_chown(fs, a.ino, a.uid, a.gid, a.clear)) != OK)
		return r;
	return node_reply(m, a.ino);
}

static int do_utime(message *m)
{
	struct m_fs_utime a = m->m_fs_utime;
	int64_t now = clock_now();

	return mfs_utime(fs, a.ino, a.atime == -1 ? now : a.atime,
		a.mtime == -1 ? now : a.mtime);
}

static int do_ftrunc(message *m)
{
	return mfs_truncate(fs, m->m_fs_ftrunc.ino, m->m_fs_ftrunc.size);
}

static int do_sync(message *m)
{
	return mfs_sync(fs);
}

static int do_statvfs(message *m)
{
	struct statvfs sv;
	int r;

	memset(&sv, 0, sizeof(sv));
	if ((r = mfs_statvfs(fs, &sv)) != OK)
		return r;
	return sys_safecopyto(m->m_source, m->m_fs_statvfs.grant, 0, &sv,
		sizeof(sv));
}

static int do_newdriver(message *m)
{
	bdev_new_driver(m->m_fs_newdriver.driver);
	return OK;
}

static const fs_handler_t handlers[FS_LAST - FS_BASE + 1] = {
	[REQ_READSUPER - FS_BASE] = do_readsuper,
	[REQ_UNMOUNT - FS_BASE] = do_unmount,
	[REQ_LOOKUP - FS_BASE] = do_lookup,
	[REQ_PUTNODE - FS_BASE] = do_putnode,
	[REQ_CREATE - FS_BASE] = do_create,
	[REQ_MKDIR - FS_BASE] = do_create,
	[REQ_MKNOD - FS_BASE] = do_create,
	[REQ_SLINK - FS_BASE] = do_slink,
	[REQ_UNLINK - FS_BASE] = do_unlink,
	[REQ_RMDIR - FS_BASE] = do_unlink,
	[REQ_LINK - FS_BASE] = do_link,
	[REQ_RENAME - FS_BASE] = do_rename,
	[REQ_RDLINK - FS_BASE] = do_rdlink,
	[REQ_READ - FS_BASE] = do_rw,
	[REQ_WRITE - FS_BASE] = do_rw,
	[REQ_GETDENTS - FS_BASE] = do_getdents,
	[REQ_STAT - FS_BASE] = do_stat,
	[REQ_CHMOD - FS_BASE] = do_chmod,
	[REQ_CHOWN - FS_BASE] = do_chown,
	[REQ_UTIME - FS_BASE] = do_utime,
	[REQ_FTRUNC - FS_BASE] = do_ftrunc,
	[REQ_SYNC - FS_BASE] = do_sync,
	[REQ_STATVFS - FS_BASE] = do_statvfs,
	[REQ_NEWDRIVER - FS_BASE] = do_newdriver,
};

static int dispatch(message *m)
{
	int nr = m->m_type - FS_BASE;

	if (nr < 0 || nr >= (int) (sizeof(handlers) / sizeof(handlers[0]))
	    || handlers[nr] == NULL)
		return -ENOSYS;
	if (fs == NULL && m->m_type != REQ_READSUPER)
		return -EINVAL;		/* VFS asks before a mount or after
					 * an unmount: its mistake */
	return handlers[nr](m);
}

static int init(int type, sef_init_info_t *info)
{
	struct kinfo ki;

	if (sys_getkinfo(&ki) == OK)
		boot_time = ki.k_boot_time;
	return OK;
}

int main(void)
{
	int r;

	sef_setcb_init_fresh(init);
	sef_startup();
	r = sef_receive(ANY, &m_in);
	for (;;) {
		if (r != OK || is_notify(m_in.m_type)) {
			r = sef_receive(ANY, &m_in);
			continue;
		}
		m_in.m_type = dispatch(&m_in);
		/* The answer, and the next request, in one call. */
		r = sef_reply_receive(m_in.m_source, &m_in, ANY, NULL);
	}
}

/*
 * req.c - requests to file servers (the REQ_* protocol, minix/msg/fs.h).
 *
 * Names and VFS-side buffers travel in direct grants that live only for
 * the request; user buffers in magic grants (the file server copies
 * straight to or from the program).
 */
#include <string.h>
#include "vfs.h"

/* Send m to vmp's file server and wait for the answer. */
static int fs_call(struct vmnt *vmp, int type, message *m)
{
	int r;

	m->m_type = type;
	if ((r = ipc_sendrec(vmp->m_fs, m)) != OK)
		return r == -EDEADSRCDST ? -EIO : r;
	return m->m_type;
}

static cp_grant_id_t grant_name(struct vmnt *vmp, const char *name,
	uint32_t *len)
{
	*len = strlen(name);
	return cpf_grant_direct(vmp->m_fs, (vir_bytes) name, *len, CPF_READ);
}

int req_lookup(struct vmnt *vmp, ino_nr_t dir, const char *name,
	struct m_fs_node *node)
{
	cp_grant_id_t g;
	message m;
	int r;

	/* The grant is kept here: the answer overwrites the request. */
	memset(&m, 0, sizeof(m));
	m.m_fs_name.dir = dir;
	if ((g = grant_name(vmp, name, &m.m_fs_name.name_len)) < 0)
		return g;
	m.m_fs_name.name = g;
	r = fs_call(vmp, REQ_LOOKUP, &m);
	cpf_revoke(g);
	if (r == OK)
		*node = m.m_fs_node;
	return r;
}

int req_putnode(struct vmnt *vmp, ino_nr_t ino, int count)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_fs_putnode.ino = ino;
	m.m_fs_putnode.count = count;
	return fs_call(vmp, REQ_PUTNODE, &m);
}

/* REQ_CREATE, REQ_MKDIR, REQ_MKNOD: the new inode, with a reference. */
int req_create(struct vmnt *vmp, int call, ino_nr_t dir, const char *name,
	mode_t mode, uid_t uid, gid_t gid, dev_t rdev, struct m_fs_node *node)
{
	message m;
	cp_grant_id_t g;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g = grant_name(vmp, name, &m.m_fs_create.name_len)) < 0)
		return g;
	m.m_fs_create.dir = dir;
	m.m_fs_create.name = g;
	m.m_fs_create.mode = mode;
	m.m_fs_create.uid = uid;
	m.m_fs_create.gid = gid;
	m.m_fs_create.rdev = rdev;
	r = fs_call(vmp, call, &m);
	cpf_revoke(g);
	if (r == OK)
		*node = m.m_fs_node;
	return r;
}

int req_slink(struct vmnt *vmp, ino_nr_t dir, const char *name,
	const char *target, uid_t uid, gid_t gid)
{
	message m;
	cp_grant_id_t g1, g2;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g1 = grant_name(vmp, name, &m.m_fs_slink.name_len)) < 0)
		return g1;
	if ((g2 = grant_name(vmp, target, &m.m_fs_slink.target_len)) < 0) {
		cpf_revoke(g1);
		return g2;
	}
	m.m_fs_slink.dir = dir;
	m.m_fs_slink.name = g1;
	m.m_fs_slink.target = g2;
	m.m_fs_slink.uid = uid;
	m.m_fs_slink.gid = gid;
	r = fs_call(vmp, REQ_SLINK, &m);
	cpf_revoke(g1);
	cpf_revoke(g2);
	if (r == OK)		/* we do not keep the new link's inode */
		(void) req_putnode(vmp, m.m_fs_node.ino, 1);
	return r;
}

/* REQ_UNLINK, REQ_RMDIR */
int req_unlink(struct vmnt *vmp, int call, ino_nr_t dir, const char *name)
{
	message m;
	cp_grant_id_t g;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g = grant_name(vmp, name, &m.m_fs_name.name_len)) < 0)
		return g;
	m.m_fs_name.dir = dir;
	m.m_fs_name.name = g;
	r = fs_call(vmp, call, &m);
	cpf_revoke(g);
	return r;
}

int req_link(struct vmnt *vmp, ino_nr_t dir, const char *name, ino_nr_t ino)
{
	message m;
	cp_grant_id_t g;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g = grant_name(vmp, name, &m.m_fs_link.name_len)) < 0)
		return g;
	m.m_fs_link.dir = dir;
	m.m_fs_link.name = g;
	m.m_fs_link.ino = ino;
	r = fs_call(vmp, REQ_LINK, &m);
	cpf_revoke(g);
	return r;
}

int req_rename(struct vmnt *vmp, ino_nr_t odir, const char *oname,
	ino_nr_t ndir, const char *nname)
{
	message m;
	cp_grant_id_t g1, g2;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g1 = grant_name(vmp, oname, &m.m_fs_rename.old_len)) < 0)
		return g1;
	if ((g2 = grant_name(vmp, nname, &m.m_fs_rename.new_len)) < 0) {
		cpf_revoke(g1);
		return g2;
	}
	m.m_fs_rename.old_dir = odir;
	m.m_fs_rename.old_name = g1;
	m.m_fs_rename.new_dir = ndir;
	m.m_fs_rename.new_name = g2;
	r = fs_call(vmp, REQ_RENAME, &m);
	cpf_revoke(g1);
	cpf_revoke(g2);
	return r;
}

/* REQ_READ, REQ_WRITE, REQ_GETDENTS through a grant of owner's memory
 * at addr: magic for a program's buffer, direct for our own (owner
 * SELF). */
int req_grant_io(struct vmnt *vmp, int call, ino_nr_t ino, uint64_t pos,
	endpoint_t owner, vir_bytes addr, size_t count, int access,
	uint32_t io_flags, struct m_fs_io_reply *out)
{
	cp_grant_id_t g;
	message m;
	int r;

	if (owner == SELF)
		g = cpf_grant_direct(vmp->m_fs, addr, count, access);
	else
		g = cpf_grant_magic(vmp->m_fs, owner, addr, count, access);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_fs_io.ino = ino;
	m.m_fs_io.pos = pos;
	m.m_fs_io.grant = g;
	m.m_fs_io.count = count;
	m.m_fs_io.flags = io_flags;
	r = fs_call(vmp, call, &m);
	cpf_revoke(g);
	if (r >= 0 && out != NULL)
		*out = m.m_fs_io_reply;
	return r;
}

/* The contents of symbolic link ino, at most size bytes; their length. */
int req_rdlink(struct vmnt *vmp, ino_nr_t ino, char *buf, size_t size)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(vmp->m_fs, (vir_bytes) buf, size, CPF_WRITE);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_fs_rdlink.ino = ino;
	m.m_fs_rdlink.grant = g;
	m.m_fs_rdlink.size = size;
	r = fs_call(vmp, REQ_RDLINK, &m);
	cpf_revoke(g);
	return r;
}

int req_chmod(struct vmnt *vmp, ino_nr_t ino, mode_t mode,
	struct m_fs_node *node)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_fs_chmod.ino = ino;
	m.m_fs_chmod.mode = mode;
	if ((r = fs_call(vmp, REQ_CHMOD, &m)) == OK)
		*node = m.m_fs_node;
	return r;
}

/* clear: the mode bits (S_ISUID, S_ISGID) that go with the change. */
int req_chown(struct vmnt *vmp, ino_nr_t ino, uid_t uid, gid_t gid,
	mode_t clear, struct m_fs_node *node)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_fs_chown.ino = ino;
	m.m_fs_chown.uid = uid;
	m.m_fs_chown.gid = gid;
	m.m_fs_chown.clear = clear;
	if ((r = fs_call(vmp, REQ_CHOWN, &m)) == OK)
		*node = m.m_fs_node;
	return r;
}

/* A time of -1 is the file server's clock now. */
int req_utime(struct vmnt *vmp, ino_nr_t ino, int64_t atime, int64_t mtime)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_fs_utime.ino = ino;
	m.m_fs_utime.atime = atime;
	m.m_fs_utime.mtime = mtime;
	return fs_call(vmp, REQ_UTIME, &m);
}

int req_stat(struct vmnt *vmp, ino_nr_t ino, struct stat *st)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(vmp->m_fs, (vir_bytes) st, sizeof(*st), CPF_WRITE);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_fs_stat.ino = ino;
	m.m_fs_stat.grant = g;
	r = fs_call(vmp, REQ_STAT, &m);
	cpf_revoke(g);
	if (r == OK)
		st->st_dev = vmp->m_dev;
	return r;
}

int req_statvfs(struct vmnt *vmp, struct statvfs *st)
{
	cp_grant_id_t g;
	message m;
	int r;

	g = cpf_grant_direct(vmp->m_fs, (vir_bytes) st, sizeof(*st), CPF_WRITE);
	if (g < 0)
		return g;
	memset(&m, 0, sizeof(m));
	m.m_fs_statvfs.grant = g;
	r = fs_call(vmp, REQ_STATVFS, &m);
	cpf_revoke(g);
	return r;
}

int req_ftrunc(struct vmnt *vmp, ino_nr_t ino, off_t size)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_fs_ftrunc.ino = ino;
	m.m_fs_ftrunc.size = size;
	return fs_call(vmp, REQ_FTRUNC, &m);
}

/* Mount: the file server learns its device, the driver's endpoint, and
 * the driver's label (to find its next instance after a restart). */
int req_readsuper(struct vmnt *vmp, int flags, endpoint_t driver,
	const char *driver_label, struct m_fs_node *root)
{
	message m;
	cp_grant_id_t g;
	int r;

	memset(&m, 0, sizeof(m));
	if ((g = grant_name(vmp, driver_label, &m.m_fs_readsuper.label_len)) < 0)
		return g;
	m.m_fs_readsuper.dev = vmp->m_dev;
	m.m_fs_readsuper.driver = driver;
	m.m_fs_readsuper.flags = flags;
	m.m_fs_readsuper.label = g;
	r = fs_call(vmp, REQ_READSUPER, &m);
	cpf_revoke(g);
	if (r == OK)
		*root = m.m_fs_node;
	return r;
}

/* REQ_SYNC, REQ_UNMOUNT */
int req_simple(struct vmnt *vmp, int call)
{
	message m;

	memset(&m, 0, sizeof(m));
	return fs_call(vmp, call, &m);
}

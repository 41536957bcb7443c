/*
 * mount.c - the mount table: the root file system, mount, umount, sync.
 *
 * Each mounted file system is served by a file server process that is
 * already running (mount(8) starts one with the service command and
 * passes its label).  Mounting covers a directory: lookups that reach it
 * continue at the mounted root.
 */
#include <string.h>
#include <minix/dmap.h>
#include "vfs.h"

#define ROOT_DEV	makedev(MEMORY_MAJOR, 0)	/* /dev/ram */

struct vmnt vmnt[NR_VMNTS];

static struct vmnt *free_vmnt(void)
{
	int i;

	for (i = 0; i < NR_VMNTS; i++)
		if (!vmnt[i].m_in_use)
			return &vmnt[i];
	return NULL;
}

/* Ask vmp's file server to mount dev; on success vmp is in use and holds
 * a reference to its root. */
static int attach(struct vmnt *vmp, dev_t dev, endpoint_t fs, int flags,
	int fs_flags)
{
	struct dmap *d = &dmap[major(dev)];
	struct m_fs_node node;
	endpoint_t driver = bdev_driver(dev);
	int r;

	if (driver == NONE)
		return -ENXIO;
	memset(vmp, 0, sizeof(*vmp));
	vmp->m_dev = dev;
	vmp->m_fs = fs;
	vmp->m_flags = flags;
	if (flags & MNT_RDONLY)
		fs_flags |= FS_RDONLY;
	r = req_readsuper(vmp, fs_flags, driver,
		d->d_label, &node);
	if (r != OK)
		return r;
	vmp->m_in_use = true;
	if ((vmp->m_root = get_vnode(vmp, &node)) == NULL) {
		vmp->m_in_use = false;
		return -ENFILE;
	}
	return OK;
}

/* The root file system: the ram disk, served by the boot module that
 * etc/boot.list calls "root". */
int mount_root(const struct boot_info *image, int n)
{
	struct vmnt *vmp = &vmnt[0];
	int m, r;

	for (m = 0; m < n && !(image[m].bi_flags & BI_ROOT_FS); m++)
		;
	if (m == n || image[m].bi_endpoint == NONE)
		return -ENODEV;
	if ((r = attach(vmp, ROOT_DEV, image[m].bi_endpoint, 0,
	    FS_TO_DEVICE_END)) != OK)
		return r;
	strcpy(vmp->m_label, image[m].bi_name);
	strcpy(vmp->m_special, "/dev/ram");
	strcpy(vmp->m_target, "/");
	root_vnode = vmp->m_root;
	return OK;
}

static int fetch_label(char *label)
{
	const struct m_vfs_mount *a = &m_in.m_vfs_mount;
	int r;

	if ((r = fetch_string(m_in.m_source, a->label, label, RS_LABEL_LEN)) != OK)
		return r == -ENAMETOOLONG ? -EINVAL : r;
	return label[0] != '\0' ? OK : -EINVAL;
}

/* Is some file system already mounted from dev? */
static bool dev_mounted(dev_t dev)
{
	int i;

	for (i = 0; i < NR_VMNTS; i++)
		if (vmnt[i].m_in_use && vmnt[i].m_dev == dev)
			return true;
	return false;
}

static int mount_checks(const char *special, struct vnode *dir, dev_t *devp)
{
	struct vnode *dev;
	int r;

	if ((r = lookup(fp, special, LOOK_FOLLOW, &dev, NULL)) != OK)
		return r;
	r = S_ISBLK(dev->v_mode) ? OK : -ENOTBLK;
	*devp = dev->v_rdev;
	put_vnode(dev);
	if (r != OK)
		return r;
	if (!S_ISDIR(dir->v_mode))
		return -ENOTDIR;
	if (dir->v_mounted != NULL || dir == dir->v_vmnt->m_root
	    || dev_mounted(*devp))
		return -EBUSY;
	return OK;
}

int do_mount(void)
{
	const struct m_vfs_mount *a = &m_in.m_vfs_mount;
	char special[PATH_MAX], target[PATH_MAX], label[RS_LABEL_LEN];
	struct vnode *dir;
	struct vmnt *vmp;
	endpoint_t fs;
	dev_t dev;
	int r;

	if (fp->fp_euid != 0)
		return -EPERM;
	if ((r = fetch_path(a->special, a->special_len, special)) != OK
	    || (r = fetch_path(a->target, a->target_len, target)) != OK
	    || (r = fetch_label(label)) != OK)
		return r;
	if (ds_retrieve_label_endpt(label, &fs) != OK)
		return -ENXIO;		/* no file server of that name */
	if ((r = lookup(fp, target, LOOK_FOLLOW, &dir, NULL)) != OK)
		return r;
	if ((r = mount_checks(special, dir, &dev)) != OK
	    || (vmp = free_vmnt()) == NULL
	    || (r = attach(vmp, dev, fs, a->flags & MNT_FLAGS, 0)) != OK) {
		put_vnode(dir);
		return r != OK ? r : -ENOSPC;
	}
	strcpy(vmp->m_label, label);
	strncpy(vmp->m_special, special, sizeof(vmp->m_special) - 1);
	strncpy(vmp->m_target, target, sizeof(vmp->m_target) - 1);
	vmp->m_covered = dir;		/* keeps our reference */
	dir->v_mounted = vmp;
	return OK;
}

/* References to vmp's vnodes beyond the mount's own and the caller's. */
static bool busy(struct vmnt *vmp)
{
	int i, refs = 0;

	for (i = 0; i < NR_VNODES; i++)
		if (vnode[i].v_ref > 0 && vnode[i].v_vmnt == vmp)
			refs += vnode[i].v_ref;
	return refs > 2;
}

int do_umount(void)
{
	char path[PATH_MAX];
	struct vnode *vp;
	struct vmnt *vmp;
	int r;

	if (fp->fp_euid != 0)
		return -EPERM;
	r = fetch_path(m_in.m_vfs_path.path, m_in.m_vfs_path.path_len, path);
	if (r != OK || (r = lookup(fp, path, LOOK_FOLLOW, &vp, NULL)) != OK)
		return r;
	vmp = vp->v_vmnt;
	if (vmp == NULL || vp != vmp->m_root || vmp->m_covered == NULL)
		r = -EINVAL;		/* not a mount, or the root */
	else if (busy(vmp))
		r = -EBUSY;
	put_vnode(vp);
	if (r != OK)
		return r;
	(void) req_simple(vmp, REQ_SYNC);
	put_vnode(vmp->m_root);
	(void) req_simple(vmp, REQ_UNMOUNT);
	vmp->m_covered->v_mounted = NULL;
	put_vnode(vmp->m_covered);
	vmp->m_in_use = false;
	return OK;
}

void sync_all(void)
{
	int i;

	for (i = 0; i < NR_VMNTS; i++)
		if (vmnt[i].m_in_use)
			(void) req_simple(&vmnt[i], REQ_SYNC);
}

int do_sync(void)
{
	sync_all();
	return OK;
}

int do_fsync(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_fd.fd);

	if (f == NULL)
		return -EBADF;
	if (f->f_vno->v_vmnt == NULL)
		return -EINVAL;
	return req_simple(f->f_vno->v_vmnt, REQ_SYNC);
}

int do_getmounts(void)
{
	struct vfs_mountinfo mi;
	uint32_t room = m_in.m_vfs_getmounts.len / sizeof(mi), n = 0;
	int i, r;

	for (i = 0; i < NR_VMNTS && n < room; i++) {
		if (!vmnt[i].m_in_use)
			continue;
		memset(&mi, 0, sizeof(mi));
		strcpy(mi.mi_special, vmnt[i].m_special);
		strcpy(mi.mi_target, vmnt[i].m_target);
		strcpy(mi.mi_label, vmnt[i].m_label);
		mi.mi_dev = vmnt[i].m_dev;
		mi.mi_flags = vmnt[i].m_flags;
		r = sys_vircopy(SELF, (vir_bytes) &mi, fp->fp_endpoint,
			m_in.m_vfs_getmounts.buf + n * sizeof(mi), sizeof(mi));
		if (r != OK)
			return -EFAULT;
		n++;
	}
	return n;
}

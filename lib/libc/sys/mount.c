/*
 * mount.c - attaching file systems (VFS).  The file server must already
 * run under `label` (mount(8) starts it with the service command).
 */
#include <sys/mount.h>
#include <minix/sysinfo.h>
#include "syscall.h"

int mount(const char *special, const char *target, const char *label,
	int flags)
{
	message m;

	msg_clear(&m);
	m.m_vfs_mount.special = (vir_bytes) special;
	m.m_vfs_mount.special_len = 0;	/* VFS finds the end */
	m.m_vfs_mount.target = (vir_bytes) target;
	m.m_vfs_mount.target_len = 0;	/* VFS finds the end */
	m.m_vfs_mount.label = (vir_bytes) label;
	m.m_vfs_mount.label_len = 0;	/* VFS finds the end */
	m.m_vfs_mount.flags = flags;
	return _syscall(VFS, VFS_MOUNT, &m) < 0 ? -1 : 0;
}

int umount(const char *target)
{
	message m;

	msg_clear(&m);
	m.m_vfs_path.path = (vir_bytes) target;
	m.m_vfs_path.path_len = 0;	/* VFS finds the end */
	return _syscall(VFS, VFS_UMOUNT, &m) < 0 ? -1 : 0;
}

/* The mount table (mount and df without arguments); returns entries. */
int getmounts(struct vfs_mountinfo *buf, int n)
{
	message m;

	msg_clear(&m);
	m.m_vfs_getmounts.buf = (vir_bytes) buf;
	m.m_vfs_getmounts.len = n * sizeof(*buf);
	return _syscall(VFS, VFS_GETMOUNTS, &m);
}

/* VFS's tables in use (struct vfs_sysinfo): 0, or -1. */
int getvfsinfo(struct vfs_sysinfo *vi)
{
	message m;

	msg_clear(&m);
	m.m_vfs_getmounts.buf = (vir_bytes) vi;
	m.m_vfs_getmounts.len = sizeof(*vi);
	return _syscall(VFS, VFS_SYSINFO, &m) < 0 ? -1 : 0;
}

/*
 * link.c - names: rename, link, symlink (VFS).
 */
#include <unistd.h>
#include <stdio.h>
#include "syscall.h"

int rename(const char *from, const char *to)
{
	message m;

	msg_clear(&m);
	m.m_vfs_rename.old_path = (vir_bytes) from;
	m.m_vfs_rename.old_len = 0;	/* VFS finds the end */
	m.m_vfs_rename.new_path = (vir_bytes) to;
	m.m_vfs_rename.new_len = 0;
	return _syscall(VFS, VFS_RENAME, &m) < 0 ? -1 : 0;
}

int link(const char *from, const char *to)
{
	message m;

	msg_clear(&m);
	m.m_vfs_link.old_path = (vir_bytes) from;
	m.m_vfs_link.old_len = 0;	/* VFS finds the end */
	m.m_vfs_link.new_path = (vir_bytes) to;
	m.m_vfs_link.new_len = 0;
	return _syscall(VFS, VFS_LINK, &m) < 0 ? -1 : 0;
}

int symlink(const char *target, const char *path)
{
	message m;

	msg_clear(&m);
	m.m_vfs_symlink.target = (vir_bytes) target;
	m.m_vfs_symlink.target_len = 0;	/* VFS finds the end */
	m.m_vfs_symlink.path = (vir_bytes) path;
	m.m_vfs_symlink.path_len = 0;
	return _syscall(VFS, VFS_SYMLINK, &m) < 0 ? -1 : 0;
}

int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	if (errno == EISDIR || errno == EPERM)
		return rmdir(path);
	return -1;
}

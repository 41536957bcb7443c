/*
 * link.c - names: rename, link, symlink (VFS).
 */
#include <unistd.h>
#include <stdio.h>
#include "syscall.h"

static int two_paths(int call, const char *p1, const char *p2)
{
	message m;

	msg_clear(&m);
	m.m_vfs_path2.path1 = (vir_bytes) p1;
	m.m_vfs_path2.len1 = 0;	/* VFS finds the end */
	m.m_vfs_path2.path2 = (vir_bytes) p2;
	m.m_vfs_path2.len2 = 0;	/* VFS finds the end */
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int rename(const char *from, const char *to)
{
	return two_paths(VFS_RENAME, from, to);
}

int link(const char *from, const char *to)
{
	return two_paths(VFS_LINK, from, to);
}

int symlink(const char *target, const char *path)
{
	return two_paths(VFS_SYMLINK, target, path);
}

int remove(const char *path)
{
	if (unlink(path) == 0)
		return 0;
	if (errno == EISDIR || errno == EPERM)
		return rmdir(path);
	return -1;
}

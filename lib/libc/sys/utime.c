/*
 * utime.c - file times (VFS).
 */
#include <utime.h>
#include "syscall.h"

int utime(const char *path, const struct utimbuf *times)
{
	message m;

	msg_clear(&m);
	m.m_vfs_utime.path = (vir_bytes) path;
	m.m_vfs_utime.path_len = 0;	/* VFS finds the end */
	if (times == NULL) {
		m.m_vfs_utime.now = 1;
	} else {
		m.m_vfs_utime.atime = times->actime;
		m.m_vfs_utime.mtime = times->modtime;
	}
	return _syscall(VFS, VFS_UTIME, &m) < 0 ? -1 : 0;
}

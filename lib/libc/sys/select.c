/*
 * select.c - select(2), a call to VFS.
 *
 * The sets and the timeout are passed by address: VFS copies them itself,
 * so a bad pointer is an EFAULT and not a crash in here.
 */
#include <sys/select.h>
#include "syscall.h"

int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	struct timeval *timeout)
{
	message m;

	msg_clear(&m);
	m.m_vfs_select.nfds = nfds;
	m.m_vfs_select.readfds = (vir_bytes) readfds;
	m.m_vfs_select.writefds = (vir_bytes) writefds;
	m.m_vfs_select.exceptfds = (vir_bytes) exceptfds;
	m.m_vfs_select.timeout = (vir_bytes) timeout;
	return _syscall(VFS, VFS_SELECT, &m);
}

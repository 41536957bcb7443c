/*
 * poll.c - poll(2), a call to VFS, which copies the array itself.
 */
#include <poll.h>
#include "syscall.h"

int poll(struct pollfd *fds, nfds_t nfds, int timeout)
{
	message m;

	msg_clear(&m);
	m.m_vfs_poll.fds = (vir_bytes) fds;
	m.m_vfs_poll.nfds = nfds;
	m.m_vfs_poll.timeout = timeout;
	return _syscall(VFS, VFS_POLL, &m);
}

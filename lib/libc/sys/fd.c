/*
 * fd.c - file descriptor calls: dup, fcntl, pipe, ioctl and the rest that
 * take an fd (VFS).
 */
#include <unistd.h>
#include <fcntl.h>
#include <stdarg.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include "syscall.h"

/* A call whose only argument is a descriptor (m_vfs_fd). */
static int fd_call(int call, int fd)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fd.fd = fd;
	return _syscall(VFS, call, &m);
}

static int dup_call(int fd, int fd2)
{
	message m;

	msg_clear(&m);
	m.m_vfs_dup.fd = fd;
	m.m_vfs_dup.fd2 = fd2;
	return _syscall(VFS, VFS_DUP, &m);
}

int dup(int fd)
{
	return dup_call(fd, -1);
}

int dup2(int fd, int fd2)
{
	if (fd2 < 0) {
		errno = EBADF;
		return -1;
	}
	return dup_call(fd, fd2);
}

int fcntl(int fd, int cmd, ...)
{
	message m;
	va_list ap;

	msg_clear(&m);
	va_start(ap, cmd);
	m.m_vfs_fcntl.arg = va_arg(ap, int);	/* every command we have
						 * takes an int */
	va_end(ap);
	m.m_vfs_fcntl.fd = fd;
	m.m_vfs_fcntl.cmd = cmd;
	return _syscall(VFS, VFS_FCNTL, &m);
}

int pipe(int fds[2])
{
	message m;

	msg_clear(&m);
	if (_syscall(VFS, VFS_PIPE, &m) < 0)
		return -1;
	fds[0] = m.m_vfs_pipe_reply.read_fd;
	fds[1] = m.m_vfs_pipe_reply.write_fd;
	return 0;
}

int ioctl(int fd, unsigned long request, ...)
{
	message m;
	va_list ap;

	msg_clear(&m);
	va_start(ap, request);
	m.m_vfs_ioctl.arg = (vir_bytes) va_arg(ap, void *);
	va_end(ap);
	m.m_vfs_ioctl.fd = fd;
	m.m_vfs_ioctl.request = request;
	return _syscall(VFS, VFS_IOCTL, &m);
}

int fchdir(int fd)
{
	return fd_call(VFS_FCHDIR, fd) < 0 ? -1 : 0;
}

int fchmod(int fd, mode_t mode)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fchmod.fd = fd;
	m.m_vfs_fchmod.mode = mode;
	return _syscall(VFS, VFS_FCHMOD, &m) < 0 ? -1 : 0;
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fchown.fd = fd;
	m.m_vfs_fchown.uid = uid;
	m.m_vfs_fchown.gid = gid;
	return _syscall(VFS, VFS_FCHOWN, &m) < 0 ? -1 : 0;
}

mode_t umask(mode_t mask)
{
	message m;

	msg_clear(&m);
	m.m_vfs_umask.mask = mask & 0777;
	return _syscall(VFS, VFS_UMASK, &m);
}

int fsync(int fd)
{
	return fd_call(VFS_FSYNC, fd) < 0 ? -1 : 0;
}

void sync(void)
{
	message m;

	msg_clear(&m);
	(void) _syscall(VFS, VFS_SYNC, &m);
}

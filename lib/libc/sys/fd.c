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

static int fd_call(int call, int fd, int fd2, int cmd, int arg)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fd.fd = fd;
	m.m_vfs_fd.fd2 = fd2;
	m.m_vfs_fd.cmd = cmd;
	m.m_vfs_fd.arg = arg;
	return _syscall(VFS, call, &m);
}

int dup(int fd)
{
	return fd_call(VFS_DUP, fd, -1, 0, 0);
}

int dup2(int fd, int fd2)
{
	if (fd2 < 0) {
		errno = EBADF;
		return -1;
	}
	return fd_call(VFS_DUP, fd, fd2, 0, 0);
}

int fcntl(int fd, int cmd, ...)
{
	struct flock *fl = NULL;
	va_list ap;
	message m;
	int arg = 0;

	va_start(ap, cmd);
	if (cmd == F_GETLK || cmd == F_SETLK || cmd == F_SETLKW)
		fl = va_arg(ap, struct flock *);
	else
		arg = va_arg(ap, int);	/* the others take an int */
	va_end(ap);
	msg_clear(&m);
	m.m_vfs_fd.fd = fd;
	m.m_vfs_fd.cmd = cmd;
	m.m_vfs_fd.arg = arg;
	m.m_vfs_fd.flock = (vir_bytes) fl;
	return _syscall(VFS, VFS_FCNTL, &m);
}

int pipe(int fds[2])
{
	message m;

	msg_clear(&m);
	if (_syscall(VFS, VFS_PIPE, &m) < 0)
		return -1;
	fds[0] = m.m_vfs_fd.fd;
	fds[1] = m.m_vfs_fd.fd2;
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
	return fd_call(VFS_FCHDIR, fd, 0, 0, 0) < 0 ? -1 : 0;
}

int fchmod(int fd, mode_t mode)
{
	return fd_call(VFS_FCHMOD, fd, 0, 0, mode) < 0 ? -1 : 0;
}

int fchown(int fd, uid_t uid, gid_t gid)
{
	message m;

	msg_clear(&m);
	m.m_vfs_path.flags = fd;
	m.m_vfs_path.uid = uid;
	m.m_vfs_path.gid = gid;
	return _syscall(VFS, VFS_FCHOWN, &m) < 0 ? -1 : 0;
}

mode_t umask(mode_t mask)
{
	return fd_call(VFS_UMASK, 0, 0, 0, mask & 0777);
}

int fsync(int fd)
{
	return fd_call(VFS_FSYNC, fd, 0, 0, 0) < 0 ? -1 : 0;
}

void sync(void)
{
	message m;

	msg_clear(&m);
	(void) _syscall(VFS, VFS_SYNC, &m);
}

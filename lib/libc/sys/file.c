/*
 * file.c - opening, reading, writing and seeking (VFS).
 */
#include <unistd.h>
#include <fcntl.h>
#include <stdarg.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <dirent.h>
#include "syscall.h"

int open(const char *path, int flags, ...)
{
	message m;
	va_list ap;

	msg_clear(&m);
	m.m_vfs_open.path = (vir_bytes) path;
	m.m_vfs_open.path_len = 0;	/* VFS finds the end */
	m.m_vfs_open.flags = flags;
	if (flags & O_CREAT) {
		va_start(ap, flags);
		m.m_vfs_open.mode = va_arg(ap, int);
		va_end(ap);
	}
	return _syscall(VFS, VFS_OPEN, &m);
}

int creat(const char *path, mode_t mode)
{
	return open(path, O_WRONLY | O_CREAT | O_TRUNC, mode);
}

int close(int fd)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fd.fd = fd;
	return _syscall(VFS, VFS_CLOSE, &m) < 0 ? -1 : 0;
}

static ssize_t io_call(int call, int fd, const void *buf, size_t n)
{
	message m;

	msg_clear(&m);
	m.m_vfs_io.fd = fd;
	m.m_vfs_io.buf = (vir_bytes) buf;
	m.m_vfs_io.nbytes = n;
	return _syscall(VFS, call, &m);
}

ssize_t read(int fd, void *buf, size_t n)
{
	return io_call(VFS_READ, fd, buf, n);
}

/* A write to a pipe nobody reads fails with EPIPE and raises SIGPIPE. */
ssize_t write(int fd, const void *buf, size_t n)
{
	ssize_t r = io_call(VFS_WRITE, fd, buf, n);

	if (r < 0 && errno == EPIPE) {
		raise(SIGPIPE);
		errno = EPIPE;
	}
	return r;
}

ssize_t getdents(int fd, void *buf, size_t size)
{
	return io_call(VFS_GETDENTS, fd, buf, size);
}

int fstat(int fd, struct stat *st)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fstat.fd = fd;
	m.m_vfs_fstat.buf = (vir_bytes) st;
	return _syscall(VFS, VFS_FSTAT, &m) < 0 ? -1 : 0;
}

int fstatvfs(int fd, struct statvfs *st)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fstatvfs.fd = fd;
	m.m_vfs_fstatvfs.buf = (vir_bytes) st;
	return _syscall(VFS, VFS_FSTATVFS, &m) < 0 ? -1 : 0;
}

off_t lseek(int fd, off_t off, int whence)
{
	message m;

	msg_clear(&m);
	m.m_vfs_lseek.fd = fd;
	m.m_vfs_lseek.offset = off;
	m.m_vfs_lseek.whence = whence;
	if (_syscall(VFS, VFS_LSEEK, &m) < 0)
		return -1;
	return m.m_vfs_lseek_reply.pos;
}

int ftruncate(int fd, off_t len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_ftruncate.fd = fd;
	m.m_vfs_ftruncate.length = len;
	return _syscall(VFS, VFS_FTRUNCATE, &m) < 0 ? -1 : 0;
}

int truncate(const char *path, off_t len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_truncate.path = (vir_bytes) path;
	m.m_vfs_truncate.path_len = 0;	/* VFS finds the end */
	m.m_vfs_truncate.length = len;
	return _syscall(VFS, VFS_TRUNCATE, &m) < 0 ? -1 : 0;
}

static int stat_call(int call, const char *path, struct stat *st)
{
	message m;

	msg_clear(&m);
	m.m_vfs_stat.path = (vir_bytes) path;
	m.m_vfs_stat.path_len = 0;	/* VFS finds the end */
	m.m_vfs_stat.buf = (vir_bytes) st;
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int stat(const char *path, struct stat *st)
{
	return stat_call(VFS_STAT, path, st);
}

int lstat(const char *path, struct stat *st)
{
	return stat_call(VFS_LSTAT, path, st);
}

int statvfs(const char *path, struct statvfs *st)
{
	message m;

	msg_clear(&m);
	m.m_vfs_statvfs.path = (vir_bytes) path;
	m.m_vfs_statvfs.path_len = 0;	/* VFS finds the end */
	m.m_vfs_statvfs.buf = (vir_bytes) st;
	return _syscall(VFS, VFS_STATVFS, &m) < 0 ? -1 : 0;
}

int mkdir(const char *path, mode_t mode)
{
	message m;

	msg_clear(&m);
	m.m_vfs_mkdir.path = (vir_bytes) path;
	m.m_vfs_mkdir.path_len = 0;	/* VFS finds the end */
	m.m_vfs_mkdir.mode = mode;
	return _syscall(VFS, VFS_MKDIR, &m) < 0 ? -1 : 0;
}

int mknod(const char *path, mode_t mode, dev_t dev)
{
	message m;

	msg_clear(&m);
	m.m_vfs_mknod.path = (vir_bytes) path;
	m.m_vfs_mknod.path_len = 0;	/* VFS finds the end */
	m.m_vfs_mknod.mode = mode;
	m.m_vfs_mknod.dev = dev;
	return _syscall(VFS, VFS_MKNOD, &m) < 0 ? -1 : 0;
}

int mkfifo(const char *path, mode_t mode)
{
	return mknod(path, S_IFIFO | (mode & 07777), 0);
}

/* A call whose only argument is a path (m_vfs_path). */
static int path_call(int call, const char *path)
{
	message m;

	msg_clear(&m);
	m.m_vfs_path.path = (vir_bytes) path;
	m.m_vfs_path.path_len = 0;	/* VFS finds the end */
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int unlink(const char *path)
{
	return path_call(VFS_UNLINK, path);
}

int rmdir(const char *path)
{
	return path_call(VFS_RMDIR, path);
}

int chdir(const char *path)
{
	return path_call(VFS_CHDIR, path);
}

int access(const char *path, int mode)
{
	message m;

	msg_clear(&m);
	m.m_vfs_access.path = (vir_bytes) path;
	m.m_vfs_access.path_len = 0;	/* VFS finds the end */
	m.m_vfs_access.amode = mode;
	return _syscall(VFS, VFS_ACCESS, &m) < 0 ? -1 : 0;
}

int chmod(const char *path, mode_t mode)
{
	message m;

	msg_clear(&m);
	m.m_vfs_chmod.path = (vir_bytes) path;
	m.m_vfs_chmod.path_len = 0;	/* VFS finds the end */
	m.m_vfs_chmod.mode = mode;
	return _syscall(VFS, VFS_CHMOD, &m) < 0 ? -1 : 0;
}

static int chown_call(const char *path, uid_t uid, gid_t gid, int flags)
{
	message m;

	msg_clear(&m);
	m.m_vfs_chown.path = (vir_bytes) path;
	m.m_vfs_chown.path_len = 0;	/* VFS finds the end */
	m.m_vfs_chown.uid = uid;
	m.m_vfs_chown.gid = gid;
	m.m_vfs_chown.flags = flags;
	return _syscall(VFS, VFS_CHOWN, &m) < 0 ? -1 : 0;
}

int chown(const char *path, uid_t uid, gid_t gid)
{
	return chown_call(path, uid, gid, 0);
}

int lchown(const char *path, uid_t uid, gid_t gid)
{
	return chown_call(path, uid, gid, VFS_NOFOLLOW);
}

ssize_t readlink(const char *path, char *buf, size_t size)
{
	message m;

	msg_clear(&m);
	m.m_vfs_readlink.path = (vir_bytes) path;
	m.m_vfs_readlink.path_len = 0;	/* VFS finds the end */
	m.m_vfs_readlink.buf = (vir_bytes) buf;
	m.m_vfs_readlink.size = size;
	return _syscall(VFS, VFS_READLINK, &m);
}

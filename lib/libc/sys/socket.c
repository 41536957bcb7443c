/*
 * socket.c - the socket calls, messages to VFS (which hands each to the
 * socket's driver).
 *
 * Addresses and lengths go by address: VFS copies them itself, so a bad
 * pointer is an EFAULT and not a crash in here.  A send to a stream
 * whose other end is gone fails with EPIPE and raises SIGPIPE, unless
 * MSG_NOSIGNAL says not to.
 */
#include <signal.h>
#include <stdlib.h>
#include <sys/socket.h>
#include "syscall.h"

int socket(int domain, int type, int protocol)
{
	message m;

	msg_clear(&m);
	m.m_vfs_socket.domain = domain;
	m.m_vfs_socket.type = type;
	m.m_vfs_socket.protocol = protocol;
	return _syscall(VFS, VFS_SOCKET, &m);
}

/* No domain makes connected pairs (there is no AF_UNIX). */
int socketpair(int domain, int type, int protocol, int fds[2])
{
	errno = domain == AF_UNIX ? EAFNOSUPPORT : EOPNOTSUPP;
	return -1;
}

static int addr_call(int call, int fd, const struct sockaddr *addr,
	socklen_t len, socklen_t *lenp, int flags)
{
	message m;

	msg_clear(&m);
	m.m_vfs_sockaddr.fd = fd;
	m.m_vfs_sockaddr.addr = (vir_bytes) addr;
	m.m_vfs_sockaddr.addr_len = len;
	m.m_vfs_sockaddr.addr_lenp = (vir_bytes) lenp;
	m.m_vfs_sockaddr.flags = flags;
	return _syscall(VFS, call, &m);
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return addr_call(VFS_BIND, fd, addr, len, NULL, 0) < 0 ? -1 : 0;
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return addr_call(VFS_CONNECT, fd, addr, len, NULL, 0) < 0 ? -1 : 0;
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	return addr_call(VFS_ACCEPT, fd, addr, 0, len, flags);
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return accept4(fd, addr, len, 0);
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return addr_call(VFS_GETSOCKNAME, fd, addr, 0, len, 0) < 0 ? -1 : 0;
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	return addr_call(VFS_GETPEERNAME, fd, addr, 0, len, 0) < 0 ? -1 : 0;
}

static int fd_arg_call(int call, int fd, int arg)
{
	message m;

	msg_clear(&m);
	m.m_vfs_fd.fd = fd;
	m.m_vfs_fd.arg = arg;
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int listen(int fd, int backlog)
{
	return fd_arg_call(VFS_LISTEN, fd, backlog);
}

int shutdown(int fd, int how)
{
	return fd_arg_call(VFS_SHUTDOWN, fd, how);
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	const struct sockaddr *to, socklen_t tolen)
{
	message m;
	ssize_t r;

	msg_clear(&m);
	m.m_vfs_sendrecv.fd = fd;
	m.m_vfs_sendrecv.buf = (vir_bytes) buf;
	m.m_vfs_sendrecv.len = len;
	m.m_vfs_sendrecv.flags = flags;
	m.m_vfs_sendrecv.addr = (vir_bytes) to;
	m.m_vfs_sendrecv.addr_len = tolen;
	r = _syscall(VFS, VFS_SENDTO, &m);
	if (r < 0 && errno == EPIPE && !(flags & MSG_NOSIGNAL)) {
		raise(SIGPIPE);
		errno = EPIPE;
	}
	return r;
}

ssize_t send(int fd, const void *buf, size_t len, int flags)
{
	return sendto(fd, buf, len, flags, NULL, 0);
}

ssize_t recvfrom(int fd, void *buf, size_t len, int flags,
	struct sockaddr *from, socklen_t *fromlen)
{
	message m;

	msg_clear(&m);
	m.m_vfs_sendrecv.fd = fd;
	m.m_vfs_sendrecv.buf = (vir_bytes) buf;
	m.m_vfs_sendrecv.len = len;
	m.m_vfs_sendrecv.flags = flags;
	m.m_vfs_sendrecv.addr = (vir_bytes) from;
	m.m_vfs_sendrecv.addr_lenp = (vir_bytes) fromlen;
	return _syscall(VFS, VFS_RECVFROM, &m);
}

ssize_t recv(int fd, void *buf, size_t len, int flags)
{
	return recvfrom(fd, buf, len, flags, NULL, NULL);
}

int setsockopt(int fd, int level, int name, const void *val, socklen_t len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_sockopt.fd = fd;
	m.m_vfs_sockopt.level = level;
	m.m_vfs_sockopt.name = name;
	m.m_vfs_sockopt.val = (vir_bytes) val;
	m.m_vfs_sockopt.len = len;
	return _syscall(VFS, VFS_SETSOCKOPT, &m) < 0 ? -1 : 0;
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_sockopt.fd = fd;
	m.m_vfs_sockopt.level = level;
	m.m_vfs_sockopt.name = name;
	m.m_vfs_sockopt.val = (vir_bytes) val;
	m.m_vfs_sockopt.lenp = (vir_bytes) len;
	return _syscall(VFS, VFS_GETSOCKOPT, &m) < 0 ? -1 : 0;
}

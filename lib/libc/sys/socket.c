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

/* bind and connect: an address the call reads. */
static int bind_call(int call, int fd, const struct sockaddr *addr,
	socklen_t len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_bind.fd = fd;
	m.m_vfs_bind.addr = (vir_bytes) addr;
	m.m_vfs_bind.addr_len = len;
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
	return bind_call(VFS_BIND, fd, addr, len);
}

int connect(int fd, const struct sockaddr *addr, socklen_t len)
{
	return bind_call(VFS_CONNECT, fd, addr, len);
}

int accept4(int fd, struct sockaddr *addr, socklen_t *len, int flags)
{
	message m;

	msg_clear(&m);
	m.m_vfs_accept.fd = fd;
	m.m_vfs_accept.addr = (vir_bytes) addr;
	m.m_vfs_accept.addr_lenp = (vir_bytes) len;
	m.m_vfs_accept.flags = flags;
	return _syscall(VFS, VFS_ACCEPT, &m);
}

int accept(int fd, struct sockaddr *addr, socklen_t *len)
{
	return accept4(fd, addr, len, 0);
}

/* getsockname and getpeername: an address the call writes. */
static int name_call(int call, int fd, struct sockaddr *addr,
	socklen_t *len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_getsockname.fd = fd;
	m.m_vfs_getsockname.addr = (vir_bytes) addr;
	m.m_vfs_getsockname.addr_lenp = (vir_bytes) len;
	return _syscall(VFS, call, &m) < 0 ? -1 : 0;
}

int getsockname(int fd, struct sockaddr *addr, socklen_t *len)
{
	return name_call(VFS_GETSOCKNAME, fd, addr, len);
}

int getpeername(int fd, struct sockaddr *addr, socklen_t *len)
{
	return name_call(VFS_GETPEERNAME, fd, addr, len);
}

int listen(int fd, int backlog)
{
	message m;

	msg_clear(&m);
	m.m_vfs_listen.fd = fd;
	m.m_vfs_listen.backlog = backlog;
	return _syscall(VFS, VFS_LISTEN, &m) < 0 ? -1 : 0;
}

int shutdown(int fd, int how)
{
	message m;

	msg_clear(&m);
	m.m_vfs_shutdown.fd = fd;
	m.m_vfs_shutdown.how = how;
	return _syscall(VFS, VFS_SHUTDOWN, &m) < 0 ? -1 : 0;
}

ssize_t sendto(int fd, const void *buf, size_t len, int flags,
	const struct sockaddr *to, socklen_t tolen)
{
	message m;
	ssize_t r;

	msg_clear(&m);
	m.m_vfs_sendto.fd = fd;
	m.m_vfs_sendto.buf = (vir_bytes) buf;
	m.m_vfs_sendto.len = len;
	m.m_vfs_sendto.flags = flags;
	m.m_vfs_sendto.addr = (vir_bytes) to;
	m.m_vfs_sendto.addr_len = tolen;
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
	m.m_vfs_recvfrom.fd = fd;
	m.m_vfs_recvfrom.buf = (vir_bytes) buf;
	m.m_vfs_recvfrom.len = len;
	m.m_vfs_recvfrom.flags = flags;
	m.m_vfs_recvfrom.addr = (vir_bytes) from;
	m.m_vfs_recvfrom.addr_lenp = (vir_bytes) fromlen;
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
	m.m_vfs_setsockopt.fd = fd;
	m.m_vfs_setsockopt.level = level;
	m.m_vfs_setsockopt.name = name;
	m.m_vfs_setsockopt.val = (vir_bytes) val;
	m.m_vfs_setsockopt.len = len;
	return _syscall(VFS, VFS_SETSOCKOPT, &m) < 0 ? -1 : 0;
}

int getsockopt(int fd, int level, int name, void *val, socklen_t *len)
{
	message m;

	msg_clear(&m);
	m.m_vfs_getsockopt.fd = fd;
	m.m_vfs_getsockopt.level = level;
	m.m_vfs_getsockopt.name = name;
	m.m_vfs_getsockopt.val = (vir_bytes) val;
	m.m_vfs_getsockopt.lenp = (vir_bytes) len;
	return _syscall(VFS, VFS_GETSOCKOPT, &m) < 0 ? -1 : 0;
}

/*
 * socket.c - the socket calls: socket, bind, connect, listen, accept,
 * sendto, recvfrom, shutdown, getsockname, getpeername, setsockopt,
 * getsockopt; and read, write and ioctl on a socket.
 *
 * VFS checks what it can itself (the descriptor, the lengths it has to
 * copy, room for a new descriptor) and makes grants of the caller's
 * buffers for the socket's driver; the driver checks the rest and
 * answers (sdev.c).  The caller waits for the answer, as for a terminal.
 * A socket whose driver instance is gone fails every call with
 * ECONNRESET; closing it always works.
 */
#include <string.h>
#include <sys/socket.h>
#include <sys/ioctl.h>
#include "vfs.h"

#define SOCKADDR_MAX	128	/* sizeof(struct sockaddr_storage) */
#define SOCKOPT_MAX	256	/* the largest option value */
#define MAX_IO		0x7FFFFFFF

/* The socket open at fd: -EBADF, -ENOTSOCK. */
static int sock_of(int fd, struct filp **fpp)
{
	struct filp *f = get_filp(fp, fd);

	if (f == NULL)
		return -EBADF;
	if (!S_ISSOCK(f->f_vno->v_mode))
		return -ENOTSOCK;
	*fpp = f;
	return OK;
}

/* A grant of the caller's len bytes at addr for the socket's driver;
 * GRANT_INVALID when there are none. */
static int user_grant(struct fproc *rfp, struct vnode *vp, vir_bytes addr,
	size_t len, int access, cp_grant_id_t *gp)
{
	*gp = GRANT_INVALID;
	if (len == 0)
		return OK;
	if (addr == 0)
		return -EFAULT;
	*gp = cpf_grant_magic(vp->v_sock_ep, rfp->fp_endpoint, addr, len,
		access);
	return *gp < 0 ? *gp : OK;
}

/* The caller's socklen_t at lenp. */
static int get_len(vir_bytes lenp, uint32_t *len)
{
	if (lenp == 0 || sys_vircopy(fp->fp_endpoint, lenp, SELF,
	    (vir_bytes) len, sizeof(*len)) != OK)
		return -EFAULT;
	return OK;
}

/* The header flags of a request on f: MSG_* and whether to wait. */
static uint32_t req_flags(const struct filp *f, int msgflags)
{
	uint32_t flags = (uint32_t) msgflags & 0xFFFF;

	if ((f->f_flags & O_NONBLOCK) || (msgflags & MSG_DONTWAIT))
		flags |= SDEV_NONBLOCK;
	return flags;
}

static void clear_wait(void)
{
	fp->fp_sock_fd = -1;
	fp->fp_sock_lenp = 0;
}

/* A descriptor for a new socket of domain dom (SOCK_NONBLOCK and
 * SOCK_CLOEXEC in flags); the driver names it later. */
static int new_sock_fd(int dom, int flags, int *fdp)
{
	struct vnode *vp;
	struct filp *f;
	int r;

	if ((vp = new_sock_vnode(dom)) == NULL)
		return -ENFILE;
	f = new_filp(fp, vp,
	    O_RDWR | ((flags & SOCK_NONBLOCK) ? O_NONBLOCK : 0));
	if (f == NULL) {
		put_vnode(vp);
		return -ENFILE;
	}
	if ((r = install_fd(fp, f, fdp)) != OK) {
		f->f_count = 0;
		put_vnode(vp);
		return r;
	}
	if (flags & SOCK_CLOEXEC)
		fp->fp_cloexec |= 1ull << *fdp;
	return OK;
}

int do_socket(void)
{
	const struct m_vfs_socket *a = &m_in.m_vfs_socket;
	int extra = a->type & ~SOCK_TYPE_MASK, dom, fd, r;
	message m;

	if (extra & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return -EINVAL;
	if ((dom = sdev_domain(a->domain)) < 0)
		return -EAFNOSUPPORT;
	if ((r = new_sock_fd(dom, extra, &fd)) != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_create.domain = a->domain;
	m.m_sdev_create.type = a->type & SOCK_TYPE_MASK;
	m.m_sdev_create.protocol = a->protocol;
	return sdev_create(fp, fd, &m);
}

/* bind and connect: an address for the driver to read. */
static int addr_in_call(int type)
{
	const struct m_vfs_bind *a = &m_in.m_vfs_bind;
	struct filp *f;
	cp_grant_id_t g;
	message m;
	int r;

	if ((r = sock_of(a->fd, &f)) != OK)
		return r;
	if (a->addr_len > SOCKADDR_MAX)
		return -EINVAL;
	r = user_grant(fp, f->f_vno, a->addr, a->addr_len, CPF_READ, &g);
	if (r != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_addr.h.flags = req_flags(f, 0);
	m.m_sdev_addr.grant = g;
	m.m_sdev_addr.len = a->addr_len;
	clear_wait();
	return sdev_request(fp, f->f_vno, type, &m, g, GRANT_INVALID);
}

int do_bind(void)
{
	return addr_in_call(SDEV_BIND);
}

int do_connect(void)
{
	return addr_in_call(SDEV_CONNECT);
}

/* listen and shutdown: m, which holds one number, to fd's driver. */
static int simple_call(int fd, int type, message *m)
{
	struct filp *f;
	int r;

	if ((r = sock_of(fd, &f)) != OK)
		return r;
	clear_wait();
	return sdev_request(fp, f->f_vno, type, m, GRANT_INVALID,
		GRANT_INVALID);
}

int do_listen(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sdev_listen.backlog = m_in.m_vfs_listen.backlog;
	return simple_call(m_in.m_vfs_listen.fd, SDEV_LISTEN, &m);
}

int do_shutdown(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_sdev_shutdown.how = m_in.m_vfs_shutdown.how;
	return simple_call(m_in.m_vfs_shutdown.fd, SDEV_SHUTDOWN, &m);
}

/* The room the caller has for an address (0 without one). */
static int addr_room(vir_bytes addr, vir_bytes lenp, uint32_t *room)
{
	int r;

	*room = 0;
	if (addr == 0)
		return OK;
	if ((r = get_len(lenp, room)) != OK)
		return r;
	if ((int32_t) *room < 0)
		return -EINVAL;
	if (*room > SOCKADDR_MAX)
		*room = SOCKADDR_MAX;
	return OK;
}

/* accept: the new socket's descriptor is made first, so that a full
 * table fails the call before a connection is taken off the queue. */
int do_accept(void)
{
	const struct m_vfs_accept *a = &m_in.m_vfs_accept;
	struct filp *f;
	cp_grant_id_t g;
	uint32_t room;
	message m;
	int fd, r;

	if ((r = sock_of(a->fd, &f)) != OK)
		return r;
	if (a->flags & ~(SOCK_NONBLOCK | SOCK_CLOEXEC))
		return -EINVAL;
	if (!sdev_alive(f->f_vno))
		return -ECONNRESET;
	if ((r = addr_room(a->addr, a->addr_lenp, &room)) != OK)
		return r;
	if ((r = new_sock_fd(f->f_vno->v_sock_dom, a->flags, &fd)) != OK)
		return r;
	if ((r = user_grant(fp, f->f_vno, a->addr, room, CPF_WRITE, &g)) != OK) {
		drop_fd(fp, fd);
		return r;
	}
	memset(&m, 0, sizeof(m));
	m.m_sdev_addr.h.flags = req_flags(f, 0);
	m.m_sdev_addr.grant = g;
	m.m_sdev_addr.len = room;
	fp->fp_sock_fd = fd;
	fp->fp_sock_lenp = a->addr != 0 ? a->addr_lenp : 0;
	r = sdev_request(fp, f->f_vno, SDEV_ACCEPT, &m, g, GRANT_INVALID);
	if (r != -EDONTREPLY)
		drop_fd(fp, fd);
	return r;
}

/* The socket fd, and a grant of the caller's buffer buf for the driver
 * to write into: as many bytes as the caller's length at lenp says, at
 * most max (the call's largest answer). */
static int answer_buffer(int fd, vir_bytes lenp, vir_bytes buf, uint32_t max,
	struct filp **fpp, uint32_t *roomp, cp_grant_id_t *gp)
{
	int r;

	if ((r = sock_of(fd, fpp)) != OK)
		return r;
	if ((r = get_len(lenp, roomp)) != OK)
		return r;
	if ((int32_t) *roomp < 0)
		return -EINVAL;
	if (*roomp > max)
		*roomp = max;
	return user_grant(fp, (*fpp)->f_vno, buf, *roomp, CPF_WRITE, gp);
}

/* getsockname, getpeername: an address for the driver to write. */
static int addr_out_call(int type)
{
	const struct m_vfs_getsockname *a = &m_in.m_vfs_getsockname;
	struct filp *f;
	cp_grant_id_t g;
	uint32_t room;
	message m;
	int r;

	r = answer_buffer(a->fd, a->addr_lenp, a->addr, SOCKADDR_MAX, &f,
		&room, &g);
	if (r != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_addr.grant = g;
	m.m_sdev_addr.len = room;
	clear_wait();
	fp->fp_sock_lenp = a->addr_lenp;
	return sdev_request(fp, f->f_vno, type, &m, g, GRANT_INVALID);
}

int do_getsockname(void)
{
	return addr_out_call(SDEV_GETSOCKNAME);
}

int do_getpeername(void)
{
	return addr_out_call(SDEV_GETPEERNAME);
}

/* A send or a recv of len bytes at buf; addr, addr_len: sendto's
 * destination (write) or recvfrom's room for the source (read). */
static int io_call(struct filp *f, int write, vir_bytes buf, size_t len,
	int flags, vir_bytes addr, uint32_t addr_len)
{
	cp_grant_id_t g, ga;
	message m;
	int r;

	if (len > MAX_IO || addr_len > SOCKADDR_MAX)
		return -EINVAL;
	r = user_grant(fp, f->f_vno, buf, len, write ? CPF_READ : CPF_WRITE,
		&g);
	if (r != OK)
		return r;
	r = user_grant(fp, f->f_vno, addr, addr != 0 ? addr_len : 0,
		write ? CPF_READ : CPF_WRITE, &ga);
	if (r != OK) {
		if (g != GRANT_INVALID)
			cpf_revoke(g);
		return r;
	}
	memset(&m, 0, sizeof(m));
	m.m_sdev_io.h.flags = req_flags(f, flags);
	m.m_sdev_io.grant = g;
	m.m_sdev_io.len = len;
	m.m_sdev_io.addr_grant = ga;
	m.m_sdev_io.addr_len = addr != 0 ? addr_len : 0;
	return sdev_request(fp, f->f_vno, write ? SDEV_SEND : SDEV_RECV, &m,
		g, ga);
}

int do_sendto(void)
{
	const struct m_vfs_sendto *a = &m_in.m_vfs_sendto;
	struct filp *f;
	int r;

	if ((r = sock_of(a->fd, &f)) != OK)
		return r;
	clear_wait();
	return io_call(f, 1, a->buf, a->len, a->flags, a->addr, a->addr_len);
}

int do_recvfrom(void)
{
	const struct m_vfs_recvfrom *a = &m_in.m_vfs_recvfrom;
	struct filp *f;
	uint32_t room = 0;
	int r;

	if ((r = sock_of(a->fd, &f)) != OK)
		return r;
	if (a->addr != 0 && a->addr_lenp != 0
	    && (r = addr_room(a->addr, a->addr_lenp, &room)) != OK)
		return r;
	clear_wait();
	if (room > 0)
		fp->fp_sock_lenp = a->addr_lenp;
	return io_call(f, 0, a->buf, a->len, a->flags,
		room > 0 ? a->addr : 0, room);
}

/* read() and write() on a socket: recv and send without flags. */
int sock_rw(struct fproc *rfp, struct filp *f, int write, vir_bytes buf,
	size_t nbytes)
{
	clear_wait();
	return io_call(f, write, buf, nbytes, 0, 0, 0);
}

int do_setsockopt(void)
{
	const struct m_vfs_setsockopt *a = &m_in.m_vfs_setsockopt;
	struct filp *f;
	cp_grant_id_t g;
	message m;
	int r;

	if ((r = sock_of(a->fd, &f)) != OK)
		return r;
	if (a->len > SOCKOPT_MAX)
		return -EINVAL;
	if ((r = user_grant(fp, f->f_vno, a->val, a->len, CPF_READ, &g)) != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_opt.level = a->level;
	m.m_sdev_opt.name = a->name;
	m.m_sdev_opt.grant = g;
	m.m_sdev_opt.len = a->len;
	clear_wait();
	return sdev_request(fp, f->f_vno, SDEV_SETSOCKOPT, &m, g,
		GRANT_INVALID);
}

int do_getsockopt(void)
{
	const struct m_vfs_getsockopt *a = &m_in.m_vfs_getsockopt;
	struct filp *f;
	cp_grant_id_t g;
	uint32_t room;
	message m;
	int r;

	r = answer_buffer(a->fd, a->lenp, a->val, SOCKOPT_MAX, &f, &room, &g);
	if (r != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_opt.level = a->level;
	m.m_sdev_opt.name = a->name;
	m.m_sdev_opt.grant = g;
	m.m_sdev_opt.len = room;
	clear_wait();
	fp->fp_sock_lenp = a->lenp;
	return sdev_request(fp, f->f_vno, SDEV_GETSOCKOPT, &m, g,
		GRANT_INVALID);
}

/* An ioctl on a socket: its number says the argument's size and
 * direction (<sys/ioctl.h>). */
int sock_ioctl(struct fproc *rfp, struct filp *f, unsigned long request,
	vir_bytes arg)
{
	size_t size = _IOC_SIZE(request);
	int access = ((request & _IOC_IN) ? CPF_READ : 0)
		| ((request & _IOC_OUT) ? CPF_WRITE : 0);
	cp_grant_id_t g;
	message m;
	int r;

	r = user_grant(rfp, f->f_vno, arg, access != 0 ? size : 0, access, &g);
	if (r != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_sdev_ioctl.request = request;
	m.m_sdev_ioctl.grant = g;
	clear_wait();
	return sdev_request(rfp, f->f_vno, SDEV_IOCTL, &m, g, GRANT_INVALID);
}

/*
 * read.c - read, write, getdents and lseek.
 *
 * What a read or write does depends on what the descriptor names: a file
 * goes to its file server, a pipe stays in VFS, a device goes to its
 * driver, a socket to its socket driver (socket.c).  File data moves between the file server and the program
 * directly, through a magic grant of the program's buffer.
 */
#include <string.h>
#include "vfs.h"

#define MAX_IO	0x7FFFFFFF

static bool can(struct filp *f, int write)
{
	int mode = f->f_flags & O_ACCMODE;

	return write ? mode != O_RDONLY : mode != O_WRONLY;
}

static int file_rw(struct fproc *rfp, struct filp *f, int write,
	vir_bytes buf, size_t nbytes)
{
	struct vnode *vp = f->f_vno;
	struct m_fs_io_reply out;
	int r;

	if (write && (f->f_flags & O_APPEND))
		f->f_pos = vp->v_size;
	if (!write && f->f_pos >= vp->v_size)
		return 0;
	r = req_grant_io(vp->v_vmnt, write ? REQ_WRITE : REQ_READ, vp->v_ino,
		f->f_pos, rfp->fp_endpoint, buf, nbytes,
		write ? CPF_READ : CPF_WRITE,
		rfp->fp_euid == 0 ? FS_IO_ROOT : 0, &out);
	if (r < 0)
		return r;
	f->f_pos = out.pos;
	vp->v_size = out.size;
	return out.count;
}

int rw_file(struct fproc *rfp, int fd, int write, vir_bytes buf,
	size_t nbytes)
{
	struct filp *f = get_filp(rfp, fd);
	struct vnode *vp;
	int r;

	if (f == NULL || !can(f, write))
		return -EBADF;
	if (nbytes > MAX_IO)
		return -EINVAL;
	vp = f->f_vno;
	if (vp->v_pipe != NULL)
		return pipe_rw(rfp, f, write, buf, nbytes);
	if (S_ISSOCK(vp->v_mode))
		return sock_rw(rfp, f, write, buf, nbytes);
	if (S_ISCHR(vp->v_mode))
		return cdev_io(rfp, f, write ? CDEV_WRITE : CDEV_READ, buf,
			nbytes);
	if (nbytes == 0)
		return 0;
	if (S_ISBLK(vp->v_mode)) {
		r = bdev_io(rfp, write, vp->v_rdev, f->f_pos, buf, nbytes);
		if (r > 0)
			f->f_pos += r;
		return r;
	}
	if (S_ISDIR(vp->v_mode))
		return -EISDIR;
	return file_rw(rfp, f, write, buf, nbytes);
}

int do_read(void)
{
	return rw_file(fp, m_in.m_vfs_io.fd, 0, m_in.m_vfs_io.buf,
		m_in.m_vfs_io.nbytes);
}

int do_write(void)
{
	return rw_file(fp, m_in.m_vfs_io.fd, 1, m_in.m_vfs_io.buf,
		m_in.m_vfs_io.nbytes);
}

int do_getdents(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_io.fd);
	struct m_fs_io_reply out;
	struct vnode *vp;
	int r;

	if (f == NULL || !can(f, 0))
		return -EBADF;
	vp = f->f_vno;
	if (!S_ISDIR(vp->v_mode))
		return -ENOTDIR;
	if (m_in.m_vfs_io.nbytes > MAX_IO)
		return -EINVAL;
	r = req_grant_io(vp->v_vmnt, REQ_GETDENTS, vp->v_ino, f->f_pos,
		fp->fp_endpoint, m_in.m_vfs_io.buf, m_in.m_vfs_io.nbytes,
		CPF_WRITE, 0, &out);
	if (r < 0)
		return r;
	f->f_pos = out.pos;
	return out.count;
}

int do_lseek(void)
{
	struct filp *f = get_filp(fp, m_in.m_vfs_lseek.fd);
	off_t base, pos;
	message m;

	if (f == NULL)
		return -EBADF;
	if (f->f_vno->v_pipe != NULL || S_ISSOCK(f->f_vno->v_mode))
		return -ESPIPE;
	switch (m_in.m_vfs_lseek.whence) {
	case SEEK_SET: base = 0; break;
	case SEEK_CUR: base = f->f_pos; break;
	case SEEK_END: base = f->f_vno->v_size; break;
	default: return -EINVAL;
	}
	pos = base + m_in.m_vfs_lseek.offset;
	if (pos < 0 || (m_in.m_vfs_lseek.offset > 0 && pos < base))
		return -EINVAL;
	f->f_pos = pos;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_vfs_lseek_reply.pos = pos;
	reply_msg(fp, &m);
	return -EDONTREPLY;
}

/*
 * vfs.h - the virtual file system server's declarations.
 *
 * VFS owns what is common to all files: names (path lookup across mounts
 * and symbolic links), permissions, open files and their positions,
 * pipes, and the map from device numbers to drivers.  File servers (MFS)
 * own inodes; VFS holds references to them through vnodes.
 */
#ifndef _VFS_VFS_H
#define _VFS_VFS_H

#include <assert.h>
#include <stdbool.h>
#include <limits.h>
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/ds.h>

#define NR_VNODES	512
#define NR_FILPS	512
#define NR_ROOT_FILPS	16	/* of them, only root may take the last */
#define NR_VMNTS	16
#define NR_MAJORS	32
#define PIPE_SIZE	4096

#define major(d)	(((d) >> 8) & 0xFF)
#define minor(d)	((d) & 0xFF)
#define makedev(a, b)	(((a) << 8) | (b))

/* An anonymous pipe has no inode, so VFS keeps what stat tells of it:
 * a number of its own on the pipe device, and its times. */
#define PIPE_DEV	((dev_t) 0xFFFF)	/* no device's (majors are
						 * below NR_MAJORS) */

struct pipe {
	char p_buf[PIPE_SIZE];
	size_t p_start;			/* oldest byte */
	size_t p_count;			/* bytes in the buffer */
	int p_readers;			/* filps open for reading */
	int p_writers;
	ino_t p_ino;			/* anonymous pipes: st_ino */
	time_t p_atime, p_mtime, p_ctime;	/* read; written; both */
	struct fproc *p_waiters;	/* suspended on it, oldest first */
	unsigned p_times_due;		/* PIPE_*_DUE: marked for update */
};

#define PIPE_ATIME_DUE	0x1		/* read: atime */
#define PIPE_MTIME_DUE	0x2		/* written: mtime and ctime */

struct vmnt;

struct vnode {
	int v_ref;			/* VFS's references; 0: free */
	struct vmnt *v_vmnt;		/* where it lives (NULL: a pipe) */
	ino_nr_t v_ino;
	int v_fs_refs;			/* references held at the file server */
	mode_t v_mode;
	uid_t v_uid;
	gid_t v_gid;
	off_t v_size;
	dev_t v_rdev;			/* device nodes */
	nlink_t v_nlinks;
	struct vmnt *v_mounted;		/* a file system mounted on it */
	struct pipe *v_pipe;		/* pipes and FIFOs */
	int v_sock;			/* sockets: the driver's id for it,
					 * -1 until the driver answers */
	int v_sock_dom;			/* sockets: the domain (sdev.c) */
	endpoint_t v_sock_ep;		/* sockets: the driver instance that
					 * holds it */
	struct vnode *v_hash_next;	/* on a file server: next in its
					 * hash chain (vnode.c) */
	int v_nr_locks;			/* record locks on it (lock.c): a
					 * close of a file with none need
					 * not search the lock table */
};

struct vmnt {
	bool m_in_use;
	dev_t m_dev;
	endpoint_t m_fs;		/* its file server */
	char m_label[RS_LABEL_LEN];
	struct vnode *m_root;
	struct vnode *m_covered;	/* the directory it is mounted on */
	int m_flags;			/* MNT_RDONLY, _NODEV, _NOSUID */
	char m_special[64];
	char m_target[64];
};

/* A record lock (lock.c). */
struct file_lock {
	struct vnode *l_vno;		/* NULL: the slot is free */
	struct fproc *l_owner;
	int l_type;			/* F_RDLCK or F_WRLCK */
	off_t l_start, l_end;		/* bytes l_start to l_end, inclusive */
};

struct filp {
	int f_count;			/* descriptors sharing it; 0: free */
	struct vnode *f_vno;
	int f_flags;			/* O_* as opened, less O_CREAT etc. */
	off_t f_pos;
};

/* What a suspended process is waiting for. */
#define FP_NOT_BLOCKED	0
#define FP_PIPE		1		/* data or room in a pipe */
#define FP_CDEV		2		/* a character driver's answer */
#define FP_SELECT	3		/* select: a descriptor to be ready */
#define FP_LOCK		4		/* F_SETLKW: a lock to be free */
#define FP_FIFO		5		/* open of a FIFO: the other end */
#define FP_SOCK		6		/* a socket driver's answer */

/* What select asks of a descriptor: the bits of the CDEV_SELECT
 * protocol, so that a device's answer needs no translation. */
#define SEL_RD		CDEV_OP_RD
#define SEL_WR		CDEV_OP_WR
#define SEL_ERR		CDEV_OP_ERR
#define SEL_ALL		CDEV_OP_ALL

struct fproc {
	bool fp_in_use;
	endpoint_t fp_endpoint;
	pid_t fp_pid;
	uid_t fp_ruid, fp_euid;
	gid_t fp_rgid, fp_egid;
	int fp_ngroups;			/* supplementary groups (PM tells) */
	gid_t fp_groups[NGROUPS_MAX];
	mode_t fp_umask;
	struct vnode *fp_rd;		/* root directory */
	struct vnode *fp_wd;		/* working directory */
	struct filp *fp_filp[OPEN_MAX];
	uint64_t fp_cloexec;		/* bit per descriptor */
	bool fp_sesldr;			/* session leader */
	dev_t fp_tty;			/* controlling terminal, 0: none */
	pid_t fp_pgrp;			/* process group (PM tells) */

	int fp_blocked_on;		/* FP_* */
	message fp_call;		/* the suspended call, to finish later */
	size_t fp_done;			/* bytes of it already moved */
	struct vnode *fp_pipe_vno;	/* FP_PIPE: the pipe waited on */
	struct fproc *fp_pipe_next;	/* FP_PIPE: next on its p_waiters */
	endpoint_t fp_driver;		/* FP_CDEV: whose answer */
	cp_grant_id_t fp_grant;		/* FP_CDEV: the grant to revoke */
	int fp_cdev_op;			/* FP_CDEV: CDEV_OPEN, _READ, ... */
	uint32_t fp_cdev_id;		/* FP_CDEV: the request's id */
	int fp_cdev_fd;			/* FP_CDEV OPEN: the fd to fill */
	dev_t fp_cdev_dev;		/* FP_CDEV: the device */
	bool fp_cdev_ctty;		/* FP_CDEV OPEN: becomes our terminal */
	int fp_cdev_access;		/* FP_CDEV OPEN: CDEV_R_BIT, _W_BIT */
	struct filp *fp_cdev_filp;	/* FP_CDEV READ/WRITE: its position moves */
	struct file_lock fp_lock;	/* FP_LOCK: the lock it waits for */
	int fp_fifo_fd;			/* FP_FIFO: the descriptor it opens */
	uint32_t fp_sock_req;		/* FP_SOCK: the request's id */
	int fp_sock_call;		/* FP_SOCK: SDEV_* */
	int fp_sock_dom;		/* FP_SOCK: the domain asked */
	cp_grant_id_t fp_grant2;	/* FP_SOCK: the address grant */
	vir_bytes fp_sock_lenp;		/* FP_SOCK: the caller's socklen_t */
	int fp_sock_fd;			/* FP_SOCK CREATE, ACCEPT: the fd */
	message fp_sock_msg;		/* FP_SOCK CREATE: to send again */
};

struct dmap {
	char d_label[RS_LABEL_LEN];	/* "" : no driver */
	endpoint_t d_driver;		/* NONE until it announces itself */
	endpoint_t d_opened_at;		/* the instance our open files were
					 * last opened at (re-opened after a
					 * restart) */
};

extern struct vnode vnode[NR_VNODES];
extern struct filp filp[NR_FILPS];
extern struct vmnt vmnt[NR_VMNTS];
extern struct fproc fproc[NR_PROCS];
extern struct dmap dmap[NR_MAJORS];
extern struct fproc *fp;		/* the caller */
extern message m_in;			/* the call */
extern struct vnode *root_vnode;

/* main.c */
void reply(struct fproc *rfp, int status);
void reply_msg(struct fproc *rfp, message *m);
void suspend(struct fproc *rfp, int why);
struct fproc *find_fproc(endpoint_t ep);

/* vnode.c */
struct vnode *get_vnode(struct vmnt *vmp, const struct m_fs_node *node);
struct vnode *new_pipe_vnode(void);
struct vnode *new_sock_vnode(int dom);
void dup_vnode(struct vnode *vp);
void put_vnode(struct vnode *vp);
void update_vnode(struct vnode *vp, const struct m_fs_node *node);

/* filedes.c */
int get_fd(struct fproc *rfp, int start, int *fdp);
struct filp *get_filp(struct fproc *rfp, int fd);
struct filp *new_filp(struct fproc *rfp, struct vnode *vp, int flags);
void close_fd(struct fproc *rfp, int fd);
int install_fd(struct fproc *rfp, struct filp *f, int *fdp);
void drop_fd(struct fproc *rfp, int fd);

/* path.c */
#define LOOK_FOLLOW	0x1		/* follow a final symbolic link */
#define LOOK_PARENT	0x2		/* stop at the last directory */
#define LOOK_DIRECTORY	0x4		/* the result must be a directory */
int fetch_path(vir_bytes addr, size_t len, char *buf);
int fetch_string(endpoint_t ep, vir_bytes addr, char *buf, size_t max);
int lookup(struct fproc *rfp, const char *path, int flags,
	struct vnode **vpp, char *last);
int forbidden(struct fproc *rfp, struct vnode *vp, int access);
bool in_group(struct fproc *rfp, gid_t gid);
#define R_BIT	4
#define W_BIT	2
#define X_BIT	1

/* req.c: the file server protocol */
int req_lookup(struct vmnt *vmp, ino_nr_t dir, const char *name,
	struct m_fs_node *node);
int req_putnode(struct vmnt *vmp, ino_nr_t ino, int count);
int req_create(struct vmnt *vmp, int call, ino_nr_t dir, const char *name,
	mode_t mode, uid_t uid, gid_t gid, dev_t rdev, struct m_fs_node *node);
int req_slink(struct vmnt *vmp, ino_nr_t dir, const char *name,
	const char *target, uid_t uid, gid_t gid);
int req_unlink(struct vmnt *vmp, int call, ino_nr_t dir, const char *name);
int req_link(struct vmnt *vmp, ino_nr_t dir, const char *name, ino_nr_t ino);
int req_rename(struct vmnt *vmp, ino_nr_t odir, const char *oname,
	ino_nr_t ndir, const char *nname);
int req_rdlink(struct vmnt *vmp, ino_nr_t ino, char *buf, size_t size);
int req_grant_io(struct vmnt *vmp, int call, ino_nr_t ino, uint64_t pos,
	endpoint_t owner, vir_bytes addr, size_t count, int access,
	uint32_t io_flags, struct m_fs_io_reply *out);
int req_chmod(struct vmnt *vmp, ino_nr_t ino, mode_t mode,
	struct m_fs_node *node);
int req_chown(struct vmnt *vmp, ino_nr_t ino, uid_t uid, gid_t gid,
	mode_t clear, struct m_fs_node *node);
int req_utime(struct vmnt *vmp, ino_nr_t ino, int64_t atime, int64_t mtime);
int req_stat(struct vmnt *vmp, ino_nr_t ino, struct stat *st);
int req_statvfs(struct vmnt *vmp, struct statvfs *st);
int req_ftrunc(struct vmnt *vmp, ino_nr_t ino, off_t size);
int req_readsuper(struct vmnt *vmp, int flags, endpoint_t driver,
	const char *driver_label, struct m_fs_node *root);
int req_simple(struct vmnt *vmp, int call);

/* open.c */
int do_open(void);
int do_close(void);
int do_mknod(void);
int do_mkdir(void);
int common_open(struct fproc *rfp, const char *path, int flags, mode_t mode);

/* read.c */
int do_read(void);
int do_write(void);
int do_getdents(void);
int do_lseek(void);
int rw_file(struct fproc *rfp, int fd, int write, vir_bytes buf,
	size_t nbytes);

/* pipe.c */
int do_pipe(void);
int pipe_rw(struct fproc *rfp, struct filp *f, int write, vir_bytes buf,
	size_t nbytes);
void pipe_close(struct vnode *vp, int flags);
int pipe_open(struct vnode *vp, int flags);
struct pipe *new_pipe(void);
void revive_pipe_waiters(struct vnode *vp);
void pipe_unwait(struct fproc *rfp);
void pipe_times(struct pipe *p);
void pipe_cancel(struct fproc *rfp);
unsigned pipe_select(struct filp *f, unsigned ops);
unsigned pipe_hangup(struct filp *f);

/* device.c */
int dev_open(struct fproc *rfp, dev_t dev, bool block, int flags, int fd);
void dev_close(dev_t dev, bool block);
int cdev_io(struct fproc *rfp, struct filp *f, int op, vir_bytes buf,
	size_t nbytes);
int bdev_io(struct fproc *rfp, int write, dev_t dev, off_t pos,
	vir_bytes buf, size_t nbytes);
int dev_ioctl(struct fproc *rfp, struct vnode *vp, unsigned long request,
	vir_bytes arg);
void cdev_reply(message *m);
void cdev_cancel(struct fproc *rfp);
endpoint_t cdev_select(struct fproc *rfp, dev_t *devp, unsigned ops,
	uint32_t id);
void ds_event(void);
void dmap_init(const struct boot_info *image, int n);
void map_driver(int major, const char *label);
endpoint_t bdev_driver(dev_t dev);

/* lock.c */
int do_lock(struct fproc *rfp, int fd, int cmd, vir_bytes addr);
void lock_release(struct fproc *rfp, struct vnode *vp);
void lock_retry(struct vnode *vp);
void lock_cancel(struct fproc *rfp, int status);
uint32_t lock_count(void);

/* fifo.c */
int fifo_open(struct fproc *rfp, struct vnode *vp, int flags, int fd);
void fifo_cancel(struct fproc *rfp, int status);

/* select.c: select(2), and the machinery poll(2) shares */
int do_select(void);
void select_reply(const message *m);
void select_notify(const message *m);
void select_sock_reply(const message *m);
void select_sock_notify(const message *m);
void select_expire(uint32_t now);
void select_pipe_changed(struct vnode *vp);
void select_driver_restarted(int major, endpoint_t ep);
void select_sock_restarted(int dom, endpoint_t ep);
void select_cancel(struct fproc *rfp);
uint32_t select_count(void);

/* poll.c */
int do_poll(void);

/* socket.c: the socket calls */
int do_socket(void);
int do_bind(void);
int do_connect(void);
int do_listen(void);
int do_accept(void);
int do_sendto(void);
int do_recvfrom(void);
int do_shutdown(void);
int do_getsockname(void);
int do_getpeername(void);
int do_getsockopt(void);
int do_setsockopt(void);
int sock_rw(struct fproc *rfp, struct filp *f, int write, vir_bytes buf,
	size_t nbytes);
int sock_ioctl(struct fproc *rfp, struct filp *f, unsigned long request,
	vir_bytes arg);

/* sdev.c: the socket driver protocol */
int sdev_domain(int domain);
bool sdev_alive(const struct vnode *vp);
int sdev_create(struct fproc *rfp, int fd, message *m);
int sdev_request(struct fproc *rfp, struct vnode *vp, int type, message *m,
	cp_grant_id_t grant, cp_grant_id_t grant2);
void sdev_close(struct vnode *vp);
endpoint_t sdev_select(struct fproc *rfp, struct vnode *vp, unsigned ops,
	uint32_t id);
void sdev_reply(const message *m);
void sdev_cancel(struct fproc *rfp);
void sdev_event(const char *label);
void sdev_exited(endpoint_t ep);

/* link.c */
int do_unlink(void);
int do_rename(void);
int do_link(void);
int do_symlink(void);
int do_readlink(void);

/* stat.c */
int do_stat(void);
int do_fstat(void);
int do_chmod(void);
int do_fchmod(void);
int do_chown(void);
int do_fchown(void);
int do_umask(void);
int do_utime(void);
int do_access(void);
int do_truncate(void);
int do_ftruncate(void);
int do_statvfs(void);
int do_fstatvfs(void);

/* mount.c */
int do_mount(void);
int do_umount(void);
int do_sync(void);
int do_fsync(void);
int do_getmounts(void);

/* info.c */
int do_sysinfo(void);
int mount_root(const struct boot_info *image, int n);
void sync_all(void);

/* misc.c */
int do_dup(void);
int do_fcntl(void);
int do_chdir(void);
int do_fchdir(void);
int do_ioctl(void);

/* pmcall.c: calls from PM */
void pm_call(void);
struct fproc *vfs_adopt(endpoint_t ep);

/* exec.c */
int vfs_exec(struct fproc *rfp, message *m);

#endif

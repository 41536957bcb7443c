/*
 * msg/vfs.h - the file system calls: programs -> VFS.
 *
 * Every call is a sendrec; the reply's m_type is the result (an fd, a
 * byte count, OK) or a negated error.  Paths and buffers are addresses in
 * the caller's space: VFS copies names with SYS_VIRCOPY and gives file
 * servers and drivers magic grants for data, so data is copied once.
 * A path's length may be 0: VFS then finds its end itself (so that a bad
 * pointer is an EFAULT from VFS, not a crash in the program's libc).
 */
#ifndef _MINIX_MSG_VFS_H
#define _MINIX_MSG_VFS_H

#include <minix/types.h>

#define VFS_BASE	0x0200
#define VFS_OPEN	(VFS_BASE + 1)	/* m_vfs_path (flags, mode) -> fd */
#define VFS_CLOSE	(VFS_BASE + 2)	/* m_vfs_fd */
#define VFS_READ	(VFS_BASE + 3)	/* m_vfs_io -> bytes */
#define VFS_WRITE	(VFS_BASE + 4)	/* m_vfs_io -> bytes */
#define VFS_LSEEK	(VFS_BASE + 5)	/* m_vfs_lseek <-> m_vfs_lseek */
#define VFS_STAT	(VFS_BASE + 6)	/* m_vfs_path (buf: struct stat) */
#define VFS_LSTAT	(VFS_BASE + 7)	/* m_vfs_path */
#define VFS_FSTAT	(VFS_BASE + 8)	/* m_vfs_io (buf) */
#define VFS_DUP		(VFS_BASE + 9)	/* m_vfs_fd (fd, fd2: -1 lowest) -> fd */
#define VFS_FCNTL	(VFS_BASE + 10)	/* m_vfs_fd (fd, cmd, arg) -> value */
#define VFS_PIPE	(VFS_BASE + 11)	/* m_vfs_fd (flags) -> m_vfs_fd */
#define VFS_IOCTL	(VFS_BASE + 12)	/* m_vfs_ioctl */
#define VFS_MKDIR	(VFS_BASE + 13)	/* m_vfs_path (mode) */
#define VFS_MKNOD	(VFS_BASE + 14)	/* m_vfs_path (mode, dev) */
#define VFS_UNLINK	(VFS_BASE + 15)	/* m_vfs_path */
#define VFS_RMDIR	(VFS_BASE + 16)	/* m_vfs_path */
#define VFS_RENAME	(VFS_BASE + 17)	/* m_vfs_path2 */
#define VFS_LINK	(VFS_BASE + 18)	/* m_vfs_path2 (existing, new) */
#define VFS_SYMLINK	(VFS_BASE + 19)	/* m_vfs_path2 (target, new) */
#define VFS_READLINK	(VFS_BASE + 20)	/* m_vfs_path (buf, size) -> bytes */
#define VFS_CHDIR	(VFS_BASE + 21)	/* m_vfs_path */
#define VFS_FCHDIR	(VFS_BASE + 22)	/* m_vfs_fd */
#define VFS_GETDENTS	(VFS_BASE + 23)	/* m_vfs_io -> bytes */
#define VFS_CHMOD	(VFS_BASE + 24)	/* m_vfs_path (mode) */
#define VFS_FCHMOD	(VFS_BASE + 25)	/* m_vfs_fd (fd, arg: mode) */
#define VFS_CHOWN	(VFS_BASE + 26)	/* m_vfs_path (uid, gid; flags) */
#define VFS_FCHOWN	(VFS_BASE + 27)	/* m_vfs_path (fd in flags) */
#define VFS_UMASK	(VFS_BASE + 28)	/* m_vfs_fd (arg: mask) -> old mask */
#define VFS_UTIME	(VFS_BASE + 29)	/* m_vfs_utime */
#define VFS_TRUNCATE	(VFS_BASE + 30)	/* m_vfs_path (offset) */
#define VFS_FTRUNCATE	(VFS_BASE + 31)	/* m_vfs_lseek (fd, offset) */
#define VFS_ACCESS	(VFS_BASE + 32)	/* m_vfs_path (mode) */
#define VFS_MOUNT	(VFS_BASE + 33)	/* m_vfs_mount */
#define VFS_UMOUNT	(VFS_BASE + 34)	/* m_vfs_path */
#define VFS_SYNC	(VFS_BASE + 35)	/* no payload */
#define VFS_FSYNC	(VFS_BASE + 36)	/* m_vfs_fd */
#define VFS_STATVFS	(VFS_BASE + 37)	/* m_vfs_path (buf) */
#define VFS_FSTATVFS	(VFS_BASE + 38)	/* m_vfs_io (buf) */
#define VFS_SELECT	(VFS_BASE + 39)	/* m_vfs_select */
#define VFS_GETMOUNTS	(VFS_BASE + 40)	/* m_vfs_io (buf: struct vfs_mountinfo[]) */
#define VFS_SOCKET	(VFS_BASE + 41)	/* m_vfs_socket -> fd */
#define VFS_BIND	(VFS_BASE + 42)	/* m_vfs_sockaddr (addr, addr_len) */
#define VFS_CONNECT	(VFS_BASE + 43)	/* m_vfs_sockaddr (addr, addr_len) */
#define VFS_LISTEN	(VFS_BASE + 44)	/* m_vfs_fd (fd, arg: backlog) */
#define VFS_ACCEPT	(VFS_BASE + 45)	/* m_vfs_sockaddr (addr, addr_lenp,
					 * flags) -> fd */
#define VFS_SENDTO	(VFS_BASE + 46)	/* m_vfs_sendrecv -> bytes */
#define VFS_RECVFROM	(VFS_BASE + 47)	/* m_vfs_sendrecv -> bytes */
#define VFS_SHUTDOWN	(VFS_BASE + 48)	/* m_vfs_fd (fd, arg: how) */
#define VFS_GETSOCKNAME	(VFS_BASE + 49)	/* m_vfs_sockaddr (addr, addr_lenp) */
#define VFS_GETPEERNAME	(VFS_BASE + 50)	/* m_vfs_sockaddr (addr, addr_lenp) */
#define VFS_SETSOCKOPT	(VFS_BASE + 51)	/* m_vfs_sockopt (val, len) */
#define VFS_GETSOCKOPT	(VFS_BASE + 52)	/* m_vfs_sockopt (val, lenp) */
#define VFS_POLL	(VFS_BASE + 53)	/* m_vfs_poll -> descriptors ready */
#define VFS_LAST	VFS_POLL

/* RS -> VFS (asynsend): major is served by the driver labelled label. */
#define VFS_MAPDRIVER	(VFS_BASE + 60)	/* m_vfs_mapdriver */

/* m_vfs_path.flags for chown and friends */
#define VFS_NOFOLLOW	0x1		/* do not follow a final symlink */

struct m_vfs_path {			/* a call on a path */
	vir_bytes path;
	uint32_t path_len;		/* including the NUL */
	int flags;			/* OPEN: O_*; CHOWN: VFS_NOFOLLOW */
	uint32_t mode;			/* OPEN, MKDIR, MKNOD, CHMOD, ACCESS */
	uint32_t dev;			/* MKNOD */
	uint32_t uid, gid;		/* CHOWN */
	vir_bytes buf;			/* STAT, READLINK, STATVFS */
	uint32_t size;			/* READLINK */
	int64_t offset;			/* TRUNCATE */
};

struct m_vfs_path2 {			/* rename, link, symlink */
	vir_bytes path1;
	uint32_t len1;
	vir_bytes path2;
	uint32_t len2;
};

struct m_vfs_fd {
	int fd;
	int fd2;			/* DUP: the target, or -1; PIPE: reply */
	int cmd;			/* FCNTL */
	int arg;			/* FCNTL, FCHMOD, UMASK */
};

struct m_vfs_io {			/* read, write, getdents, fstat */
	int fd;
	vir_bytes buf;
	uint32_t nbytes;
};

struct m_vfs_lseek {
	int fd;
	int whence;
	int64_t offset;			/* reply: the new offset */
};

struct m_vfs_ioctl {
	int fd;
	uint32_t request;
	vir_bytes arg;
};

struct m_vfs_utime {
	vir_bytes path;
	uint32_t path_len;
	int64_t atime;
	int64_t mtime;
	int now;			/* both to the current time */
};

struct m_vfs_mount {
	vir_bytes special;		/* the device node */
	uint32_t special_len;
	vir_bytes target;		/* the directory */
	uint32_t target_len;
	vir_bytes label;		/* the file server's RS label */
	uint32_t label_len;
	int flags;			/* MNT_RDONLY */
};
#define MNT_RDONLY	0x1

struct m_vfs_mapdriver {
	int major;
	char label[16];
};

struct m_vfs_select {			/* the reply's m_type: fds ready */
	int nfds;			/* fds 0 .. nfds-1 are looked at */
	vir_bytes readfds, writefds, exceptfds;	/* fd_set; 0: none */
	vir_bytes timeout;		/* struct timeval; 0: wait forever */
};

/* Socket calls.  A socklen_t the call reads and writes back (accept,
 * recvfrom, getsockname, getsockopt) is passed by its address: VFS copies
 * it, so a bad pointer is an EFAULT. */
struct m_vfs_socket {
	int domain;			/* AF_* */
	int type;			/* SOCK_*, | SOCK_NONBLOCK, SOCK_CLOEXEC */
	int protocol;
};

struct m_vfs_sockaddr {			/* bind, connect, accept, get*name */
	int fd;
	vir_bytes addr;			/* struct sockaddr; 0: none (accept) */
	uint32_t addr_len;		/* bind, connect */
	vir_bytes addr_lenp;		/* accept, get*name: socklen_t */
	int flags;			/* accept: SOCK_NONBLOCK, SOCK_CLOEXEC */
};

struct m_vfs_sendrecv {
	int fd;
	vir_bytes buf;
	uint32_t len;
	int flags;			/* MSG_* */
	vir_bytes addr;			/* sendto's destination, recvfrom's
					 * room for the source; 0: none */
	uint32_t addr_len;		/* sendto */
	vir_bytes addr_lenp;		/* recvfrom: socklen_t; 0: none */
};

struct m_vfs_sockopt {
	int fd;
	int level;
	int name;
	vir_bytes val;
	uint32_t len;			/* setsockopt */
	vir_bytes lenp;			/* getsockopt: socklen_t */
};

struct m_vfs_poll {			/* the reply's m_type: entries ready */
	vir_bytes fds;			/* struct pollfd[nfds] */
	uint32_t nfds;
	int timeout;			/* milliseconds; negative: forever */
};

struct vfs_mountinfo {			/* for df and mount without arguments */
	char mi_special[64];
	char mi_target[64];
	char mi_label[16];
	uint32_t mi_dev;
	uint32_t mi_flags;
};

#endif

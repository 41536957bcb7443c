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

#include <sys/mount.h>
#include <minix/types.h>

#define VFS_BASE	0x0200
#define VFS_OPEN	(VFS_BASE + 1)	/* m_vfs_open -> fd */
#define VFS_CLOSE	(VFS_BASE + 2)	/* m_vfs_fd */
#define VFS_READ	(VFS_BASE + 3)	/* m_vfs_io -> bytes */
#define VFS_WRITE	(VFS_BASE + 4)	/* m_vfs_io -> bytes */
#define VFS_LSEEK	(VFS_BASE + 5)	/* m_vfs_lseek -> m_vfs_lseek_reply */
#define VFS_STAT	(VFS_BASE + 6)	/* m_vfs_stat */
#define VFS_LSTAT	(VFS_BASE + 7)	/* m_vfs_stat */
#define VFS_FSTAT	(VFS_BASE + 8)	/* m_vfs_fstat */
#define VFS_DUP		(VFS_BASE + 9)	/* m_vfs_dup -> fd */
#define VFS_FCNTL	(VFS_BASE + 10)	/* m_vfs_fcntl -> value */
#define VFS_PIPE	(VFS_BASE + 11)	/* no payload -> m_vfs_pipe_reply */
#define VFS_IOCTL	(VFS_BASE + 12)	/* m_vfs_ioctl */
#define VFS_MKDIR	(VFS_BASE + 13)	/* m_vfs_mkdir */
#define VFS_MKNOD	(VFS_BASE + 14)	/* m_vfs_mknod */
#define VFS_UNLINK	(VFS_BASE + 15)	/* m_vfs_path */
#define VFS_RMDIR	(VFS_BASE + 16)	/* m_vfs_path */
#define VFS_RENAME	(VFS_BASE + 17)	/* m_vfs_rename */
#define VFS_LINK	(VFS_BASE + 18)	/* m_vfs_link */
#define VFS_SYMLINK	(VFS_BASE + 19)	/* m_vfs_symlink */
#define VFS_READLINK	(VFS_BASE + 20)	/* m_vfs_readlink -> bytes */
#define VFS_CHDIR	(VFS_BASE + 21)	/* m_vfs_path */
#define VFS_FCHDIR	(VFS_BASE + 22)	/* m_vfs_fd */
#define VFS_GETDENTS	(VFS_BASE + 23)	/* m_vfs_io -> bytes */
#define VFS_CHMOD	(VFS_BASE + 24)	/* m_vfs_chmod */
#define VFS_FCHMOD	(VFS_BASE + 25)	/* m_vfs_fchmod */
#define VFS_CHOWN	(VFS_BASE + 26)	/* m_vfs_chown */
#define VFS_FCHOWN	(VFS_BASE + 27)	/* m_vfs_fchown */
#define VFS_UMASK	(VFS_BASE + 28)	/* m_vfs_umask -> old mask */
#define VFS_UTIME	(VFS_BASE + 29)	/* m_vfs_utime */
#define VFS_TRUNCATE	(VFS_BASE + 30)	/* m_vfs_truncate */
#define VFS_FTRUNCATE	(VFS_BASE + 31)	/* m_vfs_ftruncate */
#define VFS_ACCESS	(VFS_BASE + 32)	/* m_vfs_access */
#define VFS_MOUNT	(VFS_BASE + 33)	/* m_vfs_mount */
#define VFS_UMOUNT	(VFS_BASE + 34)	/* m_vfs_path */
#define VFS_SYNC	(VFS_BASE + 35)	/* no payload */
#define VFS_FSYNC	(VFS_BASE + 36)	/* m_vfs_fd */
#define VFS_STATVFS	(VFS_BASE + 37)	/* m_vfs_statvfs */
#define VFS_FSTATVFS	(VFS_BASE + 38)	/* m_vfs_fstatvfs */
#define VFS_SELECT	(VFS_BASE + 39)	/* m_vfs_select */
#define VFS_GETMOUNTS	(VFS_BASE + 40)	/* m_vfs_getmounts -> entries */
#define VFS_SOCKET	(VFS_BASE + 41)	/* m_vfs_socket -> fd */
#define VFS_BIND	(VFS_BASE + 42)	/* m_vfs_bind */
#define VFS_CONNECT	(VFS_BASE + 43)	/* m_vfs_bind */
#define VFS_LISTEN	(VFS_BASE + 44)	/* m_vfs_listen */
#define VFS_ACCEPT	(VFS_BASE + 45)	/* m_vfs_accept -> fd */
#define VFS_SENDTO	(VFS_BASE + 46)	/* m_vfs_sendto -> bytes */
#define VFS_RECVFROM	(VFS_BASE + 47)	/* m_vfs_recvfrom -> bytes */
#define VFS_SHUTDOWN	(VFS_BASE + 48)	/* m_vfs_shutdown */
#define VFS_GETSOCKNAME	(VFS_BASE + 49)	/* m_vfs_getsockname */
#define VFS_GETPEERNAME	(VFS_BASE + 50)	/* m_vfs_getsockname */
#define VFS_SETSOCKOPT	(VFS_BASE + 51)	/* m_vfs_setsockopt */
#define VFS_GETSOCKOPT	(VFS_BASE + 52)	/* m_vfs_getsockopt */
#define VFS_POLL	(VFS_BASE + 53)	/* m_vfs_poll -> descriptors ready */
#define VFS_SYSINFO	(VFS_BASE + 54)	/* m_vfs_getmounts (a struct
					 * vfs_sysinfo) */
#define VFS_LAST	VFS_SYSINFO

/* RS -> VFS (asynsend): major is served by the driver labelled label. */
#define VFS_MAPDRIVER	(VFS_BASE + 60)	/* m_vfs_mapdriver */

/* m_vfs_chown.flags */
#define VFS_NOFOLLOW	0x1		/* do not follow a final symlink */

/* A path is an address in the caller's space and its length including
 * the NUL, or 0: VFS finds the NUL itself. */

struct m_vfs_path {			/* UNLINK, RMDIR, CHDIR, UMOUNT */
	vir_bytes path;
	uint32_t path_len;
};

struct m_vfs_open {
	vir_bytes path;
	uint32_t path_len;
	int flags;			/* O_* */
	uint32_t mode;			/* O_CREAT: the new file's mode */
};

struct m_vfs_mkdir {
	vir_bytes path;
	uint32_t path_len;
	uint32_t mode;			/* before the umask */
};

struct m_vfs_mknod {
	vir_bytes path;
	uint32_t path_len;
	uint32_t mode;			/* the type, and the permissions
					 * before the umask */
	uint32_t dev;			/* a device node's device */
};

struct m_vfs_stat {			/* STAT, LSTAT */
	vir_bytes path;
	uint32_t path_len;
	vir_bytes buf;			/* the caller's struct stat */
};

struct m_vfs_fstat {
	int fd;
	vir_bytes buf;			/* the caller's struct stat */
};

struct m_vfs_statvfs {
	vir_bytes path;
	uint32_t path_len;
	vir_bytes buf;			/* the caller's struct statvfs */
};

struct m_vfs_fstatvfs {
	int fd;
	vir_bytes buf;			/* the caller's struct statvfs */
};

struct m_vfs_readlink {
	vir_bytes path;
	uint32_t path_len;
	vir_bytes buf;			/* for the link's contents */
	uint32_t size;			/* buf's size */
};

struct m_vfs_chmod {
	vir_bytes path;
	uint32_t path_len;
	uint32_t mode;
};

struct m_vfs_fchmod {
	int fd;
	uint32_t mode;
};

struct m_vfs_chown {
	vir_bytes path;
	uint32_t path_len;
	uint32_t uid, gid;		/* (uint32_t) -1: unchanged */
	int flags;			/* VFS_NOFOLLOW */
};

struct m_vfs_fchown {
	int fd;
	uint32_t uid, gid;		/* (uint32_t) -1: unchanged */
};

struct m_vfs_access {
	vir_bytes path;
	uint32_t path_len;
	int amode;			/* R_OK, W_OK, X_OK or F_OK */
};

struct m_vfs_truncate {
	vir_bytes path;
	uint32_t path_len;
	int64_t length;			/* the file's new size */
};

struct m_vfs_ftruncate {
	int fd;
	int64_t length;			/* the file's new size */
};

struct m_vfs_rename {
	vir_bytes old_path;
	uint32_t old_len;
	vir_bytes new_path;
	uint32_t new_len;
};

struct m_vfs_link {
	vir_bytes old_path;		/* an existing file */
	uint32_t old_len;
	vir_bytes new_path;		/* its new name */
	uint32_t new_len;
};

struct m_vfs_symlink {
	vir_bytes target;		/* what the link will say */
	uint32_t target_len;		/* (a string, never looked up) */
	vir_bytes path;			/* the link's name */
	uint32_t path_len;
};

struct m_vfs_fd {			/* CLOSE, FCHDIR, FSYNC */
	int fd;
};

struct m_vfs_dup {
	int fd;
	int fd2;			/* the copy's number; -1: the lowest
					 * free one */
};

struct m_vfs_fcntl {
	int fd;
	int cmd;			/* F_* */
	int arg;			/* the command's argument */
	vir_bytes flock;		/* F_GETLK, F_SETLK, F_SETLKW: the
					 * caller's struct flock */
};

struct m_vfs_pipe_reply {
	int read_fd;
	int write_fd;
};

struct m_vfs_io {			/* READ, WRITE, GETDENTS */
	int fd;
	vir_bytes buf;
	uint32_t nbytes;
};

struct m_vfs_lseek {
	int fd;
	int whence;			/* SEEK_SET, SEEK_CUR, SEEK_END */
	int64_t offset;			/* from where whence says */
};
struct m_vfs_lseek_reply {
	int64_t pos;			/* the new position */
};

struct m_vfs_ioctl {
	int fd;
	uint32_t request;
	vir_bytes arg;			/* the request's argument, in the
					 * caller's space */
};

struct m_vfs_umask {
	uint32_t mask;
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
	int flags;			/* MNT_* of <sys/mount.h> */
};

struct m_vfs_getmounts {
	vir_bytes buf;			/* struct vfs_mountinfo[] */
	uint32_t len;			/* its size in bytes */
};

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

struct m_vfs_bind {			/* BIND, CONNECT */
	int fd;
	vir_bytes addr;			/* struct sockaddr */
	uint32_t addr_len;
};

struct m_vfs_listen {
	int fd;
	int backlog;
};

struct m_vfs_accept {
	int fd;
	vir_bytes addr;			/* room for the peer's address; 0:
					 * none */
	vir_bytes addr_lenp;		/* socklen_t: the room, then the
					 * address's length */
	int flags;			/* SOCK_NONBLOCK, SOCK_CLOEXEC */
};

struct m_vfs_getsockname {		/* GETSOCKNAME, GETPEERNAME */
	int fd;
	vir_bytes addr;			/* room for the address */
	vir_bytes addr_lenp;		/* socklen_t, as for accept */
};

struct m_vfs_shutdown {
	int fd;
	int how;			/* SHUT_RD, SHUT_WR, SHUT_RDWR */
};

struct m_vfs_sendto {
	int fd;
	vir_bytes buf;
	uint32_t len;
	int flags;			/* MSG_* */
	vir_bytes addr;			/* the destination; 0: the peer */
	uint32_t addr_len;
};

struct m_vfs_recvfrom {
	int fd;
	vir_bytes buf;
	uint32_t len;
	int flags;			/* MSG_* */
	vir_bytes addr;			/* room for the source; 0: none */
	vir_bytes addr_lenp;		/* socklen_t, as for accept */
};

struct m_vfs_setsockopt {
	int fd;
	int level;			/* SOL_SOCKET, IPPROTO_* */
	int name;			/* SO_*, TCP_*, IP_* */
	vir_bytes val;
	uint32_t len;
};

struct m_vfs_getsockopt {
	int fd;
	int level;
	int name;
	vir_bytes val;			/* room for the value */
	vir_bytes lenp;			/* socklen_t: the room, then the
					 * value's length */
};

struct m_vfs_poll {			/* the reply's m_type: entries ready */
	vir_bytes fds;			/* struct pollfd[nfds] */
	uint32_t nfds;
	int timeout;			/* milliseconds; negative: forever */
};

/* VFS's tables in use, for the fuzzer's leak check (sysfuzz): after
 * every process it started has gone, each is back where it was. */
struct vfs_sysinfo {
	uint32_t vi_procs;		/* process slots */
	uint32_t vi_filps;		/* open file descriptions */
	uint32_t vi_vnodes;		/* vnodes (files, pipes, sockets) */
	uint32_t vi_pipes;		/* of them, with a pipe buffer */
	uint32_t vi_locks;		/* record locks */
	uint32_t vi_selects;		/* selects and polls under way */
};

struct vfs_mountinfo {			/* for df and mount without arguments */
	char mi_special[64];
	char mi_target[64];
	char mi_label[16];
	uint32_t mi_dev;
	uint32_t mi_flags;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_VFS(X) \
	X(m_vfs_path) \
	X(m_vfs_open) \
	X(m_vfs_mkdir) \
	X(m_vfs_mknod) \
	X(m_vfs_stat) \
	X(m_vfs_fstat) \
	X(m_vfs_statvfs) \
	X(m_vfs_fstatvfs) \
	X(m_vfs_readlink) \
	X(m_vfs_chmod) \
	X(m_vfs_fchmod) \
	X(m_vfs_chown) \
	X(m_vfs_fchown) \
	X(m_vfs_access) \
	X(m_vfs_truncate) \
	X(m_vfs_ftruncate) \
	X(m_vfs_rename) \
	X(m_vfs_link) \
	X(m_vfs_symlink) \
	X(m_vfs_fd) \
	X(m_vfs_dup) \
	X(m_vfs_fcntl) \
	X(m_vfs_pipe_reply) \
	X(m_vfs_io) \
	X(m_vfs_lseek) \
	X(m_vfs_lseek_reply) \
	X(m_vfs_ioctl) \
	X(m_vfs_umask) \
	X(m_vfs_utime) \
	X(m_vfs_mount) \
	X(m_vfs_getmounts) \
	X(m_vfs_mapdriver) \
	X(m_vfs_select) \
	X(m_vfs_socket) \
	X(m_vfs_bind) \
	X(m_vfs_listen) \
	X(m_vfs_accept) \
	X(m_vfs_getsockname) \
	X(m_vfs_shutdown) \
	X(m_vfs_sendto) \
	X(m_vfs_recvfrom) \
	X(m_vfs_setsockopt) \
	X(m_vfs_getsockopt) \
	X(m_vfs_poll)

#endif

/*
 * msg/fs.h - the VFS <-> file server protocol (REQ_*), as MFS speaks it.
 *
 * VFS keeps the names of things (paths, mounts, open files) and checks
 * permissions; a file server keeps inodes.  VFS walks a path one
 * component at a time with REQ_LOOKUP and holds a reference on every inode
 * it uses, dropped with REQ_PUTNODE.  Names and data travel in grants
 * that VFS makes for the file server.  Every request is a sendrec; the
 * reply's m_type is OK (or a byte count where noted) or a negated error.
 */
#ifndef _MINIX_MSG_FS_H
#define _MINIX_MSG_FS_H

#include <minix/types.h>

#define FS_BASE		0x0A00
#define REQ_READSUPER	(FS_BASE + 1)	/* mount: m_fs_readsuper -> m_fs_node */
#define REQ_UNMOUNT	(FS_BASE + 2)	/* no payload */
#define REQ_LOOKUP	(FS_BASE + 3)	/* m_fs_name -> m_fs_node */
#define REQ_PUTNODE	(FS_BASE + 4)	/* m_fs_putnode */
#define REQ_CREATE	(FS_BASE + 5)	/* m_fs_create -> m_fs_node */
#define REQ_MKDIR	(FS_BASE + 6)	/* m_fs_create -> m_fs_node */
#define REQ_MKNOD	(FS_BASE + 7)	/* m_fs_create -> m_fs_node */
#define REQ_SLINK	(FS_BASE + 8)	/* m_fs_slink -> m_fs_node */
#define REQ_UNLINK	(FS_BASE + 9)	/* m_fs_name */
#define REQ_RMDIR	(FS_BASE + 10)	/* m_fs_name */
#define REQ_LINK	(FS_BASE + 11)	/* m_fs_link */
#define REQ_RENAME	(FS_BASE + 12)	/* m_fs_rename */
#define REQ_RDLINK	(FS_BASE + 13)	/* m_fs_rdlink -> byte count */
#define REQ_READ	(FS_BASE + 14)	/* m_fs_io -> m_fs_io_reply */
#define REQ_WRITE	(FS_BASE + 15)	/* m_fs_io -> m_fs_io_reply */
#define REQ_GETDENTS	(FS_BASE + 16)	/* m_fs_io -> m_fs_io_reply */
#define REQ_STAT	(FS_BASE + 17)	/* m_fs_stat */
#define REQ_CHMOD	(FS_BASE + 18)	/* m_fs_chmod -> m_fs_node */
#define REQ_CHOWN	(FS_BASE + 19)	/* m_fs_chown (and set-id bits to
					 * clear) -> m_fs_node */
#define REQ_UTIME	(FS_BASE + 20)	/* m_fs_utime */
#define REQ_FTRUNC	(FS_BASE + 21)	/* m_fs_ftrunc */
#define REQ_SYNC	(FS_BASE + 22)	/* no payload: write everything */
#define REQ_STATVFS	(FS_BASE + 23)	/* m_fs_statvfs */
#define REQ_NEWDRIVER	(FS_BASE + 24)	/* m_fs_newdriver: the block driver
					 * restarted with a new endpoint */
#define REQ_BREAD	(FS_BASE + 25)	/* m_fs_io on the device itself (MFS
					 * does not serve it: ENOSYS) */
#define FS_LAST		REQ_BREAD

#define FS_RDONLY	0x01		/* m_fs_readsuper.flags */
#define FS_TO_DEVICE_END 0x02		/* the boot's root RAM disk: it may
					   hold less of its file system than
					   the superblock says (little memory);
					   use the file system to its end */

typedef uint32_t ino_nr_t;		/* an inode number on one device */

struct m_fs_readsuper {			/* VFS -> FS */
	uint32_t dev;			/* major << 8 | minor */
	endpoint_t driver;		/* the block driver to use */
	uint32_t flags;			/* FS_RDONLY */
	cp_grant_id_t label;		/* the driver's label, so that the FS */
	uint32_t label_len;		/* can find its next instance in DS */
};

struct m_fs_node {			/* FS -> VFS: an inode it now holds */
	ino_nr_t ino;
	uint32_t mode;
	uint64_t size;
	uint32_t uid;
	uint32_t gid;
	uint32_t rdev;			/* for device nodes */
	uint32_t nlinks;
};

struct m_fs_name {			/* LOOKUP, UNLINK, RMDIR */
	ino_nr_t dir;
	cp_grant_id_t name;		/* the name, not NUL-terminated */
	uint32_t name_len;
};

struct m_fs_create {			/* CREATE, MKDIR, MKNOD: dir/name */
	ino_nr_t dir;
	cp_grant_id_t name;		/* the name, not NUL-terminated */
	uint32_t name_len;
	uint32_t mode;			/* the type and the permissions */
	uint32_t uid;			/* the owner */
	uint32_t gid;
	uint32_t rdev;			/* MKNOD: a device node's device */
};

struct m_fs_putnode {
	ino_nr_t ino;
	uint32_t count;			/* references VFS drops */
};

struct m_fs_slink {			/* dir/name -> target */
	ino_nr_t dir;
	cp_grant_id_t name;
	uint32_t name_len;
	cp_grant_id_t target;
	uint32_t target_len;
	uint32_t uid;
	uint32_t gid;
};

struct m_fs_link {			/* a new name dir/name for ino */
	ino_nr_t dir;
	cp_grant_id_t name;
	uint32_t name_len;
	ino_nr_t ino;
};

struct m_fs_rename {
	ino_nr_t old_dir;
	cp_grant_id_t old_name;
	uint32_t old_len;
	ino_nr_t new_dir;
	cp_grant_id_t new_name;
	uint32_t new_len;
};

struct m_fs_io {			/* READ, WRITE, GETDENTS */
	ino_nr_t ino;
	uint64_t pos;			/* file offset */
	cp_grant_id_t grant;		/* VFS's grant of the buffer */
	uint32_t count;			/* bytes */
	uint32_t flags;			/* FS_IO_* */
};
#define FS_IO_ROOT	0x1		/* WRITE: root's, may take the blocks
					 * a file system keeps for root */

struct m_fs_io_reply {
	uint64_t pos;			/* the position after the transfer */
	uint32_t count;			/* bytes done */
	uint64_t size;			/* the file's size now */
};

struct m_fs_rdlink {
	ino_nr_t ino;			/* the symbolic link */
	cp_grant_id_t grant;		/* VFS's buffer for its contents */
	uint32_t size;			/* the buffer's size */
};

struct m_fs_stat {
	ino_nr_t ino;
	cp_grant_id_t grant;		/* VFS's struct stat */
};

struct m_fs_statvfs {
	cp_grant_id_t grant;		/* VFS's struct statvfs */
};

struct m_fs_ftrunc {
	ino_nr_t ino;
	uint64_t size;			/* the file's new size */
};

struct m_fs_chmod {
	ino_nr_t ino;
	uint32_t mode;			/* the permission bits */
};

struct m_fs_chown {
	ino_nr_t ino;
	uint32_t uid;
	uint32_t gid;
	uint32_t clear;			/* mode bits to clear with it
					 * (S_ISUID, S_ISGID) */
};

struct m_fs_utime {
	ino_nr_t ino;
	int64_t atime;			/* -1: the file server's clock now */
	int64_t mtime;			/* -1: likewise */
};

struct m_fs_newdriver {
	uint32_t dev;
	endpoint_t driver;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_FS(X) \
	X(m_fs_readsuper) \
	X(m_fs_node) \
	X(m_fs_name) \
	X(m_fs_create) \
	X(m_fs_putnode) \
	X(m_fs_slink) \
	X(m_fs_link) \
	X(m_fs_rename) \
	X(m_fs_io) \
	X(m_fs_io_reply) \
	X(m_fs_rdlink) \
	X(m_fs_stat) \
	X(m_fs_statvfs) \
	X(m_fs_ftrunc) \
	X(m_fs_chmod) \
	X(m_fs_chown) \
	X(m_fs_utime) \
	X(m_fs_newdriver)

#endif

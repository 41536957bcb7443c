/*
 * sys/statvfs.h - file system figures (df).
 */
#ifndef _SYS_STATVFS_H
#define _SYS_STATVFS_H

#include <sys/types.h>

struct statvfs {
	unsigned long f_bsize;		/* block size */
	unsigned long f_frsize;		/* fragment size (= block size) */
	unsigned long long f_blocks;	/* in f_frsize units */
	unsigned long long f_bfree;
	unsigned long long f_bavail;
	unsigned long long f_files;	/* inodes */
	unsigned long long f_ffree;
	unsigned long long f_favail;
	unsigned long f_fsid;
	unsigned long f_flag;		/* ST_RDONLY */
	unsigned long f_namemax;
	unsigned long f_incore;		/* Resurgo: inodes its file server
					 * holds in memory (a leak shows) */
};

#define ST_RDONLY	0x1

#ifndef _KERNEL
int statvfs(const char *path, struct statvfs *buf);
int fstatvfs(int fd, struct statvfs *buf);
#endif

#endif

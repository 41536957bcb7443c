/*
 * fcntl.h - open flags and file control.
 */
#ifndef _FCNTL_H
#define _FCNTL_H

#include <sys/types.h>

#define O_RDONLY	0
#define O_WRONLY	1
#define O_RDWR		2
#define O_ACCMODE	3
#define O_CREAT		0x0040
#define O_EXCL		0x0080
#define O_NOCTTY	0x0100
#define O_TRUNC		0x0200
#define O_APPEND	0x0400
#define O_NONBLOCK	0x0800
#define O_DIRECTORY	0x10000
#define O_NOFOLLOW	0x20000
#define O_CLOEXEC	0x80000

#define F_DUPFD		0
#define F_GETFD		1
#define F_SETFD		2
#define F_GETFL		3
#define F_SETFL		4
#define F_GETLK		5	/* the first lock in the way, or F_UNLCK */
#define F_SETLK		6	/* lock or unlock; EAGAIN if in the way */
#define F_SETLKW	7	/* ... waiting until it is not */
#define F_DUPFD_CLOEXEC	1030

#define FD_CLOEXEC	1

/* Record locks: a process's locks on byte ranges of a file, released
 * when it closes any descriptor of the file or ends. */
#define F_RDLCK		0	/* shared */
#define F_WRLCK		1	/* exclusive */
#define F_UNLCK		2

struct flock {
	short l_type;		/* F_RDLCK, F_WRLCK, F_UNLCK */
	short l_whence;		/* SEEK_SET, SEEK_CUR, SEEK_END */
	off_t l_start;		/* from l_whence */
	off_t l_len;		/* 0: to the end of the file, however long */
	pid_t l_pid;		/* F_GETLK: who holds it */
};

#define AT_FDCWD	(-100)

#ifndef _KERNEL
int open(const char *path, int flags, ...);
int creat(const char *path, mode_t mode);
int fcntl(int fd, int cmd, ...);
#endif

#endif

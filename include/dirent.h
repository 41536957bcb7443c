/*
 * dirent.h - reading directories.
 *
 * getdents() fills a buffer with records of variable length: a struct
 * dirent cut just after its name's NUL, rounded up to 4 bytes (d_reclen).
 */
#ifndef _DIRENT_H
#define _DIRENT_H

#include <sys/types.h>
#include <limits.h>

struct dirent {
	ino_t d_ino;
	unsigned short d_reclen;	/* this record's length */
	unsigned char d_type;		/* DT_* or DT_UNKNOWN */
	unsigned char d_namlen;
	char d_name[NAME_MAX + 1];
};

#define DT_UNKNOWN	0
#define DT_FIFO		1
#define DT_CHR		2
#define DT_DIR		4
#define DT_BLK		6
#define DT_REG		8
#define DT_LNK		10
#define DT_SOCK		12

#define DIRENT_HEADER	((size_t) &((struct dirent *) 0)->d_name)
#define DIRENT_RECLEN(namelen)	((DIRENT_HEADER + (namelen) + 1 + 3) & ~3u)

typedef struct _dir DIR;

#ifndef _KERNEL
DIR *opendir(const char *path);
DIR *fdopendir(int fd);
struct dirent *readdir(DIR *d);
int closedir(DIR *d);
void rewinddir(DIR *d);
int dirfd(DIR *d);
ssize_t getdents(int fd, void *buf, size_t size);
#endif

#endif

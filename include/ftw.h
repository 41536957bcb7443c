/*
 * ftw.h - walking a file tree: nftw() (lib/libc/gen/nftw.c).
 */
#ifndef _FTW_H
#define _FTW_H

#include <sys/stat.h>

struct FTW {
	int base;		/* where the last name starts in the path */
	int level;		/* 0 for the starting path */
};

/* What fn is told an object is. */
#define FTW_F		0	/* a file */
#define FTW_D		1	/* a directory, before its contents */
#define FTW_DNR		2	/* a directory that cannot be read */
#define FTW_DP		3	/* a directory, after its contents (FTW_DEPTH) */
#define FTW_NS		4	/* stat failed: the stat buffer means nothing */
#define FTW_SL		5	/* a symbolic link (FTW_PHYS) */
#define FTW_SLN		6	/* a symbolic link to nothing */

/* nftw's flags. */
#define FTW_PHYS	0x01	/* do not follow symbolic links */
#define FTW_MOUNT	0x02	/* stay on the starting file system */
#define FTW_DEPTH	0x04	/* a directory's contents before it */
#define FTW_CHDIR	0x08	/* chdir into each directory walked */

int nftw(const char *path, int (*fn)(const char *, const struct stat *,
    int, struct FTW *), int fd_limit, int flags);

#endif

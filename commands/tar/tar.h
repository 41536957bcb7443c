/*
 * tar.h - what the parts of tar share: the options, the archive's
 * blocks (archive.c), its headers (header.c), and the three jobs
 * (create.c; extract.c, which lists too).
 */
#ifndef TAR_TAR_H
#define TAR_TAR_H

#include <stddef.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/types.h>

#define BLOCK		512
#define RECORD		(20 * BLOCK)	/* archives are whole records */

struct opts {
	int verbose;
	const char *file;		/* the archive; "-": stdin or stdout */
	const char *dir;		/* -C */
	FILE *say;			/* where -v writes */
	int status;			/* the exit status so far */
};
extern struct opts opt;

/* One member, as its header says. */
struct member {
	char name[256 + 1];		/* prefix/name */
	char link[100 + 1];		/* a link's target */
	char uname[32 + 1], gname[32 + 1];
	mode_t mode;			/* permission bits */
	char type;			/* '0' file, '1' link, '2' symlink,
					   '3' char, '4' block, '5' dir,
					   '6' FIFO */
	unsigned uid, gid;
	long long size, mtime;
	unsigned devmajor, devminor;
};

/* archive.c: the archive file, a block at a time. */
void ar_open(int writing);
int ar_read(unsigned char *block);	/* 1, or 0 at the file's end */
void ar_write(const unsigned char *block);
void ar_close(int writing);		/* ends an archive being written */
int ar_is(const struct stat *st);	/* st is the archive itself */

/* header.c */
int header_encode(const struct member *m, unsigned char *block);
int header_decode(const unsigned char *block, struct member *m);
int header_is_end(const unsigned char *block);

/* create.c, extract.c */
void create(char **paths, int n);
void extract(char **names, int n, int list);

void warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void die(const char *fmt, ...) __attribute__((noreturn,
    format(printf, 1, 2)));

#endif

/*
 * diff.h - what the parts of diff share: the options, a file's lines,
 * and the changes between two files.
 */
#ifndef DIFF_DIFF_H
#define DIFF_DIFF_H

#include <stddef.h>
#include <sys/stat.h>

enum format { FMT_NORMAL, FMT_UNIFIED, FMT_CONTEXT, FMT_ED };

struct opts {
	enum format format;
	int context;			/* lines around a change (-u, -c) */
	int blanks;			/* -b */
	int recursive;			/* -r */
	char flags[64];			/* the options as given, for -r */
};
extern struct opts opt;

struct line {
	const char *s;			/* in the file's data; no newline */
	size_t len;
	unsigned id;			/* equal lines, equal ids */
};

struct file {
	const char *name;
	char *data;
	size_t size;
	struct line *line;
	size_t n;
	int no_eol;			/* the last line has no newline */
	int binary;			/* holds a NUL byte */
	struct stat st;
};

/* One run of lines that differ: na lines of a at a (0-based) were
 * replaced by nb lines of b at b. */
struct change {
	size_t a, na, b, nb;
};

/* lines.c */
int file_read(struct file *f, const char *name);	/* 0, or -1 */
void file_free(struct file *f);
void lines_number(struct file *a, struct file *b);	/* set the ids */

/* lcs.c: mark the lines of a and b that are not in a longest common
 * subsequence (deleted from a, inserted into b). */
void lcs_mark(const struct file *a, const struct file *b, char *da,
    char *db);

/* diff.c: two files compared; in_dirs: as part of two directories,
 * with a "diff ..." line first if they differ.  The status (0-2). */
int diff_files(const char *p1, const char *p2, int in_dirs);

/* dirs.c: two directories compared; the status. */
int diff_dirs(const char *d1, const char *d2);

/* output.c */
void out_changes(const struct file *a, const struct file *b,
    const struct change *c, size_t n);

#endif

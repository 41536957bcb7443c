/*
 * find.h - what the parts of find share: the expression tree (parse.c
 * builds it, eval.c tests files against it, exec.c runs its commands)
 * and the walk's state (find.c).
 */
#ifndef FIND_FIND_H
#define FIND_FIND_H

#include <sys/stat.h>
#include <sys/types.h>
#include <time.h>

enum kind {
	N_AND, N_OR, N_NOT,			/* operators */
	N_NAME, N_PATH, N_TYPE, N_PERM, N_USER, N_GROUP, N_NOUSER,
	N_NOGROUP, N_SIZE, N_LINKS, N_ATIME, N_CTIME, N_MTIME, N_NEWER,
	N_PRUNE, N_XDEV, N_DEPTH, N_MAXDEPTH, N_MINDEPTH,	/* tests */
	N_PRINT, N_PRINT0, N_EXEC, N_OK,	/* actions */
};

enum cmp { CMP_EQ, CMP_LESS, CMP_MORE };	/* n, -n, +n */

struct exec;

struct node {
	enum kind kind;
	struct node *left, *right;		/* operands; NOT has left */
	const char *text;			/* a pattern or name */
	enum cmp cmp;
	long long num;				/* a number, id, or size */
	int unit;				/* -size: bytes per unit */
	mode_t mode;				/* -perm, -type */
	int perm_how;				/* -perm: '=', '-' (all) or '/' (any) */
	time_t when;				/* -newer */
	struct exec *exec;			/* -exec, -ok */
};

/* A file met on the walk. */
struct entry {
	const char *path;
	const char *name;			/* the last component */
	struct stat st;
	int stat_ok;
	int depth;
};

/* The walk's settings, some set by the expression. */
struct walk {
	int follow;				/* 'P', 'H' or 'L' */
	int depth_first;			/* -depth */
	int xdev;				/* -xdev */
	int maxdepth, mindepth;			/* -1: none */
	time_t now;
	int prune;				/* set by -prune for this entry */
	int status;				/* the exit status so far */
};
extern struct walk walk;

/* parse.c: the expression of argv; NULL for none.  Adds -print when
 * the expression has no action. */
struct node *parse(char **argv);

/* eval.c: whether e passes n. */
int eval(const struct node *n, const struct entry *e);

/* exec.c */
struct exec *exec_new(char **argv, int *used, int ok);	/* NULL: bad */
int exec_run(struct exec *x, const char *path);	/* the test's value */
void exec_flush_all(void);			/* run what {} + holds */

void usage(void) __attribute__((noreturn));
void fail(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void die(const char *fmt, ...) __attribute__((noreturn,
    format(printf, 1, 2)));

#endif

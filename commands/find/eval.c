/*
 * eval.c - find: a file tested against the expression.
 *
 * Times count whole days back from when find started (-mtime 0: less
 * than a day old); sizes round up to whole units (512-byte blocks unless
 * c, k or M is given).  -prune and -print act as they are reached, so
 * the order of an expression matters as POSIX says.
 *
 * Entry point: eval.
 */
#include <fnmatch.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include "find.h"

static int compare(const struct node *n, long long v)
{
	return n->cmp == CMP_MORE ? v > n->num : n->cmp == CMP_LESS ?
	    v < n->num : v == n->num;
}

static int days(const struct node *n, time_t t)
{
	return compare(n, (long long) (walk.now - t) / 86400);
}

static int size(const struct node *n, const struct stat *st)
{
	long long u = n->unit;

	return compare(n, ((long long) st->st_size + u - 1) / u);
}

static int perm(const struct node *n, mode_t m)
{
	m &= 07777;
	if (n->perm_how == '-')
		return (m & n->mode) == n->mode;
	if (n->perm_how == '/')
		return n->mode == 0 || (m & n->mode) != 0;
	return m == n->mode;
}

/* A test that needs the file's attributes. */
static int attribute(const struct node *n, const struct entry *e)
{
	const struct stat *st = &e->st;

	switch (n->kind) {
	case N_TYPE: return (st->st_mode & S_IFMT) == n->mode;
	case N_PERM: return perm(n, st->st_mode);
	case N_USER: return (long long) st->st_uid == n->num;
	case N_GROUP: return (long long) st->st_gid == n->num;
	case N_NOUSER: return getpwuid(st->st_uid) == NULL;
	case N_NOGROUP: return getgrgid(st->st_gid) == NULL;
	case N_SIZE: return size(n, st);
	case N_LINKS: return compare(n, (long long) st->st_nlink);
	case N_ATIME: return days(n, st->st_atime);
	case N_CTIME: return days(n, st->st_ctime);
	case N_MTIME: return days(n, st->st_mtime);
	case N_NEWER: return st->st_mtime > n->when;
	default: return 0;
	}
}

int eval(const struct node *n, const struct entry *e)
{
	switch (n->kind) {
	case N_AND: return eval(n->left, e) && eval(n->right, e);
	case N_OR: return eval(n->left, e) || eval(n->right, e);
	case N_NOT: return !eval(n->left, e);
	case N_NAME: return fnmatch(n->text, e->name, 0) == 0;
	case N_PATH: return fnmatch(n->text, e->path, 0) == 0;
	case N_PRUNE:
		walk.prune = 1;
		return 1;
	case N_XDEV: case N_DEPTH: case N_MAXDEPTH: case N_MINDEPTH:
		return 1;
	case N_PRINT:
		puts(e->path);
		return 1;
	case N_PRINT0:
		fputs(e->path, stdout);
		putchar('\0');
		return 1;
	case N_EXEC: case N_OK:
		return exec_run(n->exec, e->path);
	default:
		return e->stat_ok && attribute(n, e);
	}
}

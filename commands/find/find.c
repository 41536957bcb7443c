/*
 * find - walk file trees and act on what an expression selects.
 *
 *	find [-H | -L] [path...] [expression]
 *
 * Each path (. if none) is walked depth by depth; every file met is
 * tested against the expression (parse.c, eval.c), which prints it by
 * default.  Primaries: -name, -path, -type, -perm [-/]mode, -user,
 * -group, -nouser, -nogroup, -size n[ckM], -links, -atime, -ctime,
 * -mtime, -newer, -prune, -xdev, -depth, -maxdepth, -mindepth,
 * -print, -print0, -exec ... ; and {} +, -ok; operators ( ), !, -a,
 * -o.  Symbolic links are not followed (-P); -H follows those named as
 * paths, -L all of them (a link back up the tree is reported, not
 * walked).  Directories are read in the order they keep their names.
 *
 * Status: 0, or 1 if a file could not be reached or a -exec ... +
 * failed.
 */
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "find.h"

#define MAX_DEPTH	1024

struct walk walk = { 'P', 0, 0, -1, -1, 0, 0, 0 };
static struct node *expression;
static struct { dev_t dev; ino_t ino; } up[MAX_DEPTH];	/* -L loops */
static dev_t start_dev;

void fail(const char *fmt, ...)
{
	va_list ap;

	fputs("find: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	walk.status = 1;
}

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("find: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(1);
}

void usage(void)
{
	fputs("usage: find [-H | -L] [path...] [expression]\n", stderr);
	exit(1);
}

/* e's attributes as the link rules say; 0, or -1 (reported). */
static int get_stat(struct entry *e)
{
	int follow = walk.follow == 'L' || (walk.follow == 'H' &&
	    e->depth == 0);
	int r = follow ? stat(e->path, &e->st) : lstat(e->path, &e->st);

	if (r < 0 && follow && errno == ENOENT)
		r = lstat(e->path, &e->st);	/* a link to nothing */
	if (r < 0)
		fail("%s: %s", e->path, strerror(errno));
	e->stat_ok = r == 0;
	return r;
}

static int is_loop(const struct entry *e)
{
	for (int i = 0; i < e->depth && i < MAX_DEPTH; i++)
		if (up[i].dev == e->st.st_dev && up[i].ino == e->st.st_ino)
			return 1;
	return 0;
}

static void visit(const char *path, int depth);

/* The files in directory e. */
static void children(const struct entry *e)
{
	DIR *d = opendir(e->path);
	struct dirent *de;
	size_t len = strlen(e->path);
	char *sub;

	if (d == NULL) {
		fail("%s: %s", e->path, strerror(errno));
		return;
	}
	if (e->depth < MAX_DEPTH) {
		up[e->depth].dev = e->st.st_dev;
		up[e->depth].ino = e->st.st_ino;
	}
	while ((de = readdir(d)) != NULL) {
		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		if ((sub = malloc(len + strlen(de->d_name) + 2)) == NULL)
			die("out of memory");
		sprintf(sub, "%s%s%s", e->path, len > 0 &&
		    e->path[len - 1] == '/' ? "" : "/", de->d_name);
		visit(sub, e->depth + 1);
		free(sub);
	}
	closedir(d);
}

/* Whether the walk goes into directory e. */
static int descend(const struct entry *e)
{
	if (!e->stat_ok || !S_ISDIR(e->st.st_mode) || walk.prune)
		return 0;
	if (walk.maxdepth >= 0 && e->depth >= walk.maxdepth)
		return 0;
	if (walk.xdev && e->st.st_dev != start_dev)
		return 0;
	if (walk.follow != 'P' && is_loop(e)) {
		fail("%s: a file system loop (a link to a directory above)",
		    e->path);
		return 0;
	}
	return 1;
}

static void visit(const char *path, int depth)
{
	struct entry e = { path, NULL, { 0 }, 0, depth };
	const char *slash = strrchr(path, '/');
	int test = walk.mindepth < 0 || depth >= walk.mindepth;

	e.name = slash != NULL && slash[1] != '\0' ? slash + 1 : path;
	if (get_stat(&e) < 0 && depth == 0)
		return;
	if (depth == 0)
		start_dev = e.st.st_dev;
	walk.prune = 0;
	if (test && !walk.depth_first)
		(void) eval(expression, &e);
	if (walk.depth_first)
		walk.prune = 0;			/* -prune means nothing then */
	if (descend(&e))
		children(&e);
	if (test && walk.depth_first)
		(void) eval(expression, &e);
}

/* The operands before the expression: paths. */
static int is_path(const char *s)
{
	return s[0] != '-' && strcmp(s, "!") != 0 && strcmp(s, "(") != 0;
}

int main(int argc, char **argv)
{
	static char *dot[] = { ".", NULL };
	int first, start = 1;

	/* Only these options: -name and the like must reach parse(). */
	for (; start < argc && strspn(argv[start], "-HLP") ==
	    strlen(argv[start]) && argv[start][0] == '-' &&
	    argv[start][1] != '\0'; start++) {
		if (strcmp(argv[start], "--") == 0) {
			start++;
			break;
		}
		walk.follow = argv[start][strlen(argv[start]) - 1];
	}
	for (first = start; first < argc && is_path(argv[first]); first++)
		;
	walk.now = time(NULL);
	expression = parse(argv + first);
	if (first == start) {
		argv = dot;
		start = 0;
		first = 1;
	}
	for (int i = start; i < first; i++)
		visit(argv[i], 0);
	exec_flush_all();
	if (fflush(stdout) != 0)
		walk.status = 1;
	return walk.status;
}

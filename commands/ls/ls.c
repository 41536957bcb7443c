/*
 * ls - list files and directory contents.
 *
 *	ls [-1adlR] [file ...]
 *
 * Names are sorted bytewise and printed one a line, or with -l in the
 * long format (long.c).  Operands that are files are listed first, then
 * each directory's contents under a "dir:" heading when there is more
 * than one thing to show.  -a shows names starting with '.', -d lists
 * directories themselves, -R descends into subdirectories.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>
#include "ls.h"

static int opt_all, opt_dir, opt_long, opt_recursive;
static int status;
static int printed;		/* something is on the output already */

static void usage(void)
{
	fputs("usage: ls [-1adlR] [file ...]\n", stderr);
	exit(1);
}

static void *xmalloc(size_t n)
{
	void *p = malloc(n);

	if (p == NULL) {
		fputs("ls: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(((const struct entry *) a)->name,
	    ((const struct entry *) b)->name);
}

static void print_entries(struct entry *e, size_t n, int total)
{
	size_t i;

	qsort(e, n, sizeof(*e), by_name);
	if (opt_long)
		print_long(e, n, total);
	else
		for (i = 0; i < n; i++)
			puts(e[i].name);
	if (n > 0 || total)
		printed = 1;
}

static char *join(const char *dir, const char *name)
{
	size_t len = strlen(dir);
	char *p = xmalloc(len + strlen(name) + 2);

	sprintf(p, "%s%s%s", dir, len > 0 && dir[len - 1] == '/' ? "" : "/",
	    name);
	return p;
}

/* Reads directory path's entries (lstat'ed) into *out; answers n. */
static size_t read_dir(const char *path, DIR *d, struct entry **out)
{
	struct entry *e = NULL;
	struct dirent *de;
	size_t n = 0, cap = 0;

	while ((de = readdir(d)) != NULL) {
		if (de->d_name[0] == '.' && !opt_all)
			continue;
		if (n == cap) {
			cap = cap ? 2 * cap : 32;
			e = realloc(e, cap * sizeof(*e));
			if (e == NULL)
				xmalloc((size_t) -1);
		}
		e[n].name = xmalloc(strlen(de->d_name) + 1);
		strcpy(e[n].name, de->d_name);
		e[n].path = join(path, de->d_name);
		if (lstat(e[n].path, &e[n].st) < 0)
			memset(&e[n].st, 0, sizeof(e[n].st));
		n++;
	}
	*out = e;
	return n;
}

static void free_entries(struct entry *e, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free(e[i].name);
		free(e[i].path);
	}
	free(e);
}

/* Lists a directory, under a heading if asked, then with -R its
 * subdirectories. */
static void list_dir(const char *path, int heading)
{
	struct entry *e;
	size_t n, i;
	DIR *d = opendir(path);

	if (d == NULL) {
		fprintf(stderr, "ls: %s: %s\n", path, strerror(errno));
		status = 1;
		return;
	}
	if (heading)
		printf("%s%s:\n", printed ? "\n" : "", path);
	printed = 1;
	n = read_dir(path, d, &e);
	closedir(d);
	print_entries(e, n, 1);
	for (i = 0; opt_recursive && i < n; i++)
		if (S_ISDIR(e[i].st.st_mode) && strcmp(e[i].name, ".") != 0 &&
		    strcmp(e[i].name, "..") != 0)
			list_dir(e[i].path, 1);
	free_entries(e, n);
}

/* Stats an operand; a symbolic link is followed unless -l or -d. */
static int stat_operand(const char *path, struct stat *st)
{
	if (!opt_long && !opt_dir && stat(path, st) == 0)
		return 0;
	return lstat(path, st);
}

/* Splits operands into files (listed together) and directories. */
static void list_operands(char **args, int n)
{
	struct entry *files = xmalloc(sizeof(*files) * (size_t) n);
	struct entry *dirs = xmalloc(sizeof(*dirs) * (size_t) n);
	size_t nf = 0, nd = 0, i;
	struct stat st;
	int k;

	for (k = 0; k < n; k++) {
		if (stat_operand(args[k], &st) < 0) {
			fprintf(stderr, "ls: %s: %s\n", args[k],
			    strerror(errno));
			status = 1;
			continue;
		}
		struct entry *e = S_ISDIR(st.st_mode) && !opt_dir ?
		    &dirs[nd++] : &files[nf++];
		e->name = e->path = args[k];
		e->st = st;
	}
	print_entries(files, nf, 0);
	qsort(dirs, nd, sizeof(*dirs), by_name);
	for (i = 0; i < nd; i++)
		list_dir(dirs[i].path, n > 1 || opt_recursive);
	free(files);
	free(dirs);
}

int main(int argc, char **argv)
{
	static char *dot[] = { ".", NULL };
	int c;

	while ((c = getopt(argc, argv, "1adlR")) != -1) {
		switch (c) {
		case '1': break;
		case 'a': opt_all = 1; break;
		case 'd': opt_dir = 1; break;
		case 'l': opt_long = 1; break;
		case 'R': opt_recursive = 1; break;
		default: usage();
		}
	}
	if (optind == argc)
		list_operands(dot, 1);
	else
		list_operands(argv + optind, argc - optind);
	return status;
}

/*
 * dirs.c - diff: two directories compared name by name.
 *
 * Names in one only are reported ("Only in DIR: NAME"); regular files
 * in both are compared; subdirectories in both are compared in turn
 * with -r, else named ("Common subdirectories: ..."); a directory
 * against a file is reported; other kinds of files are passed over.
 *
 * Entry point: diff_dirs.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "diff.h"

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The sorted names in dir, NULL-ended, or NULL (reported). */
static char **names(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char **v = NULL;
	size_t n = 0;

	if (d == NULL) {
		fprintf(stderr, "diff: %s: %s\n", dir, strerror(errno));
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if ((v = realloc(v, (n + 2) * sizeof(*v))) == NULL ||
		    (v[n++] = strdup(e->d_name)) == NULL) {
			fputs("diff: out of memory\n", stderr);
			exit(2);
		}
	}
	closedir(d);
	if (v == NULL && (v = malloc(sizeof(*v))) == NULL)
		exit(2);
	v[n] = NULL;
	qsort(v, n, sizeof(*v), by_name);
	return v;
}

static const char *kind(const struct stat *st)
{
	return S_ISDIR(st->st_mode) ? "directory" : S_ISREG(st->st_mode) ?
	    "regular file" : "special file";
}

/* A name both directories hold; the status. */
static int both(const char *d1, const char *d2, const char *name)
{
	char p1[PATH_MAX], p2[PATH_MAX];
	struct stat s1, s2;

	snprintf(p1, sizeof(p1), "%s/%s", d1, name);
	snprintf(p2, sizeof(p2), "%s/%s", d2, name);
	if (stat(p1, &s1) < 0 || stat(p2, &s2) < 0) {
		fprintf(stderr, "diff: %s: %s\n", stat(p1, &s1) < 0 ? p1 : p2,
		    strerror(errno));
		return 2;
	}
	if (S_ISDIR(s1.st_mode) && S_ISDIR(s2.st_mode)) {
		if (opt.recursive)
			return diff_dirs(p1, p2);
		printf("Common subdirectories: %s and %s\n", p1, p2);
		return 0;
	}
	if (S_ISDIR(s1.st_mode) || S_ISDIR(s2.st_mode)) {
		printf("File %s is a %s while file %s is a %s\n", p1,
		    kind(&s1), p2, kind(&s2));
		return 1;
	}
	if (!S_ISREG(s1.st_mode) || !S_ISREG(s2.st_mode))
		return 0;
	return diff_files(p1, p2, 1);
}

int diff_dirs(const char *d1, const char *d2)
{
	char **n1 = names(d1), **n2 = names(d2);
	size_t i = 0, j = 0;
	int r = 0, c, st;

	if (n1 == NULL || n2 == NULL)
		return 2;
	while (n1[i] != NULL || n2[j] != NULL) {
		c = n1[i] == NULL ? 1 : n2[j] == NULL ? -1 :
		    strcmp(n1[i], n2[j]);
		if (c < 0)
			printf("Only in %s: %s\n", d1, n1[i++]);
		else if (c > 0)
			printf("Only in %s: %s\n", d2, n2[j++]);
		st = c != 0 ? 1 : both(d1, d2, n1[i]);
		if (c == 0)
			i++, j++;
		r = st > r ? st : r;
	}
	for (i = 0; n1[i] != NULL; i++)
		free(n1[i]);
	for (j = 0; n2[j] != NULL; j++)
		free(n2[j]);
	free(n1);
	free(n2);
	return r;
}

/*
 * ls.h - what ls.c and long.c share.
 */
#ifndef LS_H
#define LS_H
#include <sys/stat.h>

struct entry {
	char *name;		/* as shown */
	char *path;		/* for lstat and readlink */
	struct stat st;
};

/* Prints entries in the -l format, aligned; with a "total" line first
 * when they are a directory's contents. */
void print_long(const struct entry *e, size_t n, int total);

#endif

/*
 * userdb.h - what pwent.c, grent.c and spent.c share: reading the
 * colon-separated files of users, groups and password hashes
 * (gen/userdb.c).
 */
#ifndef _USERDB_H
#define _USERDB_H

#include <stddef.h>
#include <stdio.h>

#define USERDB_LINE	1024	/* longest line read; longer ones are skipped */

struct userdb {
	const char *path;
	FILE *f;		/* NULL until the first read */
};

/* The next line of db's file, without its newline, into line; 1 if
 * there was one, 0 at the end, -1 (errno set) if the file cannot be
 * read.  A line too long for line is skipped whole. */
int userdb_next(struct userdb *db, char *line, size_t len);
void userdb_rewind(struct userdb *db);
void userdb_close(struct userdb *db);

/* Split line at each ':' into exactly n fields: 0, or -1 if it has
 * another number of them. */
int userdb_split(char *line, char **field, int n);
/* A decimal id of at most 10 digits: 0, or -1 if s is not one. */
int userdb_id(const char *s, unsigned *id);
/* Copy the len bytes of a split line to buf and move each of the n
 * field pointers to point into the copy. */
void userdb_move(char **field, int n, const char *line, char *buf,
    size_t len);

#endif

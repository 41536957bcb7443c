/*
 * userdb.h - reading the colon-separated files /etc/passwd and
 * /etc/group, line by line (private to lib/libc/gen).
 */
#ifndef _LIBC_USERDB_H
#define _LIBC_USERDB_H

#include <stdio.h>
#include <sys/types.h>

struct userdb {
	const char *path;
	FILE *f;		/* NULL until the first read */
	char *line;		/* getline's buffer */
	size_t cap;
};

/* The next well-formed entry: exactly n fields, split in place in
 * db->line (the colons become NULs).  *len is the line's length.
 * Returns 1, 0 at the end, or -1 with errno set. */
int __userdb_next(struct userdb *db, char **fields, int n, size_t *len);
void __userdb_rewind(struct userdb *db);
void __userdb_close(struct userdb *db);

/* A user or group id in decimal; -1 if s is not one. */
int __userdb_id(const char *s, unsigned *id);

/* Copies the split line (len bytes and a NUL) into buf and moves the n
 * field pointers with it; ERANGE if it does not fit. */
int __userdb_copy(const char *line, size_t len, char **fields, int n,
    char *buf, size_t size);

#endif

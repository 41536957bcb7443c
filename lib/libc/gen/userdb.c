/*
 * userdb.c - the lines of /etc/passwd and /etc/group as fields.
 *
 * A line is NAME:FIELD:...; a line with the wrong number of fields, an
 * empty one or one starting with '#' is passed over, so that one bad
 * line does not hide the users after it.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "userdb.h"

/* Splits line at ':' into at most n fields; returns how many there were
 * (n + 1 when there were more). */
static int split(char *line, char **fields, int n)
{
	int k = 0;

	fields[k++] = line;
	for (char *p = line; *p != '\0'; p++) {
		if (*p != ':')
			continue;
		if (k == n)
			return n + 1;
		*p = '\0';
		fields[k++] = p + 1;
	}
	return k;
}

int __userdb_next(struct userdb *db, char **fields, int n, size_t *len)
{
	ssize_t r;

	if (db->f == NULL && (db->f = fopen(db->path, "r")) == NULL)
		return -1;
	while ((r = getline(&db->line, &db->cap, db->f)) > 0) {
		if (db->line[r - 1] == '\n')
			db->line[--r] = '\0';
		if (r == 0 || db->line[0] == '#')
			continue;
		if (split(db->line, fields, n) == n) {
			*len = (size_t) r;
			return 1;
		}
	}
	return ferror(db->f) ? -1 : 0;
}

void __userdb_rewind(struct userdb *db)
{
	if (db->f != NULL)
		rewind(db->f);
}

void __userdb_close(struct userdb *db)
{
	if (db->f != NULL)
		fclose(db->f);
	db->f = NULL;
	free(db->line);
	db->line = NULL;
	db->cap = 0;
}

int __userdb_id(const char *s, unsigned *id)
{
	unsigned long v = 0;

	if (*s == '\0')
		return -1;
	for (; *s != '\0'; s++) {
		if (*s < '0' || *s > '9')
			return -1;
		v = v * 10 + (unsigned) (*s - '0');
		if (v > 0xFFFFFFFEu)	/* (uid_t) -1 is no one */
			return -1;
	}
	*id = (unsigned) v;
	return 0;
}

int __userdb_copy(const char *line, size_t len, char **fields, int n,
    char *buf, size_t size)
{
	if (len + 1 > size)
		return ERANGE;
	memcpy(buf, line, len + 1);
	for (int i = 0; i < n; i++)
		fields[i] = buf + (fields[i] - line);
	return 0;
}

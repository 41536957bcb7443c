/*
 * userdb.c - reading /etc/passwd, /etc/group and /etc/shadow: lines, and
 * the colon-separated fields in them (see userdb.h).
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "../include/userdb.h"

int userdb_next(struct userdb *db, char *line, size_t len)
{
	size_t n;
	int c;

	if (db->f == NULL && (db->f = fopen(db->path, "r")) == NULL)
		return -1;
	while (fgets(line, (int) len, db->f) != NULL) {
		n = strlen(line);
		if (n > 0 && line[n - 1] == '\n') {
			line[n - 1] = '\0';
			return 1;
		}
		if (feof(db->f))
			return 1;		/* the last line, unended */
		while ((c = fgetc(db->f)) != EOF && c != '\n')
			;			/* too long: skip the rest */
	}
	return ferror(db->f) ? -1 : 0;
}

void userdb_rewind(struct userdb *db)
{
	if (db->f != NULL)
		rewind(db->f);
}

void userdb_close(struct userdb *db)
{
	if (db->f != NULL)
		fclose(db->f);
	db->f = NULL;
}

int userdb_split(char *line, char **field, int n)
{
	int i = 0;
	char *p = line;

	for (;;) {
		if (i == n)
			return -1;
		field[i++] = p;
		if ((p = strchr(p, ':')) == NULL)
			break;
		*p++ = '\0';
	}
	return i == n ? 0 : -1;
}

int userdb_id(const char *s, unsigned *id)
{
	unsigned long long v = 0;
	int digits = 0;

	for (; *s >= '0' && *s <= '9' && digits <= 10; s++, digits++)
		v = v * 10 + (unsigned) (*s - '0');
	if (*s != '\0' || digits == 0 || v > 0xFFFFFFFFull)
		return -1;
	*id = (unsigned) v;
	return 0;
}

void userdb_move(char **field, int n, const char *line, char *buf,
    size_t len)
{
	memcpy(buf, line, len);
	for (int i = 0; i < n; i++)
		field[i] = buf + (field[i] - line);
}

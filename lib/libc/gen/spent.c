/*
 * spent.c - the password hashes: getspnam, getspent, setspent,
 * endspent, read from /etc/shadow (which only root may read).
 *
 * Empty numeric fields read as -1, as on other systems; a line whose
 * numbers are not numbers is passed over.
 */
#include <errno.h>
#include <shadow.h>
#include <stdlib.h>
#include <string.h>
#include "../include/userdb.h"

#define FIELDS	9

static struct userdb ent_db = { _PATH_SHADOW, NULL };
static struct spwd static_sp;
static char static_buf[USERDB_LINE];

/* A number field: empty is -1. */
static int number(const char *s, long *v)
{
	char *end;

	if (*s == '\0') {
		*v = -1;
		return 0;
	}
	errno = 0;
	*v = strtol(s, &end, 10);
	return errno == 0 && *end == '\0' ? 0 : -1;
}

/* Split the n-byte line, copy it into the static entry: 0, or -1 if
 * it is not a user's line. */
static int parse(char *line, size_t n)
{
	char *f[FIELDS];
	long v[FIELDS - 2];
	int i, saved = errno;

	if (userdb_split(line, f, FIELDS) < 0 || f[0][0] == '\0')
		return -1;
	for (i = 2; i < FIELDS; i++)
		if (number(f[i], &v[i - 2]) < 0) {
			errno = saved;
			return -1;
		}
	userdb_move(f, FIELDS, line, static_buf, n);
	static_sp.sp_namp = f[0];
	static_sp.sp_pwdp = f[1];
	static_sp.sp_lstchg = v[0];
	static_sp.sp_min = v[1];
	static_sp.sp_max = v[2];
	static_sp.sp_warn = v[3];
	static_sp.sp_inact = v[4];
	static_sp.sp_expire = v[5];
	static_sp.sp_flag = (unsigned long) v[6];
	return 0;
}

/* The next entry of db, or NULL at its end (errno set on an error). */
static struct spwd *next(struct userdb *db)
{
	char line[USERDB_LINE];

	while (userdb_next(db, line, sizeof(line)) > 0)
		if (parse(line, strlen(line) + 1) == 0)
			return &static_sp;
	return NULL;
}

struct spwd *getspnam(const char *name)
{
	struct userdb db = { _PATH_SHADOW, NULL };
	struct spwd *sp;

	while ((sp = next(&db)) != NULL && strcmp(sp->sp_namp, name) != 0)
		;
	userdb_close(&db);
	return sp;
}

struct spwd *getspent(void)
{
	return next(&ent_db);
}

void setspent(void)
{
	userdb_rewind(&ent_db);
}

void endspent(void)
{
	userdb_close(&ent_db);
}

/*
 * pwent.c - the user database: getpwnam, getpwuid (and their _r forms),
 * getpwent, setpwent, endpwent, read from /etc/passwd.
 *
 * Lookups read the file from the start each time, so they neither
 * disturb nor depend on getpwent's place in it.  Lines that are not
 * seven fields with numeric ids are passed over.
 */
#include <errno.h>
#include <pwd.h>
#include <string.h>
#include "../include/userdb.h"

#define FIELDS	7

static struct userdb ent_db = { _PATH_PASSWD, NULL };
static struct passwd static_pw;
static char static_buf[USERDB_LINE];

/* Point pw's strings at fields f. */
static void fill(struct passwd *pw, char **f)
{
	pw->pw_name = f[0];
	pw->pw_passwd = f[1];
	pw->pw_gecos = f[4];
	pw->pw_dir = f[5];
	pw->pw_shell = f[6];
}

/* Split line into pw's fields: 0, or -1 if it is not a user's line. */
static int parse(char *line, char **f, struct passwd *pw)
{
	unsigned uid, gid;

	if (userdb_split(line, f, FIELDS) < 0 || userdb_id(f[2], &uid) < 0 ||
	    userdb_id(f[3], &gid) < 0 || f[0][0] == '\0')
		return -1;
	pw->pw_uid = uid;
	pw->pw_gid = gid;
	fill(pw, f);			/* in line, for the search */
	return 0;
}

/* The first line of db for which want() holds, into pw and buf. */
static int search(int (*want)(const struct passwd *, const void *),
    const void *key, struct passwd *pw, char *buf, size_t len,
    struct passwd **result)
{
	struct userdb db = { _PATH_PASSWD, NULL };
	char line[USERDB_LINE], *f[FIELDS];
	size_t n;
	int r;

	*result = NULL;
	while ((r = userdb_next(&db, line, sizeof(line))) > 0) {
		n = strlen(line) + 1;
		if (parse(line, f, pw) < 0 || !want(pw, key))
			continue;
		if (n > len) {
			r = -1;
			errno = ERANGE;
			break;
		}
		userdb_move(f, FIELDS, line, buf, n);
		fill(pw, f);
		*result = pw;
		break;
	}
	userdb_close(&db);
	return r < 0 ? errno : 0;
}

static int by_name(const struct passwd *pw, const void *key)
{
	return strcmp(pw->pw_name, key) == 0;
}

static int by_uid(const struct passwd *pw, const void *key)
{
	return pw->pw_uid == *(const uid_t *) key;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t len,
    struct passwd **result)
{
	return search(by_name, name, pw, buf, len, result);
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t len,
    struct passwd **result)
{
	return search(by_uid, &uid, pw, buf, len, result);
}

/* The non-_r forms: NULL with errno set on an error, NULL alone if
 * there is no such user. */
static struct passwd *found(int err, struct passwd *pw)
{
	if (err != 0)
		errno = err;
	return err != 0 ? NULL : pw;
}

struct passwd *getpwnam(const char *name)
{
	struct passwd *pw;
	int err = getpwnam_r(name, &static_pw, static_buf,
	    sizeof(static_buf), &pw);

	return found(err, pw);
}

struct passwd *getpwuid(uid_t uid)
{
	struct passwd *pw;
	int err = getpwuid_r(uid, &static_pw, static_buf,
	    sizeof(static_buf), &pw);

	return found(err, pw);
}

struct passwd *getpwent(void)
{
	char line[USERDB_LINE], *f[FIELDS];
	size_t n;

	while (userdb_next(&ent_db, line, sizeof(line)) > 0) {
		n = strlen(line) + 1;
		if (parse(line, f, &static_pw) < 0)
			continue;
		userdb_move(f, FIELDS, line, static_buf, n);
		fill(&static_pw, f);
		return &static_pw;
	}
	return NULL;
}

void setpwent(void)
{
	userdb_rewind(&ent_db);
}

void endpwent(void)
{
	userdb_close(&ent_db);
}

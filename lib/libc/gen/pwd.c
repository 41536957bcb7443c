/*
 * pwd.c - the user database: getpwnam(), getpwuid(), their _r forms,
 * and getpwent() with setpwent() and endpwent().
 *
 * Each lookup reads /etc/passwd from the start with a stream of its
 * own, so that it does not move getpwent()'s place.  The _r forms put
 * the strings in the caller's buffer (ERANGE when it is too small); the
 * others use one buffer of the library's, overwritten by the next call.
 */
#include <errno.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include "userdb.h"

#define PW_FIELDS	7
#define PASSWD_FILE	"/etc/passwd"

/* Fills pw from the split fields; -1 if the ids are not numbers. */
static int fill(struct passwd *pw, char **f)
{
	unsigned uid, gid;

	if (__userdb_id(f[2], &uid) < 0 || __userdb_id(f[3], &gid) < 0)
		return -1;
	pw->pw_name = f[0];
	pw->pw_passwd = f[1];
	pw->pw_uid = uid;
	pw->pw_gid = gid;
	pw->pw_gecos = f[4];
	pw->pw_dir = f[5];
	pw->pw_shell = f[6];
	return 0;
}

/* Finds the entry for name (if not NULL) or uid; the _r convention:
 * 0 with *result NULL when there is none, else an errno value. */
static int find(const char *name, uid_t uid, struct passwd *pw, char *buf,
    size_t size, struct passwd **result)
{
	struct userdb db = { PASSWD_FILE, NULL, NULL, 0 };
	char *f[PW_FIELDS];
	size_t len;
	int r, saved = errno;

	*result = NULL;
	while ((r = __userdb_next(&db, f, PW_FIELDS, &len)) > 0) {
		if (fill(pw, f) < 0)
			continue;
		if (name != NULL ? strcmp(f[0], name) != 0 : pw->pw_uid != uid)
			continue;
		r = __userdb_copy(db.line, len, f, PW_FIELDS, buf, size);
		if (r == 0) {
			fill(pw, f);
			*result = pw;
		}
		break;
	}
	if (r < 0)
		r = errno;
	__userdb_close(&db);
	errno = saved;
	return r;
}

int getpwnam_r(const char *name, struct passwd *pw, char *buf, size_t size,
    struct passwd **result)
{
	return find(name, 0, pw, buf, size, result);
}

int getpwuid_r(uid_t uid, struct passwd *pw, char *buf, size_t size,
    struct passwd **result)
{
	return find(NULL, uid, pw, buf, size, result);
}

static struct passwd the_pw;
static char *the_buf;
static size_t the_size;

/* Makes the_buf at least size bytes; false if memory ran out. */
static int grow(size_t size)
{
	char *nb;

	if (size <= the_size)
		return 1;
	if ((nb = realloc(the_buf, size)) == NULL)
		return 0;
	the_buf = nb;
	the_size = size;
	return 1;
}

/* The non-_r lookups: find() into the_buf, grown until the line fits. */
static struct passwd *lookup(const char *name, uid_t uid)
{
	struct passwd *res;
	int r;

	if (!grow(256))
		return NULL;
	while ((r = find(name, uid, &the_pw, the_buf, the_size, &res))
	    == ERANGE)
		if (!grow(the_size * 2))
			return NULL;
	if (r != 0)
		errno = r;
	return r == 0 ? res : NULL;
}

struct passwd *getpwnam(const char *name)
{
	return lookup(name, 0);
}

struct passwd *getpwuid(uid_t uid)
{
	return lookup(NULL, uid);
}

static struct userdb ent_db = { PASSWD_FILE, NULL, NULL, 0 };

/* The next entry of the file; its strings live in the stream's line. */
struct passwd *getpwent(void)
{
	char *f[PW_FIELDS];
	size_t len;
	int r;

	while ((r = __userdb_next(&ent_db, f, PW_FIELDS, &len)) > 0)
		if (fill(&the_pw, f) == 0)
			return &the_pw;
	return NULL;
}

void setpwent(void)
{
	__userdb_rewind(&ent_db);
}

void endpwent(void)
{
	__userdb_close(&ent_db);
}

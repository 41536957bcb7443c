/*
 * grent.c - the group database: getgrnam, getgrgid (and their _r
 * forms), getgrent, setgrent, endgrent, read from /etc/group.
 *
 * Lookups read the file from the start each time, as in pwent.c.  An
 * entry's strings and its NULL-ended list of members share the buffer:
 * the line first, then the list, aligned for pointers.
 */
#include <errno.h>
#include <grp.h>
#include <string.h>
#include "../include/userdb.h"

#define FIELDS	4
/* Room for the longest line and the most members it can name. */
#define STATIC_BUF	(USERDB_LINE + (USERDB_LINE / 2 + 2) * sizeof(char *))

static struct userdb ent_db = { _PATH_GROUP, NULL };
static struct group static_gr;
static char *static_buf[STATIC_BUF / sizeof(char *)];

static int parse(char *line, char **f, struct group *gr)
{
	unsigned gid;

	if (userdb_split(line, f, FIELDS) < 0 || userdb_id(f[2], &gid) < 0 ||
	    f[0][0] == '\0')
		return -1;
	gr->gr_name = f[0];		/* in line, for the search */
	gr->gr_gid = gid;
	return 0;
}

static size_t count_members(const char *list)
{
	size_t n = *list != '\0';

	for (; *list != '\0'; list++)
		n += *list == ',';
	return n;
}

/* Copy the split line (n bytes) into buf and build gr there: 0, or -1
 * if len is too small. */
static int fill(struct group *gr, char **f, const char *line, size_t n,
    char *buf, size_t len)
{
	size_t at = (n + sizeof(char *) - 1) & ~(sizeof(char *) - 1);
	size_t members = count_members(f[3]);
	char **mem, *p;

	if (at + (members + 1) * sizeof(char *) > len)
		return -1;
	userdb_move(f, FIELDS, line, buf, n);
	mem = (char **) (void *) (buf + at);
	gr->gr_name = f[0];
	gr->gr_passwd = f[1];
	gr->gr_mem = mem;
	for (p = f[3]; members-- > 0; ) {
		*mem++ = p;
		if ((p = strchr(p, ',')) != NULL)
			*p++ = '\0';
	}
	*mem = NULL;
	return 0;
}

static int search(int (*want)(const struct group *, const void *),
    const void *key, struct group *gr, char *buf, size_t len,
    struct group **result)
{
	struct userdb db = { _PATH_GROUP, NULL };
	char line[USERDB_LINE], *f[FIELDS];
	size_t n;
	int r;

	*result = NULL;
	while ((r = userdb_next(&db, line, sizeof(line))) > 0) {
		n = strlen(line) + 1;
		if (parse(line, f, gr) < 0 || !want(gr, key))
			continue;
		if (fill(gr, f, line, n, buf, len) < 0) {
			r = -1;
			errno = ERANGE;
		} else {
			*result = gr;
		}
		break;
	}
	userdb_close(&db);
	return r < 0 ? errno : 0;
}

static int by_name(const struct group *gr, const void *key)
{
	return strcmp(gr->gr_name, key) == 0;
}

static int by_gid(const struct group *gr, const void *key)
{
	return gr->gr_gid == *(const gid_t *) key;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t len,
    struct group **result)
{
	return search(by_name, name, gr, buf, len, result);
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t len,
    struct group **result)
{
	return search(by_gid, &gid, gr, buf, len, result);
}

static struct group *found(int err, struct group *gr)
{
	if (err != 0)
		errno = err;
	return err != 0 ? NULL : gr;
}

struct group *getgrnam(const char *name)
{
	struct group *gr;
	int err = getgrnam_r(name, &static_gr, (char *) static_buf,
	    sizeof(static_buf), &gr);

	return found(err, gr);
}

struct group *getgrgid(gid_t gid)
{
	struct group *gr;
	int err = getgrgid_r(gid, &static_gr, (char *) static_buf,
	    sizeof(static_buf), &gr);

	return found(err, gr);
}

struct group *getgrent(void)
{
	char line[USERDB_LINE], *f[FIELDS];
	size_t n;

	while (userdb_next(&ent_db, line, sizeof(line)) > 0) {
		n = strlen(line) + 1;
		if (parse(line, f, &static_gr) == 0 &&
		    fill(&static_gr, f, line, n, (char *) static_buf,
		    sizeof(static_buf)) == 0)
			return &static_gr;
	}
	return NULL;
}

void setgrent(void)
{
	userdb_rewind(&ent_db);
}

void endgrent(void)
{
	userdb_close(&ent_db);
}

/*
 * grp.c - the group database: getgrnam(), getgrgid(), their _r forms,
 * and getgrent() with setgrent() and endgrent().
 *
 * As pwd.c, for /etc/group: NAME:PASSWORD:GID:MEMBER,MEMBER,...  The
 * member list is cut at its commas where it lies, and the array of
 * pointers to the names follows the strings in the same buffer.
 */
#include <errno.h>
#include <grp.h>
#include <stdlib.h>
#include <string.h>
#include "userdb.h"

#define GR_FIELDS	4
#define GROUP_FILE	"/etc/group"

static size_t count_members(const char *list)
{
	size_t n = 0;

	if (*list == '\0')
		return 0;
	for (n = 1; *list != '\0'; list++)
		n += *list == ',';
	return n;
}

/* Builds gr from the split fields, with the member array at mem (room
 * for count_members + 1 pointers); -1 if the gid is not a number. */
static int fill(struct group *gr, char **f, char **mem)
{
	unsigned gid;
	size_t n = 0;
	char *p;

	if (__userdb_id(f[2], &gid) < 0)
		return -1;
	gr->gr_name = f[0];
	gr->gr_passwd = f[1];
	gr->gr_gid = gid;
	gr->gr_mem = mem;
	if (*f[3] != '\0') {
		for (p = f[3]; p != NULL; n++) {
			mem[n] = p;
			if ((p = strchr(p, ',')) != NULL)
				*p++ = '\0';
		}
	}
	mem[n] = NULL;
	return 0;
}

/* Where the member array goes after len bytes of strings in buf. */
static size_t array_at(size_t len)
{
	return (len + 1 + sizeof(char *) - 1) & ~(sizeof(char *) - 1);
}

static int match(char **f, const char *name, gid_t gid)
{
	unsigned g;

	if (name != NULL)
		return strcmp(f[0], name) == 0;
	return __userdb_id(f[2], &g) == 0 && g == gid;
}

/* Finds the entry for name (if not NULL) or gid, the _r way. */
static int find(const char *name, gid_t gid, struct group *gr, char *buf,
    size_t size, struct group **result)
{
	struct userdb db = { GROUP_FILE, NULL, NULL, 0 };
	char *f[GR_FIELDS];
	size_t len, need;
	int r, saved = errno;

	*result = NULL;
	while ((r = __userdb_next(&db, f, GR_FIELDS, &len)) > 0) {
		if (!match(f, name, gid))
			continue;
		need = array_at(len) + (count_members(f[3]) + 1) * sizeof(char *);
		r = need > size ? ERANGE
		    : __userdb_copy(db.line, len, f, GR_FIELDS, buf, size);
		if (r == 0 && fill(gr, f, (char **) (void *) (buf
		    + array_at(len))) == 0)
			*result = gr;
		break;
	}
	if (r < 0)
		r = errno;
	__userdb_close(&db);
	errno = saved;
	return r;
}

int getgrnam_r(const char *name, struct group *gr, char *buf, size_t size,
    struct group **result)
{
	return find(name, 0, gr, buf, size, result);
}

int getgrgid_r(gid_t gid, struct group *gr, char *buf, size_t size,
    struct group **result)
{
	return find(NULL, gid, gr, buf, size, result);
}

static struct group the_gr;
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

static struct group *lookup(const char *name, gid_t gid)
{
	struct group *res;
	int r;

	if (!grow(256))
		return NULL;
	while ((r = find(name, gid, &the_gr, the_buf, the_size, &res))
	    == ERANGE)
		if (!grow(the_size * 2))
			return NULL;
	if (r != 0)
		errno = r;
	return r == 0 ? res : NULL;
}

struct group *getgrnam(const char *name)
{
	return lookup(name, 0);
}

struct group *getgrgid(gid_t gid)
{
	return lookup(NULL, gid);
}

static struct userdb ent_db = { GROUP_FILE, NULL, NULL, 0 };
static char **ent_mem;

/* The next entry; its strings live in the stream's line, its member
 * array in memory of its own. */
struct group *getgrent(void)
{
	char *f[GR_FIELDS], **nm;
	size_t len;

	while (__userdb_next(&ent_db, f, GR_FIELDS, &len) > 0) {
		nm = realloc(ent_mem, (count_members(f[3]) + 1)
		    * sizeof(char *));
		if (nm == NULL)
			return NULL;
		ent_mem = nm;
		if (fill(&the_gr, f, ent_mem) == 0)
			return &the_gr;
	}
	return NULL;
}

void setgrent(void)
{
	__userdb_rewind(&ent_db);
}

void endgrent(void)
{
	__userdb_close(&ent_db);
}

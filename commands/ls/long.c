/*
 * long.c - ls -l: one line a file with its mode, links, owner, group,
 * size, modification time and name (and "-> target" for a symbolic
 * link), the numeric columns aligned.  Owners and groups are named
 * from /etc/passwd and /etc/group when those can be read, else shown
 * as numbers.  Entry point: print_long().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>
#include "ls.h"

#define SIX_MONTHS	(182LL * 24 * 60 * 60)

struct idname {
	unsigned id;
	char name[32];
};

struct idtable {
	const char *file;
	int loaded;
	size_t n;
	struct idname *names;
};

static struct idtable users = { "/etc/passwd" }, groups = { "/etc/group" };

/* Reads name:x:id:... lines from the table's file, once. */
static void load(struct idtable *t)
{
	char line[512], *name, *id;
	FILE *f;
	struct idname *grown;

	t->loaded = 1;
	if ((f = fopen(t->file, "r")) == NULL)
		return;
	while (fgets(line, sizeof(line), f) != NULL) {
		name = strtok(line, ":\n");
		if (name == NULL || strtok(NULL, ":\n") == NULL ||
		    (id = strtok(NULL, ":\n")) == NULL)
			continue;
		grown = realloc(t->names, (t->n + 1) * sizeof(*t->names));
		if (grown == NULL)
			break;
		t->names = grown;
		t->names[t->n].id = (unsigned) strtoul(id, NULL, 10);
		snprintf(t->names[t->n].name, sizeof(t->names[0].name), "%s",
		    name);
		t->n++;
	}
	fclose(f);
}

/* The name for id, or the number, in buf. */
static const char *id_name(struct idtable *t, unsigned id, char *buf,
    size_t size)
{
	size_t i;

	if (!t->loaded)
		load(t);
	for (i = 0; i < t->n; i++)
		if (t->names[i].id == id)
			return t->names[i].name;
	snprintf(buf, size, "%u", id);
	return buf;
}

static char type_char(mode_t m)
{
	switch (m & S_IFMT) {
	case S_IFDIR: return 'd';
	case S_IFLNK: return 'l';
	case S_IFCHR: return 'c';
	case S_IFBLK: return 'b';
	case S_IFIFO: return 'p';
	case S_IFSOCK: return 's';
	default: return '-';
	}
}

/* "drwxr-xr-x", with s/S for set-id bits and t/T for sticky. */
static void mode_string(mode_t m, char *s)
{
	static const char rwx[] = "rwxrwxrwx";
	int i;

	s[0] = type_char(m);
	for (i = 0; i < 9; i++)
		s[i + 1] = (m & (0400u >> i)) ? rwx[i] : '-';
	if (m & S_ISUID)
		s[3] = (m & S_IXUSR) ? 's' : 'S';
	if (m & S_ISGID)
		s[6] = (m & S_IXGRP) ? 's' : 'S';
	if (m & S_ISVTX)
		s[9] = (m & S_IXOTH) ? 't' : 'T';
	s[10] = '\0';
}

/* The size column: bytes, or "major, minor" for a device. */
static void size_string(const struct stat *st, char *buf, size_t size)
{
	if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode))
		snprintf(buf, size, "%u, %u", (unsigned) (st->st_rdev >> 8) &
		    0xff, (unsigned) st->st_rdev & 0xff);
	else
		snprintf(buf, size, "%lld", (long long) st->st_size);
}

/* "Nov 27 02:25", or "Nov 27  2025" when not within six months. */
static void time_string(time_t t, char *buf, size_t size)
{
	time_t now = time(NULL);
	struct tm *tm = localtime(&t);

	if (tm == NULL) {
		snprintf(buf, size, "%12s", "?");
		return;
	}
	if (t > now - SIX_MONTHS && t < now + SIX_MONTHS)
		strftime(buf, size, "%b %e %H:%M", tm);
	else
		strftime(buf, size, "%b %e  %Y", tm);
}

struct widths {
	int links, user, group, size;
};

static int digits_width(const char *s, int w)
{
	int len = (int) strlen(s);

	return len > w ? len : w;
}

static void measure(const struct entry *e, size_t n, struct widths *w)
{
	char buf[32];
	size_t i;

	memset(w, 0, sizeof(*w));
	for (i = 0; i < n; i++) {
		snprintf(buf, sizeof(buf), "%u", (unsigned) e[i].st.st_nlink);
		w->links = digits_width(buf, w->links);
		w->user = digits_width(id_name(&users, e[i].st.st_uid, buf,
		    sizeof(buf)), w->user);
		w->group = digits_width(id_name(&groups, e[i].st.st_gid, buf,
		    sizeof(buf)), w->group);
		size_string(&e[i].st, buf, sizeof(buf));
		w->size = digits_width(buf, w->size);
	}
}

static void print_one(const struct entry *e, const struct widths *w)
{
	char mode[11], ubuf[16], gbuf[16], size[32], when[32];
	char target[PATH_MAX];
	ssize_t len;

	mode_string(e->st.st_mode, mode);
	size_string(&e->st, size, sizeof(size));
	time_string(e->st.st_mtime, when, sizeof(when));
	printf("%s %*u %-*s %-*s %*s %s %s", mode, w->links,
	    (unsigned) e->st.st_nlink, w->user,
	    id_name(&users, e->st.st_uid, ubuf, sizeof(ubuf)), w->group,
	    id_name(&groups, e->st.st_gid, gbuf, sizeof(gbuf)), w->size, size,
	    when, e->name);
	if (S_ISLNK(e->st.st_mode) &&
	    (len = readlink(e->path, target, sizeof(target) - 1)) >= 0) {
		target[len] = '\0';
		printf(" -> %s", target);
	}
	putchar('\n');
}

void print_long(const struct entry *e, size_t n, int total)
{
	struct widths w;
	long long blocks = 0;
	size_t i;

	if (total) {
		for (i = 0; i < n; i++)
			blocks += (long long) e[i].st.st_blocks;
		printf("total %lld\n", (blocks + 1) / 2);
	}
	measure(e, n, &w);
	for (i = 0; i < n; i++)
		print_one(&e[i], &w);
}

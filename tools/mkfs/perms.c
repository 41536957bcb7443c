/*
 * perms.c - mkfs.mfs: owners and modes from a permissions list.
 *
 * Each line is "PATH OWNER GROUP MODE": a node that the tree or the
 * device list put in the image (leading '/' optional), its owner and
 * group as numbers or as names from the tree's own etc/passwd and
 * etc/group (the users the system will know), and its permission bits
 * in octal (set-id and sticky bits included).  '#' starts a comment.
 * Changes are stamped with the list file's mtime.
 *
 * Entry point: perms_apply.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "mkfs.h"

/* The id of name in the tree's colon file rel (etc/passwd or
 * etc/group: the name is field 0, the id field 2), or of a number. */
static int id_of(const struct mkfs *m, const char *rel, const char *name,
    uint32_t *id)
{
	char path[4096], *line = NULL, *end;
	size_t cap = 0, n = strlen(name);
	unsigned long v;
	FILE *f;
	int r = -1;

	v = strtoul(name, &end, 10);
	if (*name != '\0' && *end == '\0' && v <= UINT16_MAX) {
		*id = (uint32_t) v;
		return 0;
	}
	snprintf(path, sizeof(path), "%s/%s", m->src, rel);
	if ((f = fopen(path, "r")) == NULL)
		return -1;
	while (r < 0 && getline(&line, &cap, f) != -1) {
		char *colon = strchr(line, ':');
		if (colon == NULL || (size_t) (colon - line) != n ||
		    strncmp(line, name, n) != 0 ||
		    (colon = strchr(colon + 1, ':')) == NULL)
			continue;
		v = strtoul(colon + 1, &end, 10);
		if (end != colon + 1 && *end == ':' && v <= UINT16_MAX) {
			*id = (uint32_t) v;
			r = 0;
		}
	}
	free(line);
	fclose(f);
	return r;
}

/* The inode of path in the image, referenced. */
static int lookup_path(struct mkfs *m, const char *path, uint32_t *ino)
{
	uint32_t cur = mfs_root(m->fs), next;
	const char *p = path;
	size_t n;
	int r;

	mfs_get(m->fs, cur);
	for (;;) {
		while (*p == '/')
			p++;
		if (*p == '\0')
			break;
		n = strcspn(p, "/");
		r = mfs_lookup(m->fs, cur, p, n, &next);
		mfs_put(m->fs, cur, 1);
		if (r < 0)
			return r;
		cur = next;
		p += n;
	}
	*ino = cur;
	return 0;
}

/* One line's fields applied; lineno names it in messages. */
static int apply(struct mkfs *m, char **f, int lineno)
{
	uint32_t uid, gid, ino;
	unsigned long mode;
	char *end;
	int r;

	mode = strtoul(f[3], &end, 8);
	if (*end != '\0' || mode > 07777)
		return say("%s:%d: bad mode %s", m->permlist, lineno, f[3]);
	if (id_of(m, "etc/passwd", f[1], &uid) < 0 ||
	    id_of(m, "etc/group", f[2], &gid) < 0)
		return say("%s:%d: no user %s or no group %s in the tree's etc",
		    m->permlist, lineno, f[1], f[2]);
	if (lookup_path(m, f[0], &ino) < 0)
		return say("%s:%d: %s: not in the image", m->permlist, lineno,
		    f[0]);
	r = mfs_chown(m->fs, ino, uid, gid);
	if (r == 0)
		r = mfs_chmod(m->fs, ino, (uint32_t) mode);
	mfs_put(m->fs, ino, 1);
	return r < 0 ? fs_error(m, f[0], r) : 0;
}

int perms_apply(struct mkfs *m)
{
	struct stat st;
	char *line = NULL, *f[5], *save, *hash;
	size_t cap = 0;
	int lineno = 0, r = 0, n;
	FILE *file;

	if ((file = fopen(m->permlist, "r")) == NULL ||
	    fstat(fileno(file), &st) < 0)
		return say("%s: %s", m->permlist, strerror(errno));
	set_clock(st.st_mtime);
	while (r == 0 && getline(&line, &cap, file) != -1) {
		lineno++;
		if ((hash = strchr(line, '#')) != NULL)
			*hash = '\0';
		n = 0;
		save = NULL;
		for (char *t = strtok_r(line, " \t\r\n", &save); t != NULL;
		    t = strtok_r(NULL, " \t\r\n", &save))
			if (n < 5)
				f[n++] = t;
		if (n != 0 && n != 4)
			r = say("%s:%d: not \"PATH OWNER GROUP MODE\"",
			    m->permlist, lineno);
		else if (n == 4)
			r = apply(m, f, lineno);
	}
	free(line);
	fclose(file);
	return r;
}

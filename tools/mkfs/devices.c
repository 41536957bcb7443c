/*
 * devices.c - mkfs.mfs: the device nodes of a device list.
 *
 * Each line is "PATH c|b MAJOR MINOR MODE": PATH in the image (leading
 * '/' optional; its directory must exist), c or b for a character or
 * block device, the numbers in decimal (each 0-255: the device number is
 * MAJOR << 8 | MINOR; MAJOR may be a name from the system's one list of
 * majors, include/minix/dmap.h) and the permission bits in octal.  '#'
 * starts a comment; blank lines are skipped.  Nodes get the list file's
 * mtime.
 *
 * Entry point: devices_add.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "image.h"
#include "mkfs.h"
/* Only macros and an enum: the tree's header, not the host's. */
#include "../../include/minix/dmap.h"

struct devline {
	char *path;
	enum img_kind kind;
	uint32_t rdev, mode;
};

static int field(const char *s, int base, unsigned long max,
    unsigned long *v)
{
	char *end;

	errno = 0;
	*v = strtoul(s, &end, base);
	return errno == 0 && end != s && *end == 0 && *v <= max ? 0 : -1;
}

/* A major: a number, or its name in minix/dmap.h. */
static int major_field(const char *s, unsigned long *v)
{
#define MAJOR_NAME(NAME, major, label)	{ #NAME, major },
	static const struct { const char *name; int major; } names[] = {
		DEVICE_MAJORS(MAJOR_NAME)
	};
#undef MAJOR_NAME
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (strcmp(s, names[i].name) == 0) {
			*v = (unsigned long) names[i].major;
			return 0;
		}
	}
	return field(s, 10, 255, v);
}

/* Split and check one line; 0 if it holds a device, 1 if nothing. */
static int parse(char *line, struct devline *d)
{
	char *f[6], *save = NULL, *hash = strchr(line, '#');
	unsigned long major, minor, mode;
	int n = 0;

	if (hash != NULL)
		*hash = 0;
	for (char *t = strtok_r(line, " \t\r\n", &save); t != NULL;
	    t = strtok_r(NULL, " \t\r\n", &save))
		if (n < 6)
			f[n++] = t;
	if (n == 0)
		return 1;
	if (n != 5 || (strcmp(f[1], "c") != 0 && strcmp(f[1], "b") != 0) ||
	    major_field(f[2], &major) < 0 ||
	    field(f[3], 10, 255, &minor) < 0 ||
	    field(f[4], 8, 07777, &mode) < 0)
		return -1;
	d->path = f[0];
	d->kind = f[1][0] == 'c' ? IMG_CHR : IMG_BLK;
	d->rdev = (uint32_t) (major << 8 | minor);
	d->mode = (uint32_t) mode;
	return 0;
}

/* The directory that holds path (referenced) and the last name in it. */
static int parent(struct mkfs *m, char *path, uint32_t *dir, char **name)
{
	uint32_t cur = mfs_root(m->fs), next;
	char *p = path, *slash;
	int r;

	while (*p == '/')
		p++;
	mfs_get(m->fs, cur);
	while ((slash = strchr(p, '/')) != NULL) {
		r = mfs_lookup(m->fs, cur, p, (size_t) (slash - p), &next);
		mfs_put(m->fs, cur, 1);
		if (r < 0)
			return r;
		cur = next;
		for (p = slash; *p == '/'; p++)
			;
	}
	if (*p == 0 || !img_is_dir(m->fs, cur)) {
		mfs_put(m->fs, cur, 1);
		return -1;
	}
	*dir = cur;
	*name = p;
	return 0;
}

static int add(struct mkfs *m, const struct devline *d, int lineno)
{
	uint32_t dir, ino;
	char *name;
	int r;

	if (parent(m, d->path, &dir, &name) < 0)
		return say("%s:%d: %s: no such directory in the image",
		    m->devlist, lineno, d->path);
	r = img_make(m->fs, dir, name, d->kind, d->mode, d->rdev, NULL, &ino);
	mfs_put(m->fs, dir, 1);
	if (r < 0)
		return fs_error(m, d->path, r);
	mfs_put(m->fs, ino, 1);
	return 0;
}

int devices_add(struct mkfs *m)
{
	struct devline d;
	struct stat st;
	char *line = NULL;
	size_t cap = 0;
	int lineno = 0, r = 0, p;
	FILE *f;

	if ((f = fopen(m->devlist, "r")) == NULL || fstat(fileno(f), &st) < 0)
		return say("%s: %s", m->devlist, strerror(errno));
	set_clock(st.st_mtime);
	while (r == 0 && getline(&line, &cap, f) != -1) {
		lineno++;
		if ((p = parse(line, &d)) < 0)
			r = say("%s:%d: not \"PATH c|b MAJOR MINOR MODE\"",
			    m->devlist, lineno);
		else if (p == 0)
			r = add(m, &d, lineno);
	}
	free(line);
	fclose(f);
	return r;
}

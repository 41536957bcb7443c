/*
 * getcwd.c - the working directory's path, found the classic way: walk up
 * through "..", finding each directory's name in its parent by its device
 * and inode numbers.
 */
#include <unistd.h>
#include <stdlib.h>
#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include "syscall.h"

/* Prepend "/name" to the path being built backwards at buf + *pos. */
static int prepend(char *buf, size_t *pos, const char *name)
{
	size_t len = strlen(name);

	if (len + 1 > *pos)
		return -1;
	*pos -= len;
	memcpy(buf + *pos, name, len);
	buf[--*pos] = '/';
	return 0;
}

/* The name under which (dev, ino) appears in the directory at path. */
static int find_name(const char *path, dev_t dev, ino_t ino, char *name)
{
	char entry[PATH_MAX];
	struct dirent *d;
	struct stat st;
	DIR *dir;
	int found = -1;

	if ((dir = opendir(path)) == NULL)
		return -1;
	while (found < 0 && (d = readdir(dir)) != NULL) {
		if (strcmp(d->d_name, ".") == 0 || strcmp(d->d_name, "..") == 0)
			continue;
		if (strlen(path) + strlen(d->d_name) + 2 > sizeof(entry))
			continue;
		strcpy(entry, path);
		strcat(entry, "/");
		strcat(entry, d->d_name);
		if (lstat(entry, &st) == 0 && st.st_dev == dev && st.st_ino == ino) {
			strcpy(name, d->d_name);
			found = 0;
		}
	}
	closedir(dir);
	if (found < 0)
		errno = ENOENT;
	return found;
}

char *getcwd(char *buf, size_t size)
{
	char path[PATH_MAX], up[PATH_MAX], name[NAME_MAX + 1], *out;
	size_t pos = sizeof(path) - 1;
	struct stat cur, parent;

	path[pos] = '\0';
	strcpy(up, "..");
	if (stat(".", &cur) < 0)
		return NULL;
	for (;;) {
		if (stat(up, &parent) < 0)
			return NULL;
		if (parent.st_dev == cur.st_dev && parent.st_ino == cur.st_ino)
			break;			/* the root is its own parent */
		errno = 0;
		if (find_name(up, cur.st_dev, cur.st_ino, name) < 0
		    || prepend(path, &pos, name) < 0
		    || strlen(up) + 4 > sizeof(up)) {
			if (errno == 0)
				errno = ENAMETOOLONG;
			return NULL;
		}
		strcat(up, "/..");
		cur = parent;
	}
	if (pos == sizeof(path) - 1)
		path[--pos] = '/';
	out = path + pos;
	if (buf == NULL) {
		size = size == 0 ? strlen(out) + 1 : size;
		if ((buf = malloc(size)) == NULL)
			return NULL;
	}
	if (strlen(out) + 1 > size) {
		errno = ERANGE;
		return NULL;
	}
	strcpy(buf, out);
	return buf;
}

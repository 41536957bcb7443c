/*
 * xdev.c - moving across file systems: copy the tree with its modes,
 * times and (if allowed) owners, then remove the source.  Entry point:
 * move_across().  Nothing is removed unless everything was copied.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <dirent.h>
#include <unistd.h>
#include <utime.h>
#include <sys/stat.h>
#include "mv.h"

static int copy_tree(const char *src, const char *dst);

static int fail(const char *path)
{
	fprintf(stderr, "mv: %s: %s\n", path, strerror(errno));
	return 1;
}

static void keep_attributes(const char *dst, const struct stat *st)
{
	struct utimbuf times = { st->st_atime, st->st_mtime };

	if (chown(dst, st->st_uid, st->st_gid) < 0)
		errno = 0;	/* not the owner's to give away: keep ours */
	chmod(dst, st->st_mode & 07777);
	utime(dst, &times);
}

static int copy_bytes(const char *src, const char *dst, const struct stat *st)
{
	static char buf[16384];
	int in, out, status = 0;
	ssize_t n, w, done;

	if ((in = open(src, O_RDONLY)) < 0)
		return fail(src);
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, st->st_mode & 0777);
	if (out < 0) {
		close(in);
		return fail(dst);
	}
	while (status == 0 && (n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0)
			status = fail(src);
		for (done = 0; status == 0 && done < n; done += w)
			if ((w = write(out, buf + done, (size_t) (n - done))) <= 0)
				status = fail(dst);
	}
	close(in);
	if (close(out) < 0 && status == 0)
		status = fail(dst);
	keep_attributes(dst, st);
	return status;
}

static int copy_link(const char *src, const char *dst)
{
	char target[PATH_MAX];
	ssize_t n = readlink(src, target, sizeof(target) - 1);

	if (n < 0)
		return fail(src);
	target[n] = '\0';
	return symlink(target, dst) < 0 ? fail(dst) : 0;
}

static int copy_entries(const char *src, const char *dst)
{
	char from[PATH_MAX], to[PATH_MAX];
	struct dirent *e;
	DIR *d = opendir(src);
	int status = 0;

	if (d == NULL)
		return fail(src);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (snprintf(from, sizeof(from), "%s/%s", src, e->d_name) >=
		    (int) sizeof(from) ||
		    snprintf(to, sizeof(to), "%s/%s", dst, e->d_name) >=
		    (int) sizeof(to)) {
			errno = ENAMETOOLONG;
			status |= fail(src);
			continue;
		}
		status |= copy_tree(from, to);
	}
	closedir(d);
	return status;
}

static int copy_tree(const char *src, const char *dst)
{
	struct stat st;
	int status;

	if (lstat(src, &st) < 0)
		return fail(src);
	if (S_ISLNK(st.st_mode))
		return copy_link(src, dst);
	if (!S_ISDIR(st.st_mode))
		return copy_bytes(src, dst, &st);
	if (mkdir(dst, 0700) < 0)
		return fail(dst);
	status = copy_entries(src, dst);
	keep_attributes(dst, &st);
	return status;
}

static int remove_tree(const char *path)
{
	char child[PATH_MAX];
	struct stat st;
	struct dirent *e;
	DIR *d;

	if (lstat(path, &st) < 0)
		return fail(path);
	if (!S_ISDIR(st.st_mode))
		return unlink(path) < 0 ? fail(path) : 0;
	if ((d = opendir(path)) == NULL)
		return fail(path);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (snprintf(child, sizeof(child), "%s/%s", path, e->d_name) <
		    (int) sizeof(child))
			remove_tree(child);
	}
	closedir(d);
	return rmdir(path) < 0 ? fail(path) : 0;
}

int move_across(const char *src, const char *dst)
{
	struct stat st;

	/* rename() replaces a target; so does this, but only a file. */
	if (lstat(dst, &st) == 0 && !S_ISDIR(st.st_mode) && unlink(dst) < 0)
		return fail(dst);
	if (copy_tree(src, dst) != 0)
		return 1;
	return remove_tree(src);
}

/*
 * rm - remove files and directory trees.
 *
 *	rm [-fr] file ...
 *
 * -r (or -R) removes directories with everything in them; -f is quiet
 * about files that do not exist and allows no operands.  "." and "..",
 * and the root directory, are refused.  Symbolic links are removed,
 * never followed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>

static int force, recursive;

static void usage(void)
{
	fputs("usage: rm [-fr] file ...\n", stderr);
	exit(1);
}

static int complain(const char *path)
{
	if (force && errno == ENOENT)
		return 0;
	fprintf(stderr, "rm: %s: %s\n", path, strerror(errno));
	return 1;
}

static int remove_path(const char *path);

/* Removes everything in directory path, then the directory. */
static int remove_tree(const char *path)
{
	char child[PATH_MAX];
	struct dirent *e;
	DIR *d = opendir(path);
	int status = 0;

	if (d == NULL)
		return complain(path);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (snprintf(child, sizeof(child), "%s/%s", path, e->d_name) >=
		    (int) sizeof(child)) {
			errno = ENAMETOOLONG;
			status |= complain(path);
			continue;
		}
		status |= remove_path(child);
	}
	closedir(d);
	if (status == 0 && rmdir(path) < 0)
		return complain(path);
	return status;
}

static int remove_path(const char *path)
{
	struct stat st;

	if (lstat(path, &st) < 0)
		return complain(path);
	if (!S_ISDIR(st.st_mode))
		return unlink(path) < 0 ? complain(path) : 0;
	if (!recursive) {
		fprintf(stderr, "rm: %s: is a directory\n", path);
		return 1;
	}
	return remove_tree(path);
}

/* Whether path names the root directory (through a link only if it
 * ends in a slash, as lstat does). */
static int is_root(const char *path)
{
	struct stat st, root;

	return lstat(path, &st) == 0 && stat("/", &root) == 0 &&
	    st.st_dev == root.st_dev && st.st_ino == root.st_ino;
}

/* Whether path's last component is "." or "..". */
static int is_dot(const char *path)
{
	size_t len = strlen(path);
	const char *last;

	while (len > 1 && path[len - 1] == '/')
		len--;
	last = path + len;
	while (last > path && last[-1] != '/')
		last--;
	len -= (size_t) (last - path);
	return (len == 1 && last[0] == '.') ||
	    (len == 2 && last[0] == '.' && last[1] == '.');
}

int main(int argc, char **argv)
{
	int c, status = 0;

	while ((c = getopt(argc, argv, "frR")) != -1) {
		if (c == 'f')
			force = 1;
		else if (c == 'r' || c == 'R')
			recursive = 1;
		else
			usage();
	}
	if (optind >= argc) {
		if (force)
			return 0;
		usage();
	}
	for (; optind < argc; optind++) {
		if (is_dot(argv[optind])) {
			fprintf(stderr, "rm: %s: refusing to remove . or ..\n",
			    argv[optind]);
			status = 1;
			continue;
		}
		if (is_root(argv[optind])) {
			fprintf(stderr, "rm: %s: refusing to remove the root "
			    "directory\n", argv[optind]);
			status = 1;
			continue;
		}
		status |= remove_path(argv[optind]);
	}
	return status;
}

/*
 * mv - move (rename) files.
 *
 *	mv [-f] source target
 *	mv [-f] source ... directory
 *
 * rename() does the work; between file systems (EXDEV) the source is
 * copied and then removed, by xdev.c.  mv never asks, so -f, which
 * POSIX defines as "do not ask", changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>
#include "mv.h"

static void usage(void)
{
	fputs("usage: mv [-f] source target\n"
	    "       mv [-f] source ... directory\n", stderr);
	exit(1);
}

static int move(const char *src, const char *dst)
{
	struct stat st;

	if (rename(src, dst) == 0)
		return 0;
	if (errno == EXDEV)
		return move_across(src, dst);
	if (lstat(src, &st) < 0)
		fprintf(stderr, "mv: %s: %s\n", src, strerror(errno));
	else
		fprintf(stderr, "mv: %s to %s: %s\n", src, dst,
		    strerror(errno));
	return 1;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Moves src into directory dir, keeping its last component. */
static int move_into(const char *src, const char *dir)
{
	char to[PATH_MAX];
	size_t len = strlen(src);
	const char *name;

	while (len > 1 && src[len - 1] == '/')
		len--;
	name = src + len;
	while (name > src && name[-1] != '/')
		name--;
	if (snprintf(to, sizeof(to), "%s/%.*s", dir,
	    (int) (len - (size_t) (name - src)), name) >= (int) sizeof(to)) {
		fprintf(stderr, "mv: %s: %s\n", src, strerror(ENAMETOOLONG));
		return 1;
	}
	return move(src, to);
}

int main(int argc, char **argv)
{
	int c, n, i, status = 0;

	while ((c = getopt(argc, argv, "f")) != -1)
		if (c != 'f')
			usage();
	n = argc - optind;
	argv += optind;
	if (n < 2)
		usage();
	if (n == 2 && !is_dir(argv[1]))
		return move(argv[0], argv[1]);
	if (!is_dir(argv[n - 1])) {
		fprintf(stderr, "mv: %s: %s\n", argv[n - 1], strerror(ENOTDIR));
		return 1;
	}
	for (i = 0; i < n - 1; i++)
		status |= move_into(argv[i], argv[n - 1]);
	return status;
}

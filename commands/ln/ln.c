/*
 * ln - make links.
 *
 *	ln [-fs] target [link]
 *	ln [-fs] target ... dir
 *
 * -s makes symbolic links, -f first removes a link that exists.  With
 * one operand the link is made in the working directory.  Into a
 * directory, the link takes the target's last component as its name.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>
#include <sys/stat.h>

static int symbolic, force;

static void usage(void)
{
	fputs("usage: ln [-fs] target [link]\n"
	    "       ln [-fs] target ... dir\n", stderr);
	exit(1);
}

/* The last component of path, without trailing slashes, into buf. */
static const char *last_name(const char *path, char *buf, size_t size)
{
	size_t len = strlen(path);
	const char *start;

	while (len > 1 && path[len - 1] == '/')
		len--;
	start = path + len;
	while (start > path && start[-1] != '/')
		start--;
	snprintf(buf, size, "%.*s", (int) (len - (size_t) (start - path)),
	    start);
	return buf;
}

/* Makes one link; answers 0 or 1.  A failed hard link names the target
 * when that is what is missing, else the link. */
static int make_link(const char *target, const char *link_name)
{
	struct stat st;
	const char *culprit = link_name;
	int err;

	if (force && unlink(link_name) < 0 && errno != ENOENT) {
		fprintf(stderr, "ln: %s: %s\n", link_name, strerror(errno));
		return 1;
	}
	if ((symbolic ? symlink(target, link_name) :
	    link(target, link_name)) < 0) {
		err = errno;
		if (!symbolic && err == ENOENT && lstat(target, &st) < 0)
			culprit = target;
		fprintf(stderr, "ln: %s: %s\n", culprit, strerror(err));
		return 1;
	}
	return 0;
}

/* A link named after target inside dir. */
static int link_into(const char *target, const char *dir)
{
	char name[NAME_MAX + 1], path[PATH_MAX];

	last_name(target, name, sizeof(name));
	if (snprintf(path, sizeof(path), "%s/%s", dir, name) >=
	    (int) sizeof(path)) {
		fprintf(stderr, "ln: %s/%s: %s\n", dir, name,
		    strerror(ENAMETOOLONG));
		return 1;
	}
	return make_link(target, path);
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int main(int argc, char **argv)
{
	int c, n, i, status = 0;

	while ((c = getopt(argc, argv, "fs")) != -1) {
		if (c == 'f')
			force = 1;
		else if (c == 's')
			symbolic = 1;
		else
			usage();
	}
	n = argc - optind;
	argv += optind;
	if (n < 1)
		usage();
	if (n == 1)
		return link_into(argv[0], ".");
	if (n == 2 && !is_dir(argv[1]))
		return make_link(argv[0], argv[1]);
	if (!is_dir(argv[n - 1])) {
		fprintf(stderr, "ln: %s: %s\n", argv[n - 1],
		    strerror(ENOTDIR));
		return 1;
	}
	for (i = 0; i < n - 1; i++)
		status |= link_into(argv[i], argv[n - 1]);
	return status;
}

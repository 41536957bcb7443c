/*
 * cp - copy files and directory trees.
 *
 *	cp [-fpr] source target
 *	cp [-fpr] source ... directory
 *
 * A copy gets its source's permission bits.  -r (or -R) copies
 * directories with their contents, and symbolic links inside them as
 * links; -p also keeps times and, if allowed, owners; -f removes a
 * target that cannot be opened and tries again.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <fcntl.h>
#include <dirent.h>
#include <unistd.h>
#include <utime.h>
#include <sys/stat.h>

static int recursive, preserve, force;
static char buf[16384];

static int copy_path(const char *src, const char *dst);

static void usage(void)
{
	fputs("usage: cp [-fpr] source target\n"
	    "       cp [-fpr] source ... directory\n", stderr);
	exit(1);
}

static int fail(const char *path)
{
	fprintf(stderr, "cp: %s: %s\n", path, strerror(errno));
	return 1;
}

/* Gives dst the mode of st, and with -p its times and owners. */
static void copy_attributes(const char *dst, const struct stat *st)
{
	struct utimbuf times;

	if (preserve) {
		times.actime = st->st_atime;
		times.modtime = st->st_mtime;
		utime(dst, &times);
		if (chown(dst, st->st_uid, st->st_gid) < 0)
			errno = 0;	/* only the owner's mode bits matter */
	}
	chmod(dst, st->st_mode & 07777);
}

/* Copies the bytes of in to out; answers 0 or 1. */
static int copy_data(int in, const char *src, int out, const char *dst)
{
	ssize_t n, w, done;

	while ((n = read(in, buf, sizeof(buf))) != 0) {
		if (n < 0)
			return fail(src);
		for (done = 0; done < n; done += w) {
			w = write(out, buf + done, (size_t) (n - done));
			if (w <= 0)
				return fail(dst);
		}
	}
	return 0;
}

static int open_target(const char *dst, mode_t mode)
{
	int fd = open(dst, O_WRONLY | O_CREAT | O_TRUNC, mode);

	if (fd < 0 && force && unlink(dst) == 0)
		fd = open(dst, O_WRONLY | O_CREAT | O_TRUNC, mode);
	return fd;
}

static int copy_file(const char *src, const char *dst, const struct stat *st)
{
	int in, out, status;

	in = open(src, O_RDONLY);
	if (in < 0)
		return fail(src);
	out = open_target(dst, st->st_mode & 0777);
	if (out < 0) {
		close(in);
		return fail(dst);
	}
	status = copy_data(in, src, out, dst);
	close(in);
	if (close(out) < 0 && status == 0)
		status = fail(dst);
	copy_attributes(dst, st);
	return status;
}

static int copy_symlink(const char *src, const char *dst)
{
	char target[PATH_MAX];
	ssize_t n = readlink(src, target, sizeof(target) - 1);

	if (n < 0)
		return fail(src);
	target[n] = '\0';
	if (symlink(target, dst) < 0 &&
	    (errno != EEXIST || unlink(dst) < 0 || symlink(target, dst) < 0))
		return fail(dst);
	return 0;
}

/* Joins dir and name into out (PATH_MAX bytes); -1 if too long. */
static int join(char *out, const char *dir, const char *name)
{
	if (snprintf(out, PATH_MAX, "%s/%s", dir, name) < PATH_MAX)
		return 0;
	errno = ENAMETOOLONG;
	return -1;
}

/* Makes dst (if need be) and copies each entry of src into it. */
static int copy_dir(const char *src, const char *dst, const struct stat *st)
{
	char from[PATH_MAX], to[PATH_MAX];
	struct dirent *e;
	struct stat dst_st;
	DIR *d;
	int status = 0;

	if (stat(dst, &dst_st) < 0 && mkdir(dst, (st->st_mode & 0777) | 0700))
		return fail(dst);
	d = opendir(src);
	if (d == NULL)
		return fail(src);
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if (join(from, src, e->d_name) < 0 ||
		    join(to, dst, e->d_name) < 0) {
			status |= fail(src);
			continue;
		}
		status |= copy_path(from, to);
	}
	closedir(d);
	copy_attributes(dst, st);
	return status;
}

/* Whether dst lies inside the directory src, by their names. */
static int inside(const char *src, const char *dst)
{
	size_t len = strlen(src);

	while (len > 1 && src[len - 1] == '/')
		len--;
	return strncmp(src, dst, len) == 0 && dst[len] == '/';
}

static int copy_path(const char *src, const char *dst)
{
	struct stat st, dst_st;

	if ((recursive ? lstat(src, &st) : stat(src, &st)) < 0)
		return fail(src);
	if (stat(dst, &dst_st) == 0 && dst_st.st_dev == st.st_dev &&
	    dst_st.st_ino == st.st_ino) {
		fprintf(stderr, "cp: %s and %s are the same file\n", src, dst);
		return 1;
	}
	if (S_ISLNK(st.st_mode))
		return copy_symlink(src, dst);
	if (!S_ISDIR(st.st_mode))
		return copy_file(src, dst, &st);
	if (!recursive) {
		fprintf(stderr, "cp: %s: is a directory (not copied)\n", src);
		return 1;
	}
	if (inside(src, dst)) {
		fprintf(stderr, "cp: %s: cannot copy a directory into itself\n",
		    src);
		return 1;
	}
	return copy_dir(src, dst, &st);
}

/* The last component of path, trailing slashes ignored, into out. */
static const char *last_name(const char *path, char *out)
{
	size_t len = strlen(path);
	const char *start;

	while (len > 1 && path[len - 1] == '/')
		len--;
	start = path + len;
	while (start > path && start[-1] != '/')
		start--;
	snprintf(out, NAME_MAX + 1, "%.*s",
	    (int) (len - (size_t) (start - path)), start);
	return out;
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int main(int argc, char **argv)
{
	char name[NAME_MAX + 1], to[PATH_MAX];
	int c, n, i, status = 0;

	while ((c = getopt(argc, argv, "fprR")) != -1) {
		if (c == 'f')
			force = 1;
		else if (c == 'p')
			preserve = 1;
		else if (c == 'r' || c == 'R')
			recursive = 1;
		else
			usage();
	}
	n = argc - optind;
	argv += optind;
	if (n < 2)
		usage();
	if (n == 2 && !is_dir(argv[1]))
		return copy_path(argv[0], argv[1]);
	if (!is_dir(argv[n - 1])) {
		errno = ENOTDIR;
		return fail(argv[n - 1]);
	}
	for (i = 0; i < n - 1; i++) {
		if (join(to, argv[n - 1], last_name(argv[i], name)) < 0)
			status |= fail(argv[i]);
		else
			status |= copy_path(argv[i], to);
	}
	return status;
}

/*
 * tree.c - mkfs.mfs: measuring the source tree, and copying it in.
 *
 * Entries are taken in name order, so that the same tree always makes
 * the same image.  Regular files keep their content and permission bits,
 * directories and symbolic links their shape, FIFOs their kind; device
 * nodes and sockets in the tree are skipped with a warning (devices come
 * from the device list, with the system's numbers).  Hard links in the
 * tree become separate files.  Each node's times, and the clock the core
 * stamps changes with, are the source's mtime.
 *
 * Entry points: tree_survey, tree_copy.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "image.h"
#include "mkfs.h"

#define CHUNK	(64 * 1024)

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

/* The names in directory path, sorted; *count of them. */
static char **dir_names(const char *path, size_t *count)
{
	char **names = NULL, **more;
	struct dirent *e;
	size_t n = 0;
	DIR *d;

	if ((d = opendir(path)) == NULL) {
		say("%s: %s", path, strerror(errno));
		return NULL;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if ((more = realloc(names, (n + 1) * sizeof(*names))) == NULL ||
		    (more[n] = strdup(e->d_name)) == NULL) {
			say("out of memory");
			exit(1);
		}
		names = more;
		n++;
	}
	closedir(d);
	if (names == NULL)
		names = calloc(1, sizeof(*names));
	qsort(names, n, sizeof(*names), by_name);
	*count = n;
	return names;
}

static void names_free(char **names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(names[i]);
	free(names);
}

static char *join(const char *dir, const char *name)
{
	size_t len = strlen(dir) + strlen(name) + 2;
	char *p = malloc(len);

	if (p == NULL) {
		say("out of memory");
		exit(1);
	}
	snprintf(p, len, "%s/%s", dir, name);
	return p;
}

/* Blocks for size bytes of data, with the indirect zones above them. */
static uint64_t file_bytes(uint64_t size, uint32_t bs)
{
	uint64_t blocks = (size + bs - 1) / bs, per = bs / 4;

	if (blocks > 7)
		blocks += 1 + (blocks - 7) / per + 1;
	return blocks * bs;
}

int tree_survey(const char *path, uint32_t bs, struct survey *s)
{
	struct stat st;
	size_t n;
	char **names, *sub;
	int r = 0;

	if ((names = dir_names(path, &n)) == NULL)
		return -1;
	s->bytes += file_bytes((n + 2) * 64, bs);
	for (size_t i = 0; i < n && r == 0; i++) {
		sub = join(path, names[i]);
		if (lstat(sub, &st) < 0)
			r = say("%s: %s", sub, strerror(errno));
		else if (S_ISDIR(st.st_mode))
			r = tree_survey(sub, bs, s);
		else if (S_ISREG(st.st_mode) || S_ISLNK(st.st_mode))
			s->bytes += file_bytes((uint64_t) st.st_size, bs);
		s->entries++;
		free(sub);
	}
	names_free(names, n);
	return r;
}

/* The content of host file path into inode ino. */
static int copy_data(struct mkfs *m, uint32_t ino, const char *path)
{
	static char buf[CHUNK];
	uint64_t pos = 0;
	ssize_t n;
	int fd, r = 0;

	if ((fd = open(path, O_RDONLY)) < 0)
		return say("%s: %s", path, strerror(errno));
	while (r == 0 && (n = read(fd, buf, sizeof(buf))) > 0) {
		if ((r = img_write(m->fs, ino, pos, buf, (size_t) n)) < 0)
			r = fs_error(m, path, r);
		pos += (uint64_t) n;
	}
	if (r == 0 && n < 0)
		r = say("%s: %s", path, strerror(errno));
	close(fd);
	return r;
}

static int copy_link(struct mkfs *m, uint32_t dir, const char *name,
    const char *path, uint32_t *ino)
{
	char target[1024];
	ssize_t n = readlink(path, target, sizeof(target) - 1);
	int r;

	if (n < 0)
		return say("%s: %s", path, strerror(errno));
	target[n] = 0;
	if ((r = img_make(m->fs, dir, name, IMG_LINK, 0777, 0, target,
	    ino)) < 0)
		return fs_error(m, path, r);
	return 0;
}

/* Copy one entry (recursively for a directory) into dir. */
static int copy_one(struct mkfs *m, uint32_t dir, const char *name,
    const char *path, const struct stat *st)
{
	enum img_kind kind = S_ISDIR(st->st_mode) ? IMG_DIR :
	    S_ISFIFO(st->st_mode) ? IMG_FIFO : IMG_FILE;
	uint32_t ino;
	int r;

	set_clock(st->st_mtime);
	if (S_ISLNK(st->st_mode))
		r = copy_link(m, dir, name, path, &ino);
	else if ((r = img_make(m->fs, dir, name, kind, st->st_mode & 07777, 0,
	    NULL, &ino)) < 0)
		r = fs_error(m, path, r);
	if (r < 0)
		return -1;
	if (S_ISREG(st->st_mode))
		r = copy_data(m, ino, path);
	if (r == 0 && S_ISDIR(st->st_mode))
		r = tree_copy(m, ino, path);
	if (r == 0) {
		set_clock(st->st_mtime);	/* children moved the clock */
		if ((r = mfs_utime(m->fs, ino, st->st_mtime,
		    st->st_mtime)) < 0)
			r = fs_error(m, path, r);
	}
	mfs_put(m->fs, ino, 1);
	return r;
}

int tree_copy(struct mkfs *m, uint32_t dir, const char *path)
{
	struct stat st;
	size_t n;
	char **names, *sub;
	int r = 0;

	if ((names = dir_names(path, &n)) == NULL)
		return -1;
	for (size_t i = 0; i < n && r == 0; i++) {
		sub = join(path, names[i]);
		if (lstat(sub, &st) < 0)
			r = say("%s: %s", sub, strerror(errno));
		else if (S_ISDIR(st.st_mode) || S_ISREG(st.st_mode) ||
		    S_ISLNK(st.st_mode) || S_ISFIFO(st.st_mode))
			r = copy_one(m, dir, names[i], sub, &st);
		else
			fprintf(stderr, "mkfs.mfs: %s: device or socket "
			    "skipped (list devices with -d)\n", sub);
		free(sub);
	}
	names_free(names, n);
	return r;
}

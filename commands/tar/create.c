/*
 * create.c - tar -c: the files named, and everything below the
 * directories among them, into the archive.
 *
 * Symbolic links are stored, not followed; a file with several links
 * goes in once, its other names as hard links to the first; device
 * nodes and FIFOs go in as themselves; sockets, and the archive itself,
 * are left out.  A leading '/' is taken off names, so the archive
 * extracts where it is unpacked.
 *
 * Entry point: create.
 */
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <unistd.h>
#include "tar.h"

struct seen {
	dev_t dev;
	ino_t ino;
	char *name;
};

static struct seen *seen;
static size_t nseen;

/* The name first stored for st's file, if it has several links. */
static const char *first_name(const struct stat *st, const char *name)
{
	if (S_ISDIR(st->st_mode) || st->st_nlink < 2)
		return NULL;
	for (size_t i = 0; i < nseen; i++)
		if (seen[i].dev == st->st_dev && seen[i].ino == st->st_ino)
			return seen[i].name;
	seen = realloc(seen, (nseen + 1) * sizeof(*seen));
	if (seen == NULL || (seen[nseen].name = strdup(name)) == NULL)
		die("out of memory");
	seen[nseen].dev = st->st_dev;
	seen[nseen++].ino = st->st_ino;
	return NULL;
}

static void owners(struct member *m, const struct stat *st)
{
	struct passwd *pw = getpwuid(st->st_uid);
	struct group *gr = getgrgid(st->st_gid);

	m->uid = st->st_uid;
	m->gid = st->st_gid;
	if (pw != NULL)
		strncpy(m->uname, pw->pw_name, sizeof(m->uname) - 1);
	if (gr != NULL)
		strncpy(m->gname, gr->gr_name, sizeof(m->gname) - 1);
}

/* The member's type, and what goes with it: 0, or -1 to leave it out. */
static int kind(struct member *m, const char *path, const struct stat *st)
{
	const char *first = first_name(st, m->name);
	ssize_t n;

	m->size = 0;
	if (first != NULL) {
		m->type = '1';
		strncpy(m->link, first, sizeof(m->link) - 1);
	} else if (S_ISREG(st->st_mode)) {
		m->type = '0';
		m->size = st->st_size;
	} else if (S_ISDIR(st->st_mode)) {
		m->type = '5';
		strncat(m->name, m->name[strlen(m->name) - 1] == '/' ? "" : "/",
		    sizeof(m->name) - strlen(m->name) - 1);
	} else if (S_ISLNK(st->st_mode)) {
		m->type = '2';
		if ((n = readlink(path, m->link, sizeof(m->link) - 1)) < 0)
			return -1;
		m->link[n] = '\0';
	} else if (S_ISCHR(st->st_mode) || S_ISBLK(st->st_mode)) {
		m->type = S_ISCHR(st->st_mode) ? '3' : '4';
		m->devmajor = major(st->st_rdev);
		m->devminor = minor(st->st_rdev);
	} else if (S_ISFIFO(st->st_mode)) {
		m->type = '6';
	} else {
		errno = EINVAL;			/* a socket */
		return -1;
	}
	return 0;
}

/* The file's bytes, in blocks; a file that changed size meanwhile is
 * cut or padded to what its header said. */
static void put_data(const char *path, long long size)
{
	unsigned char block[BLOCK];
	int fd = open(path, O_RDONLY);
	ssize_t n = 0;

	if (fd < 0)
		warn("%s: %s", path, strerror(errno));
	for (; size > 0; size -= BLOCK) {
		memset(block, 0, sizeof(block));
		if (fd >= 0 && (n = read(fd, block, sizeof(block))) < 0) {
			warn("%s: %s", path, strerror(errno));
			close(fd);
			fd = -1;
		}
		ar_write(block);
	}
	if (fd >= 0)
		close(fd);
}

static void add(const char *path, const struct stat *st)
{
	unsigned char block[BLOCK];
	const char *name = path;
	struct member m;

	while (name[0] == '/' && name[1] != '\0')
		name++;
	if (ar_is(st)) {
		warn("%s: the archive itself: left out", path);
		return;
	}
	memset(&m, 0, sizeof(m));
	snprintf(m.name, sizeof(m.name), "%s", name[0] == '/' ? "." : name);
	m.mode = st->st_mode & 07777;
	m.mtime = st->st_mtime;
	owners(&m, st);
	errno = 0;
	if (kind(&m, path, st) < 0 || header_encode(&m, block) < 0) {
		warn("%s: %s", path, errno != 0 ? strerror(errno) :
		    "a name or link too long for ustar");
		return;
	}
	ar_write(block);
	if (opt.verbose)
		fprintf(opt.say, "%s\n", m.name);
	if (m.type == '0')
		put_data(path, m.size);
}

static int visit(const char *path, const struct stat *st, int type,
    struct FTW *ftw)
{
	(void) ftw;
	if (type == FTW_NS) {
		warn("%s: %s", path, strerror(errno));
		return 0;
	}
	if (type == FTW_DNR)
		warn("%s: cannot read the directory", path);
	add(path, st);
	return 0;
}

void create(char **paths, int n)
{
	static int warned;

	ar_open(1);
	if (opt.dir != NULL && chdir(opt.dir) < 0)
		die("%s: %s", opt.dir, strerror(errno));
	for (int i = 0; i < n; i++) {
		if (paths[i][0] == '/' && !warned++)
			fputs("tar: taking the leading '/' off names\n", stderr);
		if (nftw(paths[i], visit, 16, FTW_PHYS) < 0)
			warn("%s: %s", paths[i], strerror(errno));
	}
	ar_close(1);
}

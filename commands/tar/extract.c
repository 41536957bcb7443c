/*
 * extract.c - tar -x and -t: the members of the archive written out,
 * or listed.
 *
 * With names given, only the members of those names, or below them,
 * are taken; a name that matched nothing is reported.  Extraction makes
 * the folders a member needs, replaces what is in the way, and gives
 * each file its mode and modification time (directories theirs at the
 * end, once nothing more goes in them).  Root also gets the owners back
 * (by name if this system has it, else by number) and the set-id bits;
 * others get files of their own, less the umask.  A member whose name
 * climbs out with ".." is refused.
 *
 * Entry point: extract.
 */
#include <errno.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <sys/sysmacros.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include "tar.h"

struct dir_later {
	char *path;
	struct member m;
};

static struct dir_later *dirs;
static size_t ndirs;
static mode_t cmask;

/* Read past a member's data (or write it to fd, if fd >= 0).  Links,
 * devices, FIFOs and folders have none, whatever their size says. */
static void data(const struct member *m, int fd)
{
	unsigned char block[BLOCK];
	long long left = strchr("123456", m->type) != NULL ? 0 : m->size;
	size_t n;

	for (; left > 0; left -= BLOCK) {
		if (!ar_read(block))
			die("%s: the archive ends in the middle", m->name);
		n = left < BLOCK ? (size_t) left : BLOCK;
		if (fd >= 0 && write(fd, block, n) != (ssize_t) n) {
			warn("%s: %s", m->name, strerror(errno));
			fd = -1;
		}
	}
}

static void list(const struct member *m)
{
	char when[32], mode[11] = "----------";
	static const char types[] = "0-1-2l3c4b5d6p";
	const char *t = strchr(types, m->type);
	time_t mt = (time_t) m->mtime;
	struct tm *tm = gmtime(&mt);

	if (!opt.verbose) {
		printf("%s\n", m->name);
		return;
	}
	mode[0] = t != NULL && (t - types) % 2 == 0 ? t[1] : '?';
	for (int i = 0; i < 9; i++)
		if (m->mode & (0400 >> i))
			mode[1 + i] = "rwxrwxrwx"[i];
	if (m->mode & 04000) mode[3] = mode[3] == 'x' ? 's' : 'S';
	if (m->mode & 02000) mode[6] = mode[6] == 'x' ? 's' : 'S';
	if (m->mode & 01000) mode[9] = mode[9] == 'x' ? 't' : 'T';
	if (tm == NULL || strftime(when, sizeof(when), "%Y-%m-%d %H:%M",
	    tm) == 0)
		strcpy(when, "?");
	printf("%s %s/%s %lld %s %s", mode, m->uname[0] ? m->uname : "?",
	    m->gname[0] ? m->gname : "?", m->size, when, m->name);
	if (m->type == '2')
		printf(" -> %s", m->link);
	else if (m->type == '1')
		printf(" link to %s", m->link);
	putchar('\n');
}

/* Whether name is one of the names asked for, or below one. */
static int wanted(const char *name, char **names, int n, char *found)
{
	size_t len;

	if (n == 0)
		return 1;
	for (int i = 0; i < n; i++) {
		len = strlen(names[i]);
		while (len > 1 && names[i][len - 1] == '/')
			len--;
		if (strncmp(name, names[i], len) == 0 &&
		    (name[len] == '\0' || name[len] == '/')) {
			found[i] = 1;
			return 1;
		}
	}
	return 0;
}

/* A member's name as a path here: no leading '/', no "..". */
static const char *safe_path(const char *name)
{
	const char *p;

	while (name[0] == '/')
		name++;
	for (p = name; (p = strstr(p, "..")) != NULL; p += 2)
		if ((p == name || p[-1] == '/') && (p[2] == '\0' || p[2] == '/'))
			return NULL;
	return name[0] != '\0' ? name : NULL;
}

/* The folders above path, made as needed. */
static void parents(const char *path)
{
	char buf[sizeof(((struct member *) 0)->name)];
	char *p;

	snprintf(buf, sizeof(buf), "%s", path);
	for (p = strchr(buf + 1, '/'); p != NULL; p = strchr(p + 1, '/')) {
		*p = '\0';
		(void) mkdir(buf, 0777);
		*p = '/';
	}
}

/* The owner and group a member gets back (root only). */
static void owner(const char *path, const struct member *m)
{
	struct passwd *pw = m->uname[0] ? getpwnam(m->uname) : NULL;
	struct group *gr = m->gname[0] ? getgrnam(m->gname) : NULL;

	if (lchown(path, pw != NULL ? pw->pw_uid : m->uid,
	    gr != NULL ? gr->gr_gid : m->gid) < 0)
		warn("%s: %s", path, strerror(errno));
}

/* Owner, mode and time, as the header says (a link has its own). */
static void attributes(const char *path, const struct member *m)
{
	struct utimbuf t = { (time_t) m->mtime, (time_t) m->mtime };
	int root = geteuid() == 0;

	if (root)
		owner(path, m);
	if (m->type == '2' || m->type == '1')
		return;
	if (chmod(path, root ? m->mode : m->mode & 0777 & ~cmask) < 0 ||
	    utime(path, &t) < 0)
		warn("%s: %s", path, strerror(errno));
}

static void later(const char *path, const struct member *m)
{
	dirs = realloc(dirs, (ndirs + 1) * sizeof(*dirs));
	if (dirs == NULL || (dirs[ndirs].path = strdup(path)) == NULL)
		die("out of memory");
	dirs[ndirs++].m = *m;
}

/* Make the member at path (a file's data written): 0, or -1 with
 * errno, its data then still unread. */
static int make(const char *path, const struct member *m)
{
	struct stat st;
	int fd;

	if (m->type == '5') {
		if (mkdir(path, 0700) < 0 && (errno != EEXIST ||
		    stat(path, &st) < 0 || !S_ISDIR(st.st_mode)))
			return -1;
		later(path, m);
		return 0;
	}
	if (unlink(path) < 0 && errno != ENOENT && rmdir(path) < 0)
		return -1;
	switch (m->type) {
	case '0':
		if ((fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600)) < 0)
			return -1;
		data(m, fd);
		if (close(fd) < 0)
			warn("%s: %s", path, strerror(errno));
		return 0;
	case '1': return link(m->link, path);
	case '2': return symlink(m->link, path);
	case '3': case '4':
		return mknod(path, (m->type == '3' ? S_IFCHR : S_IFBLK) |
		    (m->mode & 0777), makedev(m->devmajor, m->devminor));
	case '6': return mkfifo(path, m->mode & 0777);
	default:
		errno = EINVAL;
		return -1;
	}
}

static void extract_one(const struct member *m)
{
	const char *path = safe_path(m->name);

	if (opt.verbose)
		fprintf(opt.say, "%s\n", m->name);
	if (path == NULL) {
		warn("%s: a name that leaves the folder: skipped", m->name);
		data(m, -1);
		return;
	}
	parents(path);
	if (make(path, m) < 0) {
		warn("%s: %s", path, strchr("0123456", m->type) != NULL ?
		    strerror(errno) : "a kind of member tar does not know");
		data(m, -1);
		return;
	}
	if (m->type != '5')
		attributes(path, m);
}

/* The directories' own modes and times, innermost first. */
static void finish_dirs(void)
{
	for (size_t i = ndirs; i-- > 0; ) {
		attributes(dirs[i].path, &dirs[i].m);
		free(dirs[i].path);
	}
	ndirs = 0;
}

void extract(char **names, int n, int listing)
{
	unsigned char block[BLOCK];
	char *found = calloc((size_t) n + 1, 1);
	struct member m;
	int members = 0;

	if (found == NULL)
		die("out of memory");
	cmask = umask(0);
	umask(cmask);
	ar_open(0);
	if (opt.dir != NULL && chdir(opt.dir) < 0)
		die("%s: %s", opt.dir, strerror(errno));
	while (ar_read(block) && !header_is_end(block)) {
		if (header_decode(block, &m) < 0)
			die("%s", members == 0 ? "this is not a tar archive" :
			    "a damaged header: the rest cannot be read");
		members++;
		if (!wanted(m.name, names, n, found))
			data(&m, -1);
		else if (listing) {
			list(&m);
			data(&m, -1);
		} else
			extract_one(&m);
	}
	finish_dirs();
	for (int i = 0; i < n; i++)
		if (!found[i])
			warn("%s: not in the archive", names[i]);
	free(found);
	ar_close(0);
}

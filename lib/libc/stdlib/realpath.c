/*
 * realpath.c - the absolute path of a file with no ".", ".." or
 * symbolic link in it.
 *
 * The path is walked one name at a time, as VFS would walk it: each name
 * is added to the result and looked at with lstat(); a symbolic link is
 * replaced by its target, put in front of what is left of the path (an
 * absolute target starts the result again from "/").  Every name but the
 * last must be a directory, and the file itself must exist.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

struct walk {
	char out[PATH_MAX];	/* the result so far: absolute, no slash at
				 * the end unless it is "/" */
	size_t outlen;
	char unwalked[PATH_MAX];	/* what is left to walk */
	int links;		/* symbolic links followed */
};

/* Takes the next name off w->unwalked into name; returns its length, 0
 * when nothing is left. */
static size_t next_name(struct walk *w, char *name)
{
	char *p = w->unwalked, *end;
	size_t n;

	while (*p == '/')
		p++;
	end = p + strcspn(p, "/");
	n = (size_t) (end - p);
	memcpy(name, p, n);
	name[n] = '\0';
	memmove(w->unwalked, end, strlen(end) + 1);
	return n;
}

/* Puts link target t in front of the rest of the walk. */
static int splice(struct walk *w, const char *t, size_t tlen)
{
	size_t rest = strlen(w->unwalked);

	if (++w->links > SYMLOOP_MAX)
		return -ELOOP;
	if (tlen + rest + 1 > sizeof(w->unwalked))
		return -ENAMETOOLONG;
	/* The rest is empty or starts with its slash. */
	memmove(w->unwalked + tlen, w->unwalked, rest + 1);
	memcpy(w->unwalked, t, tlen);
	if (t[0] == '/')
		w->outlen = 0;		/* back to the root */
	return 0;
}

/* One name of the walk: ".", "..", or a name to add and look at. */
static int step(struct walk *w, const char *name, size_t n)
{
	char target[PATH_MAX];
	struct stat st;
	ssize_t tlen;

	if (n == 1 && name[0] == '.')
		return 0;
	if (n == 2 && name[0] == '.' && name[1] == '.') {
		while (w->outlen > 0 && w->out[--w->outlen] != '/')
			continue;
		return 0;
	}
	if (w->outlen + 1 + n + 1 > sizeof(w->out))
		return -ENAMETOOLONG;
	w->out[w->outlen] = '/';
	memcpy(w->out + w->outlen + 1, name, n + 1);
	if (lstat(w->out, &st) < 0)
		return -errno;
	if (!S_ISLNK(st.st_mode)) {
		w->outlen += 1 + n;
		/* "file/" is no more a directory than "file/x" */
		return S_ISDIR(st.st_mode) || w->unwalked[0] == '\0' ? 0 : -ENOTDIR;
	}
	if ((tlen = readlink(w->out, target, sizeof(target) - 1)) < 0)
		return -errno;
	target[tlen] = '\0';
	w->out[w->outlen] = '\0';
	return tlen == 0 ? -ENOENT : splice(w, target, (size_t) tlen);
}

/* The walk from start: the working directory for a relative path. */
static int walk_path(struct walk *w, const char *path)
{
	char name[PATH_MAX];
	size_t n;
	int r;

	if (strlen(path) >= sizeof(w->unwalked))
		return -ENAMETOOLONG;
	strcpy(w->unwalked, path);
	w->outlen = 0;
	w->links = 0;
	if (path[0] != '/') {
		if (getcwd(w->out, sizeof(w->out)) == NULL)
			return -errno;
		w->outlen = strlen(w->out);
		if (w->outlen == 1)
			w->outlen = 0;		/* "/" is the empty prefix */
	}
	while ((n = next_name(w, name)) > 0)
		if ((r = step(w, name, n)) < 0)
			return r;
	if (w->outlen == 0)
		w->out[w->outlen++] = '/';
	w->out[w->outlen] = '\0';
	return 0;
}

char *realpath(const char *restrict path, char *restrict resolved)
{
	struct walk *w;
	int r;

	if (path == NULL) {
		errno = EINVAL;
		return NULL;
	}
	if (path[0] == '\0') {
		errno = ENOENT;
		return NULL;
	}
	if ((w = malloc(sizeof(*w))) == NULL)
		return NULL;
	if ((r = walk_path(w, path)) < 0) {
		free(w);
		errno = -r;
		return NULL;
	}
	if (resolved == NULL)
		resolved = strdup(w->out);
	else
		strcpy(resolved, w->out);
	free(w);
	return resolved;
}

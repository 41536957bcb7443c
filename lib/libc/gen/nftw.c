/*
 * nftw.c - nftw(): call a function for every object of a file tree.
 *
 * A directory's names are read in full and the directory closed before
 * any of them is visited, so the walk holds one directory open at a
 * time whatever the depth (fd_limit is therefore always honoured).
 * The path grows in one buffer of PATH_MAX bytes; a longer one ends the
 * walk with ENAMETOOLONG.  With FTW_CHDIR the working directory is
 * each object's parent while fn runs, and is given back at the end.
 */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef int (*ftw_fn)(const char *, const struct stat *, int, struct FTW *);

struct walk {
	ftw_fn fn;
	int flags;
	dev_t dev;			/* the starting file system's */
	int home;			/* the first working directory (CHDIR) */
	char path[PATH_MAX];
};

static int walk(struct walk *w, size_t len, int level);

/* The names in directory path, NULL-ended; NULL if it cannot be
 * read.  The names follow the pointers in one allocation. */
static char **read_names(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *e;
	char **names = NULL, **more;
	size_t n = 0;

	if (d == NULL)
		return NULL;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		if ((more = realloc(names, (n + 2) * sizeof(*names))) == NULL ||
		    (more[n] = strdup(e->d_name)) == NULL) {
			free(more != NULL ? more : names);
			closedir(d);
			errno = ENOMEM;
			return NULL;
		}
		names = more;
		n++;
	}
	closedir(d);
	if (names == NULL && (names = malloc(sizeof(*names))) == NULL)
		return NULL;
	names[n] = NULL;
	return names;
}

static void free_names(char **names)
{
	for (char **p = names; *p != NULL; p++)
		free(*p);
	free(names);
}

/* FTW_CHDIR: into the directory of the first dirlen bytes of the path. */
static int go_to(struct walk *w, size_t dirlen)
{
	char saved;
	int r;

	if (!(w->flags & FTW_CHDIR))
		return 0;
	if (fchdir(w->home) < 0)
		return -1;
	if (dirlen == 0)
		return 0;
	saved = w->path[dirlen];
	w->path[dirlen] = '\0';
	r = chdir(w->path);
	w->path[dirlen] = saved;
	return r;
}

static int call(struct walk *w, const struct stat *st, int kind, int base,
    int level)
{
	struct FTW f = { base, level };

	if (go_to(w, base > 0 ? (size_t) base : 0) < 0)
		return -1;
	return w->fn(w->path, st, kind, &f);
}

/* The contents of the directory w->path (len bytes long). */
static int walk_dir(struct walk *w, size_t len, int level, char **names)
{
	size_t n;
	int r = 0;

	if (len > 0 && w->path[len - 1] != '/')
		w->path[len++] = '/';
	for (char **p = names; *p != NULL && r == 0; p++) {
		n = strlen(*p);
		if (len + n >= sizeof(w->path)) {
			errno = ENAMETOOLONG;
			r = -1;
			break;
		}
		memcpy(w->path + len, *p, n + 1);
		r = walk(w, len + n, level + 1);
	}
	return r;
}

/* What the object at w->path is, in nftw's words, and its stat. */
static int kind_of(struct walk *w, struct stat *st)
{
	if (w->flags & FTW_PHYS) {
		if (lstat(w->path, st) < 0)
			return FTW_NS;
		return S_ISLNK(st->st_mode) ? FTW_SL :
		    S_ISDIR(st->st_mode) ? FTW_D : FTW_F;
	}
	if (stat(w->path, st) < 0)
		return lstat(w->path, st) == 0 && S_ISLNK(st->st_mode) ?
		    FTW_SLN : FTW_NS;
	return S_ISDIR(st->st_mode) ? FTW_D : FTW_F;
}

/* The object at w->path (len bytes) and, for a directory, below it. */
static int walk(struct walk *w, size_t len, int level)
{
	struct stat st;
	char *slash, **names;
	int kind = kind_of(w, &st), base, r;

	w->path[len] = '\0';
	slash = strrchr(w->path, '/');
	base = slash != NULL && slash[1] != '\0' ? (int) (slash - w->path) + 1
	    : 0;
	if (level == 0)
		w->dev = st.st_dev;
	else if ((w->flags & FTW_MOUNT) && kind != FTW_NS &&
	    st.st_dev != w->dev)
		return 0;		/* another file system: not reported */
	if (kind != FTW_D)
		return call(w, &st, kind, base, level);
	if ((names = read_names(w->path)) == NULL)
		return errno == ENOMEM ? -1 : call(w, &st, FTW_DNR, base, level);
	r = (w->flags & FTW_DEPTH) ? 0 : call(w, &st, FTW_D, base, level);
	if (r == 0)
		r = walk_dir(w, len, level, names);
	free_names(names);
	w->path[len] = '\0';
	if (r == 0 && (w->flags & FTW_DEPTH))
		r = call(w, &st, FTW_DP, base, level);
	return r;
}

int nftw(const char *path, ftw_fn fn, int fd_limit, int flags)
{
	struct walk *w;
	size_t len = strlen(path);
	int r, saved;

	if (len >= PATH_MAX || fd_limit < 1) {
		errno = len >= PATH_MAX ? ENAMETOOLONG : EINVAL;
		return -1;
	}
	if ((w = malloc(sizeof(*w))) == NULL)
		return -1;
	w->fn = fn;
	w->flags = flags;
	w->home = -1;
	memcpy(w->path, path, len + 1);
	if ((flags & FTW_CHDIR) &&
	    (w->home = open(".", O_RDONLY | O_DIRECTORY)) < 0) {
		free(w);
		return -1;
	}
	r = walk(w, len, 0);
	saved = errno;
	if (w->home >= 0) {
		(void) fchdir(w->home);
		close(w->home);
	}
	free(w);
	errno = saved;
	return r;
}

/*
 * glob.c - pathname expansion: the files a pattern names.
 *
 * Entry point: glob_expand.  The pattern is taken one component (between
 * slashes) at a time; a component without *, ? or [ is just appended,
 * one with them is matched against the entries of the directory so far.
 * Names starting with '.' match only a pattern starting with '.', and
 * "." and ".." never do.
 */
#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "match.h"
#include "mem.h"

static int has_meta(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\')
			i++;
		else if (p[i] == '*' || p[i] == '?' || p[i] == '[')
			return 1;
	}
	return 0;
}

static void add_unquoted(struct strbuf *b, const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		if (p[i] == '\\' && i + 1 < n)
			i++;
		sb_addc(b, p[i]);
	}
}

static int is_dir(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static void glob_rec(struct strbuf *path, const char *rest,
	struct strlist *found);

/* Goes on with a path that got one more component; next is what
 * follows it in the pattern: nothing, or a slash. */
static void descend(struct strbuf *path, const char *next,
	struct strlist *found)
{
	struct stat st;

	if (*next == '\0') {
		if (lstat(path->s, &st) == 0)
			sl_add(found, arena_strdup(scratch, path->s));
		return;
	}
	sb_addc(path, '/');
	while (*next == '/')
		next++;
	if (*next == '\0') {
		if (is_dir(path->s))
			sl_add(found, arena_strdup(scratch, path->s));
		return;
	}
	glob_rec(path, next, found);
}

static int wanted(const char *name, const char *pat)
{
	if (name[0] == '.' && (strcmp(name, ".") == 0
	    || strcmp(name, "..") == 0 || pat[0] != '.'))
		return 0;
	return pmatch(pat, name, strlen(name));
}

/* Matches the component pat against the entries of path. */
static void glob_dir(struct strbuf *path, const char *pat, const char *next,
	struct strlist *found)
{
	DIR *d = opendir(path->len ? path->s : ".");
	size_t len = path->len;
	struct dirent *e;

	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (!wanted(e->d_name, pat))
			continue;
		sb_adds(path, e->d_name);
		if (*next == '\0' || is_dir(path->s))
			descend(path, next, found);
		path->len = len;
		path->s[len] = '\0';
	}
	closedir(d);
}

static void glob_rec(struct strbuf *path, const char *rest,
	struct strlist *found)
{
	const char *slash = strchr(rest, '/');
	size_t n = slash ? (size_t) (slash - rest) : strlen(rest);
	const char *next = rest + n;
	size_t len = path->len;

	if (!has_meta(rest, n)) {
		add_unquoted(path, rest, n);
		descend(path, next, found);
	} else
		glob_dir(path, arena_strndup(scratch, rest, n), next, found);
	path->len = len;
	path->s[len] = '\0';
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *) a, *(char *const *) b);
}

int glob_expand(const char *pat, struct strlist *out)
{
	struct strbuf path;
	struct strlist found;
	int i, n;

	sb_init(&path);
	sl_init(&found);
	while (*pat == '/') {
		sb_addc(&path, '/');
		pat++;
	}
	glob_rec(&path, pat, &found);
	qsort(found.v, (size_t) found.n, sizeof(*found.v), by_name);
	for (i = 0; i < found.n; i++)
		sl_add(out, found.v[i]);
	n = found.n;
	free(found.v);
	sb_free(&path);
	return n;
}

/*
 * libgen.c - basename() and dirname(), as POSIX defines them.
 *
 * Both may change the string they are given (they cut trailing slashes
 * off in place) and return either a pointer into it or a constant
 * string: "." for an empty or null path, "/" for one of slashes only.
 */
#include <libgen.h>
#include <string.h>

/* Cuts the trailing slashes of path (keeping a lone "/"); returns the
 * length left. */
static size_t trim_slashes(char *path)
{
	size_t n = strlen(path);

	while (n > 1 && path[n - 1] == '/')
		path[--n] = '\0';
	return n;
}

char *basename(char *path)
{
	char *slash;
	size_t n;

	if (path == NULL || path[0] == '\0')
		return ".";
	n = trim_slashes(path);
	if (n == 1 && path[0] == '/')
		return path;
	slash = strrchr(path, '/');
	return slash != NULL ? slash + 1 : path;
}

char *dirname(char *path)
{
	size_t n;

	if (path == NULL || path[0] == '\0')
		return ".";
	n = trim_slashes(path);
	while (n > 0 && path[n - 1] != '/')	/* the last name goes */
		n--;
	if (n == 0)
		return ".";
	while (n > 1 && path[n - 1] == '/')	/* and the slashes before it */
		n--;
	path[n] = '\0';
	return path;
}

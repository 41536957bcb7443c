/*
 * which - find the programs a command name runs.
 *
 *	which [-a] name...
 *
 * For each name, the first executable regular file of that name in the
 * folders of PATH (an empty entry is the working directory), or with
 * -a every one.  A name that holds '/' is itself checked.  A name found
 * nowhere is passed over in silence; the status is then 1 (2 for a bad
 * option).  Aliases, functions and built-in commands of the shell are
 * not looked at: the shell's `command -v` knows those.
 */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define DEFAULT_PATH	"/bin:/usr/bin"

static int runnable(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && S_ISREG(st.st_mode) &&
	    (st.st_mode & 0111) != 0 && access(path, X_OK) == 0;
}

/* Print where name is found; 1 if it is found at all. */
static int find(const char *name, const char *path, int all)
{
	char full[PATH_MAX];
	const char *dir = path, *end;
	size_t len;
	int found = 0;

	if (strchr(name, '/') != NULL) {
		if (!runnable(name))
			return 0;
		puts(name);
		return 1;
	}
	for (;;) {
		end = strchr(dir, ':');
		len = end != NULL ? (size_t) (end - dir) : strlen(dir);
		if (len == 0)
			snprintf(full, sizeof(full), "./%s", name);
		else
			snprintf(full, sizeof(full), "%.*s/%s", (int) len, dir,
			    name);
		if (runnable(full)) {
			puts(full);
			found = 1;
			if (!all)
				return 1;
		}
		if (end == NULL)
			return found;
		dir = end + 1;
	}
}

int main(int argc, char **argv)
{
	const char *path = getenv("PATH");
	int c, all = 0, status = 0;

	while ((c = getopt(argc, argv, "a")) != -1) {
		if (c != 'a') {
			fputs("usage: which [-a] name...\n", stderr);
			return 2;
		}
		all = 1;
	}
	if (optind == argc) {
		fputs("usage: which [-a] name...\n", stderr);
		return 2;
	}
	if (path == NULL)
		path = DEFAULT_PATH;
	for (; optind < argc; optind++)
		if (!find(argv[optind], path, all))
			status = 1;
	return status;
}

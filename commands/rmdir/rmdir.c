/*
 * rmdir - remove empty directories.
 *
 *	rmdir [-p] dir ...
 *
 * -p then removes each parent named in the path, as long as it works.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: rmdir [-p] dir ...\n", stderr);
	exit(1);
}

/* Removes path, then with parents its named ancestors; 0 or 1. */
static int remove_dir(char *path, int parents)
{
	char *slash;

	for (;;) {
		if (rmdir(path) < 0) {
			fprintf(stderr, "rmdir: %s: %s\n", path,
			    strerror(errno));
			return 1;
		}
		if (!parents)
			return 0;
		while ((slash = strrchr(path, '/')) != NULL && slash[1] == '\0')
			*slash = '\0';		/* trailing slashes */
		if (slash == NULL || slash == path)
			return 0;
		while (slash > path && slash[-1] == '/')
			slash--;
		*slash = '\0';
	}
}

int main(int argc, char **argv)
{
	int c, parents = 0, status = 0;

	while ((c = getopt(argc, argv, "p")) != -1) {
		if (c == 'p')
			parents = 1;
		else
			usage();
	}
	if (optind >= argc)
		usage();
	for (; optind < argc; optind++)
		status |= remove_dir(argv[optind], parents);
	return status;
}

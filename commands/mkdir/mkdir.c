/*
 * mkdir - make directories.
 *
 *	mkdir [-p] [-m mode] dir ...
 *
 * -p makes missing parents and is quiet about directories that exist.
 * -m takes an octal mode.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/stat.h>

static void usage(void)
{
	fputs("usage: mkdir [-p] [-m mode] dir ...\n", stderr);
	exit(1);
}

/* mkdir(), but an existing directory is fine. */
static int make_quietly(const char *path, mode_t mode)
{
	struct stat st;

	if (mkdir(path, mode) == 0)
		return 0;
	if (errno == EEXIST && stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return 0;
	return -1;
}

/* mkdir -p: each prefix ending before a slash, then the whole path. */
static int make_parents(char *path, mode_t mode)
{
	char *p;

	for (p = path + 1; *p != '\0'; p++) {
		if (*p != '/' || p[-1] == '/')
			continue;
		*p = '\0';
		if (make_quietly(path, 0777) < 0) {
			*p = '/';
			return -1;
		}
		*p = '/';
	}
	return make_quietly(path, mode);
}

int main(int argc, char **argv)
{
	mode_t mode = 0777;
	char *end;
	int c, parents = 0, status = 0, given = 0, r;

	while ((c = getopt(argc, argv, "pm:")) != -1) {
		if (c == 'p')
			parents = 1;
		else if (c == 'm') {
			mode = (mode_t) strtoul(optarg, &end, 8);
			given = 1;
			if (*optarg == '\0' || *end != '\0' || mode > 07777) {
				fprintf(stderr, "mkdir: invalid mode '%s'\n",
				    optarg);
				usage();
			}
		} else
			usage();
	}
	if (optind >= argc)
		usage();
	for (; optind < argc; optind++) {
		r = parents ? make_parents(argv[optind], mode) :
		    mkdir(argv[optind], mode);
		if (r < 0) {
			fprintf(stderr, "mkdir: %s: %s\n", argv[optind],
			    strerror(errno));
			status = 1;
		} else if (given)
			chmod(argv[optind], mode);	/* past umask */
	}
	return status;
}

/*
 * touch - set a file's access and modification times to now, creating
 * the file if it does not exist.
 *
 *	touch [-c] file ...
 *
 * -c does not create files.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <utime.h>

static void usage(void)
{
	fputs("usage: touch [-c] file ...\n", stderr);
	exit(1);
}

/* Touches one file; answers 0 or 1 (the exit status). */
static int touch(const char *path, int create)
{
	int fd;

	if (utime(path, NULL) == 0)
		return 0;
	if (errno != ENOENT) {
		fprintf(stderr, "touch: %s: %s\n", path, strerror(errno));
		return 1;
	}
	if (!create)
		return 0;
	fd = open(path, O_WRONLY | O_CREAT, 0666);
	if (fd < 0) {
		fprintf(stderr, "touch: %s: %s\n", path, strerror(errno));
		return 1;
	}
	close(fd);
	return 0;
}

int main(int argc, char **argv)
{
	int c, create = 1, status = 0;

	while ((c = getopt(argc, argv, "c")) != -1) {
		if (c == 'c')
			create = 0;
		else
			usage();
	}
	if (optind >= argc)
		usage();
	for (; optind < argc; optind++)
		status |= touch(argv[optind], create);
	return status;
}

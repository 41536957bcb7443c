/*
 * cat - concatenate files to the standard output.
 *
 *	cat [-u] [file ...]
 *
 * No file, or "-", means the standard input.  Output is unbuffered
 * anyway (read and write go straight through), so -u changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

static char buf[16384];

/* Writes all n bytes; -1 on failure. */
static int write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(STDOUT_FILENO, p, n);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t) w;
	}
	return 0;
}

/* Copies fd to stdout; answers 0 or 1. */
static int copy(int fd, const char *name)
{
	ssize_t n;

	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
			return 1;
		}
		if (write_all(buf, (size_t) n) < 0) {
			fprintf(stderr, "cat: write error: %s\n",
			    strerror(errno));
			exit(1);
		}
	}
	return 0;
}

static int cat_file(const char *name)
{
	int fd, status;

	if (strcmp(name, "-") == 0)
		return copy(STDIN_FILENO, "standard input");
	fd = open(name, O_RDONLY);
	if (fd < 0) {
		fprintf(stderr, "cat: %s: %s\n", name, strerror(errno));
		return 1;
	}
	status = copy(fd, name);
	close(fd);
	return status;
}

int main(int argc, char **argv)
{
	int c, status = 0;

	while ((c = getopt(argc, argv, "u")) != -1) {
		if (c != 'u') {
			fputs("usage: cat [-u] [file ...]\n", stderr);
			return 1;
		}
	}
	if (optind == argc)
		return copy(STDIN_FILENO, "standard input");
	for (; optind < argc; optind++)
		status |= cat_file(argv[optind]);
	return status;
}

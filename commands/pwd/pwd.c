/*
 * pwd - print the working directory.
 *
 *	pwd [-L | -P]
 *
 * Both options give the physical path: there is no $PWD bookkeeping.
 */
#include <stdio.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	char buf[PATH_MAX];
	int c;

	while ((c = getopt(argc, argv, "LP")) != -1) {
		if (c == '?') {
			fputs("usage: pwd [-L | -P]\n", stderr);
			return 1;
		}
	}
	if (optind < argc) {
		fputs("usage: pwd [-L | -P]\n", stderr);
		return 1;
	}
	if (getcwd(buf, sizeof(buf)) == NULL) {
		fprintf(stderr, "pwd: %s\n", strerror(errno));
		return 1;
	}
	puts(buf);
	return 0;
}

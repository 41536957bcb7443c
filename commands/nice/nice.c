/*
 * nice - run a utility with a changed nice value.
 *
 *	nice [-n increment] [utility [argument...]]
 *
 * The utility runs with the nice value raised by increment (10 if not
 * given; a negative one lowers it, which only root may do).  A change
 * that is refused is reported and the utility runs anyway, as POSIX
 * lets it.  Without a utility, nice prints the current value.  The
 * status is the utility's, 126 if it cannot be run, 127 if it is not
 * found.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: nice [-n increment] [utility [argument...]]\n", stderr);
	exit(125);
}

int main(int argc, char **argv)
{
	long incr = 10;
	char *end;
	int c, now;

	while ((c = getopt(argc, argv, "+n:")) != -1) {
		if (c != 'n')
			usage();
		incr = strtol(optarg, &end, 10);
		if (*optarg == '\0' || *end != '\0' || incr < -2 * NZERO ||
		    incr > 2 * NZERO)
			usage();
	}
	if (optind == argc) {
		errno = 0;
		if ((now = nice(0)) == -1 && errno != 0) {
			perror("nice");
			return 125;
		}
		printf("%d\n", now);
		return 0;
	}
	errno = 0;
	if (nice((int) incr) == -1 && errno != 0)
		fprintf(stderr, "nice: cannot change the nice value: %s\n",
		    strerror(errno));
	execvp(argv[optind], argv + optind);
	fprintf(stderr, "nice: %s: %s\n", argv[optind], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}

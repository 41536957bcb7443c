/*
 * env - run a command in a changed environment, or print the environment.
 *
 *	env [-i] [-u name] [name=value ...] [command [argument ...]]
 *
 * -i starts from an empty environment, -u removes one variable.  A
 * command that cannot be run gives 127 (not found) or 126.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

/* POSIX leaves declaring it to the program. */
extern char **environ;

static void usage(void)
{
	fputs("usage: env [-i] [-u name] [name=value ...] "
	    "[command [argument ...]]\n", stderr);
	exit(1);
}

/* Applies -i and -u; answers the index of the first operand. */
static int parse_options(int argc, char **argv)
{
	static char *empty[] = { NULL };
	int c;

	while ((c = getopt(argc, argv, "iu:")) != -1) {
		if (c == 'i')
			environ = empty;
		else if (c == 'u')
			unsetenv(optarg);
		else
			usage();
	}
	/* A lone "-" is the historical spelling of -i. */
	if (optind < argc && strcmp(argv[optind], "-") == 0) {
		environ = empty;
		optind++;
	}
	return optind;
}

/* Sets each leading name=value operand; answers the first other one. */
static int set_variables(int argc, char **argv, int i)
{
	char *eq;

	for (; i < argc && (eq = strchr(argv[i], '=')) != NULL; i++) {
		*eq = '\0';
		if (setenv(argv[i], eq + 1, 1) < 0) {
			fprintf(stderr, "env: %s: %s\n", argv[i],
			    strerror(errno));
			exit(125);
		}
	}
	return i;
}

int main(int argc, char **argv)
{
	char **e;
	int i = set_variables(argc, argv, parse_options(argc, argv));

	if (i == argc) {
		for (e = environ; e != NULL && *e != NULL; e++)
			puts(*e);
		return 0;
	}
	execvp(argv[i], &argv[i]);
	fprintf(stderr, "env: %s: %s\n", argv[i], strerror(errno));
	return errno == ENOENT ? 127 : 126;
}

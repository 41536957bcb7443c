/*
 * getopt.c - POSIX getopt(): the next option letter from argv.
 *
 * Options are parsed in order, stopping at the first operand, at "-" or
 * after "--" (there is no GNU-style permutation, so a leading '+' in
 * optstring changes nothing).  A leading ':' makes a missing argument
 * answer ':' and silences the messages.  "x::" (GNU) takes an optional
 * argument, only when attached ("-xval").
 *
 * Where we are inside a cluster like "-abc" is kept in a static, which
 * resets when optind is set to 0 (GNU), optreset to 1 (BSD), or optind
 * changes behind our back.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

char *optarg;
int optind = 1, opterr = 1, optopt, optreset;

static int pos = 1;		/* next letter within argv[optind] */
static int pos_ind = 1;		/* the optind pos belongs to */

/* Steps past the letter just taken. */
static void advance(char *const argv[])
{
	if (argv[optind][++pos] == '\0') {
		optind++;
		pos = 1;
	}
}

static int complain(const char *argv0, const char *what, int c,
    const char *optstring)
{
	if (opterr && *optstring != ':')
		fprintf(stderr, "%s: %s -- %c\n", argv0, what, c);
	return '?';
}

/* An option that takes an argument: from the rest of this word or the next. */
static int take_argument(int argc, char *const argv[], const char *spec,
    const char *optstring)
{
	char *rest = &argv[optind][pos + 1];
	int optional = spec[2] == ':';

	optind++;
	pos = 1;
	if (*rest != '\0' || optional) {
		optarg = *rest != '\0' ? rest : NULL;
		return spec[0];
	}
	if (optind < argc) {
		optarg = argv[optind++];
		return spec[0];
	}
	if (*optstring == ':')
		return ':';
	return complain(argv[0], "option requires an argument", spec[0],
	    optstring);
}

static int next_option(int argc, char *const argv[], const char *optstring)
{
	const char *spec;
	int c;

	if (pos == 1) {
		if (optind >= argc || argv[optind] == NULL ||
		    argv[optind][0] != '-' || argv[optind][1] == '\0')
			return -1;
		if (strcmp(argv[optind], "--") == 0) {
			optind++;
			return -1;
		}
	}
	c = (unsigned char) argv[optind][pos];
	spec = c != ':' ? strchr(optstring, c) : NULL;
	optopt = c;
	if (spec == NULL) {
		advance(argv);
		return complain(argv[0], "illegal option", c, optstring);
	}
	if (spec[1] == ':')
		return take_argument(argc, argv, spec, optstring);
	advance(argv);
	return c;
}

int getopt(int argc, char *const argv[], const char *optstring)
{
	int c;

	if (optind == 0 || optreset || optind != pos_ind) {
		if (optind == 0)
			optind = 1;
		optreset = 0;
		pos = 1;
	}
	if (*optstring == '+' || *optstring == '-')
		optstring++;
	optarg = NULL;
	c = next_option(argc, argv, optstring);
	pos_ind = optind;
	return c;
}

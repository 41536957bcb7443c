/*
 * uniq - report or filter out repeated adjacent lines.
 *
 *	uniq [-c | -d | -u] [input [output]]
 *
 * Of each run of equal adjacent lines one is written; -d writes only
 * runs of more than one line, -u only single lines, -c puts each run's
 * length before it.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

static int opt_count, opt_dups, opt_single;

static void usage(void)
{
	fputs("usage: uniq [-c | -d | -u] [input [output]]\n", stderr);
	exit(1);
}

/* Writes a run of n copies of line, as the options say. */
static void put_run(FILE *out, const char *line, long long n)
{
	if ((opt_dups && n < 2) || (opt_single && n > 1))
		return;
	if (opt_count)
		fprintf(out, "%7lld ", n);
	fprintf(out, "%s\n", line);
}

static void uniq(FILE *in, FILE *out)
{
	char *prev = NULL, *line = NULL, *t;
	size_t prev_cap = 0, cap = 0, tc;
	ssize_t len;
	long long n = 0;

	while ((len = getline(&line, &cap, in)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (n > 0 && strcmp(line, prev) == 0) {
			n++;
			continue;
		}
		if (n > 0)
			put_run(out, prev, n);
		/* The line becomes prev; prev's memory takes the next line. */
		t = prev;
		prev = line;
		line = t;
		tc = prev_cap;
		prev_cap = cap;
		cap = tc;
		n = 1;
	}
	if (n > 0)
		put_run(out, prev, n);
	free(prev);
	free(line);
}

static FILE *open_or_die(const char *name, const char *mode, FILE *dash)
{
	FILE *f = strcmp(name, "-") == 0 ? dash : fopen(name, mode);

	if (f == NULL) {
		fprintf(stderr, "uniq: %s: %s\n", name, strerror(errno));
		exit(1);
	}
	return f;
}

int main(int argc, char **argv)
{
	FILE *in = stdin, *out = stdout;
	int c;

	while ((c = getopt(argc, argv, "cdu")) != -1) {
		switch (c) {
		case 'c': opt_count = 1; break;
		case 'd': opt_dups = 1; break;
		case 'u': opt_single = 1; break;
		default: usage();
		}
	}
	if (argc - optind > 2)
		usage();
	if (optind < argc)
		in = open_or_die(argv[optind], "r", stdin);
	if (optind + 1 < argc)
		out = open_or_die(argv[optind + 1], "w", stdout);
	uniq(in, out);
	if (ferror(in)) {
		fprintf(stderr, "uniq: %s: %s\n", optind < argc ? argv[optind]
		    : "standard input", strerror(errno));
		fclose(out);
		return 1;
	}
	return fclose(out) != 0;
}

/*
 * cmp - compare two files byte by byte.
 *
 *	cmp [-l | -s] file1 file2
 *
 * Silent when the files are the same (status 0).  Otherwise it names
 * the first differing byte and its line (status 1); -l instead lists
 * every differing byte as its number and the two values in octal; -s
 * says nothing and answers by the status alone.  When one file is a
 * beginning of the other, "EOF on" the shorter goes to standard error
 * (status 1).  '-' is the standard input.  Trouble reading is status 2.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: cmp [-l | -s] file1 file2\n", stderr);
	exit(2);
}

static FILE *open_file(const char *name)
{
	FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");

	if (f == NULL) {
		fprintf(stderr, "cmp: %s: %s\n", name, strerror(errno));
		exit(2);
	}
	return f;
}

static void read_error(const char *name)
{
	fprintf(stderr, "cmp: %s: %s\n", name, strerror(errno));
	exit(2);
}

/* Compare to the end of either; the status cmp exits with. */
static int compare(FILE *f1, FILE *f2, char **names, int mode)
{
	long long byte = 1, line = 1;
	int c1, c2, differ = 0;

	for (;; byte++) {
		c1 = getc(f1);
		c2 = getc(f2);
		if (c1 == EOF || c2 == EOF)
			break;
		if (c1 != c2) {
			differ = 1;
			if (mode == 's')
				return 1;
			if (mode == 0) {
				printf("%s %s differ: char %lld, line %lld\n",
				    names[0], names[1], byte, line);
				return 1;
			}
			printf("%lld %o %o\n", byte, c1, c2);
		}
		if (c1 == '\n')
			line++;
	}
	if (ferror(f1) || ferror(f2))
		read_error(names[ferror(f1) ? 0 : 1]);
	if (c1 == c2)
		return differ;
	if (mode != 's')
		fprintf(stderr, "cmp: EOF on %s after byte %lld, line %lld\n",
		    names[c1 == EOF ? 0 : 1], byte - 1, line);
	return 1;
}

int main(int argc, char **argv)
{
	int c, mode = 0, r;
	FILE *f1, *f2;

	while ((c = getopt(argc, argv, "ls")) != -1) {
		if (c != 'l' && c != 's')
			usage();
		if (mode != 0 && mode != c)
			usage();
		mode = c;
	}
	if (argc - optind != 2)
		usage();
	f1 = open_file(argv[optind]);
	f2 = open_file(argv[optind + 1]);
	r = compare(f1, f2, argv + optind, mode);
	if (fflush(stdout) != 0)
		return 2;
	return r;
}

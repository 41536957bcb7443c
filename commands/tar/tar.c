/*
 * tar - make, list and unpack archives in the ustar format.
 *
 *	tar -c [-v] [-f archive] [-C dir] file...
 *	tar -t [-v] [-f archive] [-C dir] [name...]
 *	tar -x [-v] [-f archive] [-C dir] [name...]
 *
 * -c writes the files (with all below the directories among them) into
 * the archive, -t lists its members (-v: with mode, owners, size and
 * time), -x unpacks them (all, or those named).  -f names the archive
 * (the standard input or output without it, or with "-"): a file, or a
 * device such as /dev/c0d0, so that archives move between systems on a
 * disk.  -C works in dir.  -v names each member as it goes.  The
 * options may also come the old way, as one word without '-': tar cvf
 * a.tar dir.  The archives are POSIX ustar, which other systems' tars
 * read and write; not here: compression, pax extended headers (names
 * longer than ustar allows are refused), appending (-r, -u).
 *
 * Status: 0; 1 if some file could not be stored or unpacked; 2 for a
 * bad command line or an archive that cannot be read.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "tar.h"

struct opts opt = { 0, "-", NULL, NULL, 0 };

static void usage(void)
{
	fputs("usage: tar -c [-v] [-f archive] [-C dir] file...\n"
	    "       tar -t [-v] [-f archive] [-C dir] [name...]\n"
	    "       tar -x [-v] [-f archive] [-C dir] [name...]\n", stderr);
	exit(2);
}

void warn(const char *fmt, ...)
{
	va_list ap;

	fputs("tar: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	opt.status = 1;
}

void die(const char *fmt, ...)
{
	va_list ap;

	fputs("tar: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

/* One option letter; arg is its argument, if it takes one. */
static void option(int c, const char *arg, int *job)
{
	switch (c) {
	case 'c': case 't': case 'x':
		if (*job != 0 && *job != c)
			usage();
		*job = c;
		break;
	case 'v': opt.verbose = 1; break;
	case 'f': opt.file = arg; break;
	case 'C': opt.dir = arg; break;
	default: usage();
	}
}

/* "tar cvf a.tar x": the first word's letters are options, and those
 * that take an argument take the next words in turn.  The index of the
 * first word after them (more options may follow, the new way). */
static int old_options(int argc, char **argv, int *job)
{
	int next = 2;

	for (const char *p = argv[1]; *p != '\0'; p++) {
		if (*p == 'f' || *p == 'C') {
			if (next >= argc)
				usage();
			option(*p, argv[next++], job);
		} else {
			option(*p, NULL, job);
		}
	}
	return next;
}

int main(int argc, char **argv)
{
	int c, job = 0;

	if (argc > 1 && argv[1][0] != '-')
		optind = old_options(argc, argv, &job);
	while ((c = getopt(argc, argv, "ctxvf:C:")) != -1)
		option(c, optarg, &job);
	if (job == 0 || (job == 'c' && optind == argc))
		usage();
	opt.say = job == 'c' && strcmp(opt.file, "-") == 0 ? stderr : stdout;
	if (job == 'c')
		create(argv + optind, argc - optind);
	else
		extract(argv + optind, argc - optind, job == 't');
	if (fflush(stdout) != 0)
		opt.status = 2;
	return opt.status;
}

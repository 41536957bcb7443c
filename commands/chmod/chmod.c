/*
 * chmod - change the permission bits of files.
 *
 *	chmod [-R] mode file...
 *
 * mode is octal or symbolic (mode.c).  -R also changes everything
 * below each directory named; symbolic links met on the way are left
 * alone (they have no permissions of their own), but one named as an
 * operand is followed.  A file that cannot be changed is reported and
 * the others are still done; the status is then 1.  A mode that starts
 * with '-' ("-w") is a mode, not an option.
 */
#include <errno.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "mode.h"

static const struct mode *new_mode;
static mode_t cmask;
static int status;

static void usage(void)
{
	fputs("usage: chmod [-R] mode file...\n", stderr);
	exit(1);
}

static void change(const char *path, const struct stat *st)
{
	if (chmod(path, mode_apply(new_mode, st->st_mode, cmask)) < 0) {
		fprintf(stderr, "chmod: %s: %s\n", path, strerror(errno));
		status = 1;
	}
}

static int visit(const char *path, const struct stat *st, int kind,
    struct FTW *ftw)
{
	(void) ftw;
	if (kind == FTW_NS || kind == FTW_DNR) {
		fprintf(stderr, "chmod: %s: %s\n", path, strerror(errno));
		status = 1;
	}
	if (kind == FTW_F || kind == FTW_D || kind == FTW_DNR)
		change(path, st);
	return 0;
}

static void operand(const char *path, int recursive)
{
	struct stat st;

	if (stat(path, &st) < 0) {
		fprintf(stderr, "chmod: %s: %s\n", path, strerror(errno));
		status = 1;
	} else if (recursive && S_ISDIR(st.st_mode)) {
		if (nftw(path, visit, 16, FTW_PHYS) < 0) {
			fprintf(stderr, "chmod: %s: %s\n", path,
			    strerror(errno));
			status = 1;
		}
	} else {
		change(path, &st);
	}
}

int main(int argc, char **argv)
{
	int i = 1, recursive = 0;

	for (; i < argc && argv[i][0] == '-'; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (strspn(argv[i] + 1, "R") == strlen(argv[i] + 1) &&
		    argv[i][1] != '\0')
			recursive = 1;
		else if (mode_parse(argv[i]) != NULL)
			break;			/* a mode such as -w */
		else
			usage();
	}
	if (argc - i < 2)
		usage();
	if ((new_mode = mode_parse(argv[i])) == NULL) {
		fprintf(stderr, "chmod: invalid mode: %s\n", argv[i]);
		return 1;
	}
	cmask = umask(0);
	umask(cmask);
	for (i++; i < argc; i++)
		operand(argv[i], recursive);
	return status;
}

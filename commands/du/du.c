/*
 * du - disk usage of files and directory trees, in KiB.
 *
 *	du [-a | -s] [-k] [file ...]
 *
 * Each directory is shown with the total of everything under it; -a
 * shows files too, -s only the operands' totals.  Sizes come from
 * st_blocks (512-byte units), so they are what the files take on the
 * disk; -k (KiB) is the only unit.  A file with several links is
 * counted once.  Symbolic links are not followed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <limits.h>
#include <dirent.h>
#include <unistd.h>
#include <sys/stat.h>

struct seen {
	dev_t dev;
	ino_t ino;
};

static int opt_all, opt_summary, status;
static struct seen *seen;
static size_t nseen;

static void usage(void)
{
	fputs("usage: du [-a | -s] [-k] [file ...]\n", stderr);
	exit(1);
}

/* Whether a file with more than one link was counted already. */
static int counted_before(const struct stat *st)
{
	size_t i;

	if (st->st_nlink < 2 || S_ISDIR(st->st_mode))
		return 0;
	for (i = 0; i < nseen; i++)
		if (seen[i].dev == st->st_dev && seen[i].ino == st->st_ino)
			return 1;
	seen = realloc(seen, (nseen + 1) * sizeof(*seen));
	if (seen == NULL)
		exit(1);
	seen[nseen].dev = st->st_dev;
	seen[nseen++].ino = st->st_ino;
	return 0;
}

static void show(long long blocks, const char *path)
{
	printf("%lld\t%s\n", (blocks + 1) / 2, path);
}

static long long walk(const char *path, int depth);

/* The blocks of everything in directory path. */
static long long walk_entries(const char *path, int depth)
{
	char child[PATH_MAX];
	struct dirent *e;
	long long total = 0;
	DIR *d = opendir(path);

	if (d == NULL) {
		fprintf(stderr, "du: %s: %s\n", path, strerror(errno));
		status = 1;
		return 0;
	}
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(child, sizeof(child), "%s%s%s", path,
		    path[strlen(path) - 1] == '/' ? "" : "/", e->d_name);
		total += walk(child, depth + 1);
	}
	closedir(d);
	return total;
}

/* Adds up path's blocks, printing what the options ask for. */
static long long walk(const char *path, int depth)
{
	struct stat st;
	long long total;

	if (lstat(path, &st) < 0) {
		fprintf(stderr, "du: %s: %s\n", path, strerror(errno));
		status = 1;
		return 0;
	}
	if (counted_before(&st))
		return 0;
	total = (long long) st.st_blocks;
	if (S_ISDIR(st.st_mode))
		total += walk_entries(path, depth);
	if (depth == 0 || (!opt_summary && (S_ISDIR(st.st_mode) || opt_all)))
		show(total, path);
	return total;
}

int main(int argc, char **argv)
{
	int c;

	while ((c = getopt(argc, argv, "ask")) != -1) {
		switch (c) {
		case 'a': opt_all = 1; break;
		case 's': opt_summary = 1; break;
		case 'k': break;
		default: usage();
		}
	}
	if (opt_all && opt_summary)
		usage();
	if (optind == argc)
		walk(".", 0);
	for (; optind < argc; optind++)
		walk(argv[optind], 0);
	return status;
}

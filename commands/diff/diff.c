/*
 * diff - show how two files, or two directories, differ.
 *
 *	diff [-c | -e | -u | -C n | -U n] [-br] file1 file2
 *
 * Lines are matched by a longest common subsequence (lcs.c) and the
 * rest shown in the normal format, as an ed script (-e), or with n
 * lines of context (3 if not given) in the unified (-u, -U) or context
 * (-c, -C) format (output.c).  -b takes runs of blanks as one blank and
 * ignores them at line ends.  '-' is the standard input.  A file with a
 * NUL byte is binary: only whether it differs is said.  For a directory
 * and a file, the file of that name in the directory is compared.  Two
 * directories are compared name by name ("Only in ..."), their common
 * files as above after a "diff ..." line, their common subdirectories
 * only with -r.  Not here: -f (ed commands in forward order).
 *
 * Status: 0 no differences, 1 some, 2 trouble.
 */
#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "diff.h"

struct opts opt = { FMT_NORMAL, 3, 0, 0, "" };

static void usage(void)
{
	fputs("usage: diff [-c | -e | -u | -C n | -U n] [-br] file1 file2\n",
	    stderr);
	exit(2);
}

static int same_bytes(const struct file *a, const struct file *b)
{
	return a->size == b->size && memcmp(a->data, b->data, a->size) == 0;
}

/* The changes between a and b, from the lines each has apart. */
static struct change *changes(const struct file *a, const struct file *b,
    size_t *n)
{
	char *da = calloc(a->n + 1, 1), *db = calloc(b->n + 1, 1);
	struct change *cs = malloc((a->n + b->n + 1) * sizeof(*cs));
	size_t i = 0, j = 0, k = 0;

	if (da == NULL || db == NULL || cs == NULL) {
		fputs("diff: out of memory\n", stderr);
		exit(2);
	}
	lcs_mark(a, b, da, db);
	while (i < a->n || j < b->n) {
		if (i < a->n && j < b->n && !da[i] && !db[j]) {
			i++, j++;
			continue;
		}
		cs[k] = (struct change) { i, 0, j, 0 };
		for (; i < a->n && da[i]; i++)
			cs[k].na++;
		for (; j < b->n && db[j]; j++)
			cs[k].nb++;
		k++;
	}
	free(da);
	free(db);
	*n = k;
	return cs;
}

int diff_files(const char *p1, const char *p2, int in_dirs)
{
	struct file a, b;
	struct change *cs;
	size_t n;

	if (file_read(&a, p1) < 0)
		return 2;
	if (file_read(&b, p2) < 0) {
		file_free(&a);
		return 2;
	}
	if (a.binary || b.binary) {
		n = !same_bytes(&a, &b);
		if (n)
			printf("Binary files %s and %s differ\n", p1, p2);
	} else {
		lines_number(&a, &b);
		cs = changes(&a, &b, &n);
		if (n > 0 && in_dirs)
			printf("diff%s %s %s\n", opt.flags, p1, p2);
		out_changes(&a, &b, cs, n);
		free(cs);
	}
	file_free(&a);
	file_free(&b);
	return n > 0;
}

static int kind_error(const char *path)
{
	fprintf(stderr, "diff: %s: %s\n", path, strerror(errno));
	return 2;
}

static int get_stat(const char *path, struct stat *st)
{
	return strcmp(path, "-") == 0 ? fstat(0, st) : stat(path, st);
}

/* The operands: two files, two directories, or one of each (the file
 * of the same name in the directory is compared). */
static int diff_operands(const char *p1, const char *p2)
{
	struct stat s1, s2;
	char path[PATH_MAX];
	const char *base;

	if (get_stat(p1, &s1) < 0)
		return kind_error(p1);
	if (get_stat(p2, &s2) < 0)
		return kind_error(p2);
	if (S_ISDIR(s1.st_mode) && S_ISDIR(s2.st_mode))
		return diff_dirs(p1, p2);
	if (S_ISDIR(s1.st_mode) || S_ISDIR(s2.st_mode)) {
		base = strrchr(S_ISDIR(s1.st_mode) ? p2 : p1, '/');
		base = base != NULL ? base + 1 : S_ISDIR(s1.st_mode) ? p2 : p1;
		snprintf(path, sizeof(path), "%s/%s",
		    S_ISDIR(s1.st_mode) ? p1 : p2, base);
		return S_ISDIR(s1.st_mode) ? diff_files(path, p2, 0)
		    : diff_files(p1, path, 0);
	}
	return diff_files(p1, p2, 0);
}

static int count(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 0 || v > 100000)
		usage();
	return (int) v;
}

/* The options as given, kept for the "diff ..." lines of -r. */
static void keep_flags(int argc, char **argv)
{
	size_t n = 0;

	for (int i = 1; i < argc && i < optind; i++)
		n += (size_t) snprintf(opt.flags + n, n < sizeof(opt.flags) ?
		    sizeof(opt.flags) - n : 0, " %s", argv[i]);
}

int main(int argc, char **argv)
{
	int c, r;

	while ((c = getopt(argc, argv, "bceruC:U:")) != -1) {
		switch (c) {
		case 'b': opt.blanks = 1; break;
		case 'c': opt.format = FMT_CONTEXT; break;
		case 'e': opt.format = FMT_ED; break;
		case 'r': opt.recursive = 1; break;
		case 'u': opt.format = FMT_UNIFIED; break;
		case 'C': opt.format = FMT_CONTEXT; opt.context = count(optarg);
			break;
		case 'U': opt.format = FMT_UNIFIED; opt.context = count(optarg);
			break;
		default: usage();
		}
	}
	if (argc - optind != 2)
		usage();
	keep_flags(argc, argv);
	r = diff_operands(argv[optind], argv[optind + 1]);
	if (fflush(stdout) != 0)
		return 2;
	return r;
}

/*
 * tr - translate, delete or squeeze characters.
 *
 *	tr [-cs] string1 string2
 *	tr -s [-c] string1
 *	tr -d [-c] string1
 *	tr -ds [-c] string1 string2
 *
 * Strings are expanded into sequences (set.c): ranges a-z, classes
 * [:alpha:], repeats [c*n], escapes \n \t \\ \NNN.  Without -d each
 * character of string1 becomes the one at the same place in string2,
 * whose last character stretches to string1's length.  -c takes the
 * characters not in string1, in byte order.  -s squeezes runs of one
 * character of the last string given into a single one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include "tr.h"

static int opt_complement, opt_delete, opt_squeeze;

static void usage(void)
{
	fputs("usage: tr [-cs] string1 string2\n"
	    "       tr -s [-c] string1\n"
	    "       tr -d [-c] string1\n"
	    "       tr -ds [-c] string1 string2\n", stderr);
	exit(1);
}

/* How many strings each combination of options takes. */
static int operands_ok(int n)
{
	if (opt_delete)
		return n == (opt_squeeze ? 2 : 1);
	if (opt_squeeze)
		return n == 1 || n == 2;
	return n == 2;
}

static void mark(const struct seq *s, unsigned char *in)
{
	size_t i;

	memset(in, 0, 256);
	for (i = 0; i < s->len; i++)
		in[s->c[i]] = 1;
}

/* The complement of s, in byte order. */
static void complement(struct seq *s)
{
	unsigned char in[256];
	int c;

	mark(s, in);
	s->len = 0;
	for (c = 0; c < 256; c++)
		if (!in[c])
			s->c[s->len++] = (unsigned char) c;
}

static void make_map(const struct seq *s1, const struct seq *s2,
    unsigned char *map)
{
	size_t i;
	int c;

	for (c = 0; c < 256; c++)
		map[c] = (unsigned char) c;
	for (i = 0; i < s1->len && s2->len > 0; i++)
		map[s1->c[i]] = s2->c[i < s2->len ? i : s2->len - 1];
}

/* Copies stdin to stdout, deleting, mapping and squeezing; 1 after a
 * read error. */
static int filter(const unsigned char *del, const unsigned char *map,
    const unsigned char *squeeze)
{
	int c, last = -1;

	while ((c = getchar()) != EOF) {
		if (del[c])
			continue;
		c = map[c];
		if (squeeze[c] && c == last)
			continue;
		putchar(c);
		last = c;
	}
	if (ferror(stdin)) {
		fprintf(stderr, "tr: standard input: %s\n", strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	static struct seq s1, s2;
	unsigned char del[256] = { 0 }, squeeze[256] = { 0 }, map[256];
	int c, n;

	while ((c = getopt(argc, argv, "cCds")) != -1) {
		switch (c) {
		case 'c': case 'C': opt_complement = 1; break;
		case 'd': opt_delete = 1; break;
		case 's': opt_squeeze = 1; break;
		default: usage();
		}
	}
	n = argc - optind;
	if (!operands_ok(n))
		usage();
	expand(argv[optind], &s1, 0);
	if (opt_complement)
		complement(&s1);
	if (n == 2)
		expand(argv[optind + 1], &s2, s1.len);
	make_map(&s1, opt_delete ? &s1 : &s2, map);
	if (opt_delete)
		mark(&s1, del);
	if (opt_squeeze)
		mark(n == 2 ? &s2 : &s1, squeeze);
	return filter(del, map, squeeze);
}

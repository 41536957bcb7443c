/*
 * od - dump files in octal, hexadecimal, decimal or as characters.
 *
 *	od [-bcdosvx] [-A base] [-j skip] [-N count] [-t type] ... [file ...]
 *
 * Sixteen bytes a line, after the offset (-A o, d, x, or n for none).
 * Types (format.c): c, and d o u x with a size of 1, 2, 4 or 8 (-t x1,
 * -t d4); -b is -t o1, -c -t c, -d -t u2, -o -t o2, -s -t d2, -x -t x2,
 * and -t o2 the default.  Each type gives its own line; with several,
 * fields are widened to line up.  A line equal to the one before is
 * shown as "*" unless -v.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include "od.h"

static struct format fmts[MAX_FORMATS];
static int nfmts;
static char base = 'o';
static int verbose;
static long long skip, limit = -1;
static char **files;
static int nfiles, next_file, status;
static FILE *cur;

static void usage(void)
{
	fputs("usage: od [-bcdosvx] [-A base] [-j skip] [-N count] "
	    "[-t type] ... [file ...]\n", stderr);
	exit(1);
}

/* The next byte of all the input files in turn, or EOF. */
static int next_byte(void)
{
	int c;

	for (;;) {
		if (cur != NULL && (c = getc(cur)) != EOF)
			return c;
		if (cur != NULL && ferror(cur)) {
			fprintf(stderr, "od: %s: %s\n", files[next_file - 1],
			    strerror(errno));
			status = 1;
		}
		if (cur != NULL && cur != stdin)
			fclose(cur);
		cur = NULL;
		if (next_file >= nfiles)
			return EOF;
		if (strcmp(files[next_file], "-") == 0)
			cur = stdin;
		else if ((cur = fopen(files[next_file], "r")) == NULL) {
			fprintf(stderr, "od: %s: %s\n", files[next_file],
			    strerror(errno));
			status = 1;
		}
		next_file++;
	}
}

static size_t read_line(unsigned char *buf, long long *left)
{
	size_t n = 0;
	int c;

	while (n < LINE_BYTES && *left != 0 && (c = next_byte()) != EOF) {
		buf[n++] = (unsigned char) c;
		if (*left > 0)
			(*left)--;
	}
	return n;
}

static int print_offset(long long off)
{
	switch (base) {
	case 'd': return printf("%07lld", off);
	case 'x': return printf("%06llx", off);
	case 'n': return 0;
	default: return printf("%07llo", off);
	}
}

/* Prints the lines of each format for one block of input. */
static void print_block(long long off, const unsigned char *buf, size_t n)
{
	int i, widest = 0, indent = 0;

	for (i = 0; i < nfmts; i++)
		if (field_width(&fmts[i]) * LINE_BYTES / fmts[i].size > widest)
			widest = field_width(&fmts[i]) * LINE_BYTES /
			    fmts[i].size;
	for (i = 0; i < nfmts; i++) {
		if (i == 0)
			indent = print_offset(off);
		else
			printf("%*s", indent, "");
		print_line(&fmts[i], buf, n, widest * fmts[i].size /
		    LINE_BYTES);
	}
}

static void dump(void)
{
	unsigned char buf[LINE_BYTES], prev[LINE_BYTES];
	long long off = skip, left = limit;
	size_t n, prev_n = 0;
	int starred = 0;

	for (; skip > 0 && next_byte() != EOF; skip--)
		;
	while ((n = read_line(buf, &left)) > 0) {
		if (!verbose && n == prev_n && memcmp(buf, prev, n) == 0) {
			if (!starred)
				puts("*");
			starred = 1;
		} else {
			print_block(off, buf, n);
			starred = 0;
		}
		memcpy(prev, buf, n);
		prev_n = n;
		off += (long long) n;
	}
	if (print_offset(off) > 0)
		putchar('\n');
}

static long long number_arg(const char *s)
{
	char *end;
	long long v = strtoll(s, &end, 0);

	if (*s == '\0' || *end != '\0' || v < 0)
		usage();
	return v;
}

static void add_types(const char *t)
{
	nfmts = parse_types(t, fmts, nfmts);
	if (nfmts < 0) {
		fprintf(stderr, "od: invalid type string '%s'\n", t);
		usage();
	}
}

int main(int argc, char **argv)
{
	static char *std_in[] = { "-" };
	int c;

	while ((c = getopt(argc, argv, "A:bcdj:N:ost:vx")) != -1) {
		switch (c) {
		case 'A':
			if (strlen(optarg) != 1 || !strchr("doxn", *optarg))
				usage();
			base = *optarg;
			break;
		case 'b': add_types("o1"); break;
		case 'c': add_types("c"); break;
		case 'd': add_types("u2"); break;
		case 'o': add_types("o2"); break;
		case 's': add_types("d2"); break;
		case 'x': add_types("x2"); break;
		case 't': add_types(optarg); break;
		case 'j': skip = number_arg(optarg); break;
		case 'N': limit = number_arg(optarg); break;
		case 'v': verbose = 1; break;
		default: usage();
		}
	}
	if (nfmts == 0)
		add_types("o2");
	files = optind < argc ? argv + optind : std_in;
	nfiles = optind < argc ? argc - optind : 1;
	dump();
	return status;
}

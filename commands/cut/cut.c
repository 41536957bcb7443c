/*
 * cut - select parts of each line.
 *
 *	cut -b list [file ...]
 *	cut -c list [file ...]
 *	cut -f list [-d delim] [-s] [file ...]
 *
 * A list is ranges separated by commas or blanks: N, N-M, N- and -M,
 * counted from 1.  Bytes and characters are the same here.  Fields are
 * separated by the delim character (a tab unless -d); selected fields
 * are joined by it.  A line without the delimiter is written whole,
 * unless -s.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>

struct range {
	long lo, hi;		/* hi 0: to the end */
};

static struct range *ranges;
static size_t nranges;
static int by_fields, only_delimited;
static char delim = '\t';

static void usage(void)
{
	fputs("usage: cut -b list [file ...]\n"
	    "       cut -c list [file ...]\n"
	    "       cut -f list [-d delim] [-s] [file ...]\n", stderr);
	exit(1);
}

static long read_pos(const char **p)
{
	long v = 0;

	if (!isdigit((unsigned char) **p))
		return -1;
	while (isdigit((unsigned char) **p))
		v = v * 10 + (*(*p)++ - '0');
	return v;
}

/* One range at *p: "N", "N-M", "N-" or "-M". */
static void parse_range(const char **p, struct range *r)
{
	r->lo = **p == '-' ? 1 : read_pos(p);
	r->hi = r->lo;
	if (**p == '-') {
		(*p)++;
		r->hi = isdigit((unsigned char) **p) ? read_pos(p) : 0;
	}
	if (r->lo < 1 || r->hi < 0 || (r->hi != 0 && r->hi < r->lo)) {
		fputs("cut: invalid list\n", stderr);
		usage();
	}
}

static void parse_list(const char *s)
{
	while (*s != '\0') {
		ranges = realloc(ranges, (nranges + 1) * sizeof(*ranges));
		if (ranges == NULL)
			exit(1);
		parse_range(&s, &ranges[nranges++]);
		if (*s == ',' || *s == ' ' || *s == '\t')
			s++;
		else if (*s != '\0')
			parse_range(&s, &ranges[0]);	/* complains */
	}
	if (nranges == 0)
		usage();
}

static int selected(long n)
{
	size_t i;

	for (i = 0; i < nranges; i++)
		if (n >= ranges[i].lo && (ranges[i].hi == 0 || n <= ranges[i].hi))
			return 1;
	return 0;
}

static void cut_chars(const char *line, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (selected((long) i + 1))
			putchar(line[i]);
	putchar('\n');
}

static void cut_fields(const char *line, size_t len)
{
	const char *p = line, *end = line + len, *stop;
	long field = 1;
	int first = 1;

	if (memchr(line, delim, len) == NULL) {
		if (!only_delimited)
			printf("%.*s\n", (int) len, line);
		return;
	}
	for (; p <= end; p = stop + 1, field++) {
		stop = memchr(p, delim, (size_t) (end - p));
		if (stop == NULL)
			stop = end;
		if (!selected(field))
			continue;
		if (!first)
			putchar(delim);
		fwrite(p, 1, (size_t) (stop - p), stdout);
		first = 0;
	}
	putchar('\n');
}

/* Cuts every line of f, named name; 1 after a read error. */
static int cut(FILE *f, const char *name)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			len--;
		if (by_fields)
			cut_fields(line, (size_t) len);
		else
			cut_chars(line, (size_t) len);
	}
	free(line);
	if (ferror(f)) {
		fprintf(stderr, "cut: %s: %s\n", name, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	int c, lists = 0, status = 0;
	FILE *f;

	while ((c = getopt(argc, argv, "b:c:f:d:sn")) != -1) {
		switch (c) {
		case 'b': case 'c': case 'f':
			parse_list(optarg);
			by_fields = c == 'f';
			lists++;
			break;
		case 'd':
			if (optarg[0] == '\0' || optarg[1] != '\0')
				usage();
			delim = optarg[0];
			break;
		case 's': only_delimited = 1; break;
		case 'n': break;
		default: usage();
		}
	}
	if (lists != 1)
		usage();
	if (optind == argc)
		status = cut(stdin, "standard input");
	for (; optind < argc; optind++) {
		f = strcmp(argv[optind], "-") == 0 ? stdin :
		    fopen(argv[optind], "r");
		if (f == NULL) {
			fprintf(stderr, "cut: %s: %s\n", argv[optind],
			    strerror(errno));
			status = 1;
			continue;
		}
		status |= cut(f, argv[optind]);
		if (f != stdin)
			fclose(f);
	}
	return status;
}

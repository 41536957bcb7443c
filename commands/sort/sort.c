/*
 * sort - sort lines of text.
 *
 *	sort [-bfnru] [-t char] [-k field[,field]] ... [file ...]
 *
 * Lines are compared bytewise, or by the key fields: -k 2 is from the
 * second field to the end of the line, -k 2,2 the second field alone.
 * Fields are separated by the -t character, or else each starts at a
 * run of blanks.  -n compares leading numbers, -f folds lower case to
 * upper, -b ignores leading blanks, -r reverses; the same letters after
 * a key's field number (-k 2nr) apply to that key alone, in place of
 * the global ones.  -u keeps one line of each run that compares equal.
 * Lines whose keys tie are ordered by their whole text.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>

#define MAX_KEYS	10

/* How a key compares. */
#define K_BLANK		1	/* b: leading blanks ignored */
#define K_FOLD		2	/* f: lower case as upper */
#define K_NUM		4	/* n: numbers */
#define K_REV		8	/* r: reversed */

struct key {
	int start, end;		/* fields, from 1; end 0: end of line */
	int flags;		/* its own K_*, or 0 for the global ones */
};

static struct key keys[MAX_KEYS];
static int nkeys;
static int global_flags, opt_unique, separator = -1;

static char **lines;
static size_t nlines, cap;
static int status;

static void usage(void)
{
	fputs("usage: sort [-bfnru] [-t char] [-k field[,field]] "
	    "[file ...]\n", stderr);
	exit(1);
}

/* The flag a letter (b f n r) stands for, or 0. */
static int flag_of(char c)
{
	switch (c) {
	case 'b': return K_BLANK;
	case 'f': return K_FOLD;
	case 'n': return K_NUM;
	case 'r': return K_REV;
	default: return 0;
	}
}

/* A field number and the flag letters after it. */
static int parse_field(const char **p, int *flags)
{
	char *end;
	int n = (int) strtol(*p, &end, 10);

	if (end == *p)
		usage();
	for (*p = end; flag_of(**p) != 0; (*p)++)
		*flags |= flag_of(**p);
	return n;
}

/* -k N[flags][,M[flags]]; character positions (N.C) are not supported. */
static void parse_key(const char *s)
{
	struct key *k;

	if (nkeys == MAX_KEYS)
		usage();
	k = &keys[nkeys++];
	k->flags = 0;
	k->start = parse_field(&s, &k->flags);
	k->end = 0;
	if (*s == ',') {
		s++;
		k->end = parse_field(&s, &k->flags);
	}
	if (k->start < 1 || *s != '\0' || k->end < 0)
		usage();
}

/* Where field n (from 1) of line starts; the line's end if it has none. */
static const char *field_start(const char *line, int n)
{
	const char *p = line;

	while (--n > 0 && *p != '\0') {
		if (separator >= 0) {
			p = strchr(p, separator);
			p = p != NULL ? p + 1 : line + strlen(line);
			continue;
		}
		while (isblank((unsigned char) *p))
			p++;
		while (*p != '\0' && !isblank((unsigned char) *p))
			p++;
	}
	return p;
}

/* Where field n ends (the separator or blank after it). */
static const char *field_end(const char *line, int n)
{
	const char *p = field_start(line, n);

	if (separator >= 0)
		return p + strcspn(p, (char[]){ (char) separator, '\0' });
	while (isblank((unsigned char) *p))
		p++;
	while (*p != '\0' && !isblank((unsigned char) *p))
		p++;
	return p;
}

/* A number at the start of [p, end): blanks, sign, digits, fraction. */
static double number(const char *p, const char *end)
{
	char buf[64];
	size_t n = (size_t) (end - p);

	if (n >= sizeof(buf))
		n = sizeof(buf) - 1;
	memcpy(buf, p, n);
	buf[n] = '\0';
	return strtod(buf, NULL);
}

/* Bytewise, or with -f with lower case taken as upper. */
static int compare_text(const char *a, size_t la, const char *b, size_t lb,
    int fold)
{
	size_t i, n = la < lb ? la : lb;
	int x, y;

	for (i = 0; i < n; i++) {
		x = (unsigned char) a[i];
		y = (unsigned char) b[i];
		if (fold) {
			x = toupper(x);
			y = toupper(y);
		}
		if (x != y)
			return x - y;
	}
	return (la > lb) - (la < lb);
}

static int compare_span(const char *a, const char *ae, const char *b,
    const char *be, int flags)
{
	int r;

	if (flags & K_BLANK) {
		while (a < ae && isblank((unsigned char) *a))
			a++;
		while (b < be && isblank((unsigned char) *b))
			b++;
	}
	if (flags & K_NUM) {
		double x = number(a, ae), y = number(b, be);

		r = (x > y) - (x < y);
	} else
		r = compare_text(a, (size_t) (ae - a), b, (size_t) (be - b),
		    flags & K_FOLD);
	return (flags & K_REV) ? -r : r;
}

/* Compares by key k; 0 means they tie. */
static int compare_key(const char *a, const char *b, const struct key *k)
{
	return compare_span(field_start(a, k->start),
	    k->end ? field_end(a, k->end) : a + strlen(a),
	    field_start(b, k->start),
	    k->end ? field_end(b, k->end) : b + strlen(b),
	    k->flags ? k->flags : global_flags);
}

/* Compares by the keys (or whole lines); 0 means they tie. */
static int compare_keys(const char *a, const char *b)
{
	static const struct key whole = { 1, 0, 0 };
	int i, r;

	if (nkeys == 0)
		return compare_key(a, b, &whole);
	for (i = 0; i < nkeys; i++)
		if ((r = compare_key(a, b, &keys[i])) != 0)
			return r;
	return 0;
}

static int compare_lines(const void *pa, const void *pb)
{
	const char *a = *(char *const *) pa, *b = *(char *const *) pb;
	int r = compare_keys(a, b);

	/* The last resort, whole lines bytewise, follows only a global -r. */
	if (r == 0 && !opt_unique)
		r = (global_flags & K_REV) ? strcmp(b, a) : strcmp(a, b);
	return r;
}

static void read_lines(FILE *f)
{
	char *line = NULL;
	size_t n = 0;
	ssize_t len;

	while ((len = getline(&line, &n, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (nlines == cap) {
			cap = cap ? 2 * cap : 1024;
			lines = realloc(lines, cap * sizeof(*lines));
			if (lines == NULL) {
				fputs("sort: out of memory\n", stderr);
				exit(2);
			}
		}
		lines[nlines++] = line;
		line = NULL;
		n = 0;
	}
	free(line);
}

static void read_file(const char *name)
{
	FILE *f = strcmp(name, "-") == 0 ? stdin : fopen(name, "r");

	if (f == NULL) {
		fprintf(stderr, "sort: %s: %s\n", name, strerror(errno));
		status = 2;
		return;
	}
	read_lines(f);
	if (ferror(f)) {
		fprintf(stderr, "sort: %s: %s\n", name, strerror(errno));
		status = 2;
	}
	if (f != stdin)
		fclose(f);
}

int main(int argc, char **argv)
{
	size_t i;
	int c;

	while ((c = getopt(argc, argv, "bfnruk:t:")) != -1) {
		switch (c) {
		case 'b': case 'f': case 'n': case 'r':
			global_flags |= flag_of((char) c);
			break;
		case 'u': opt_unique = 1; break;
		case 'k': parse_key(optarg); break;
		case 't':
			if (optarg[0] == '\0' || optarg[1] != '\0')
				usage();
			separator = (unsigned char) optarg[0];
			break;
		default: usage();
		}
	}
	if (optind == argc)
		read_file("-");
	for (; optind < argc; optind++)
		read_file(argv[optind]);
	qsort(lines, nlines, sizeof(*lines), compare_lines);
	for (i = 0; i < nlines; i++)
		if (!opt_unique || i == 0 || compare_keys(lines[i - 1],
		    lines[i]) != 0)
			puts(lines[i]);
	return status;
}

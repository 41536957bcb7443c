/*
 * grep - print lines that match patterns.
 *
 *	grep [-EFchilnoqsvx] [-e pattern] ... [-f file] ... [pattern] [file ...]
 *
 * Patterns are basic regular expressions (regcomp), extended with -E,
 * fixed strings with -F; a pattern holding newlines is several
 * patterns.  A line is selected if any pattern matches it (none, with
 * -v).  With more than one file, output lines start with the file's
 * name.  -o prints each match instead of its line.  Exit status: 0 a
 * line was selected, 1 none was, 2 an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <regex.h>
#include <unistd.h>

struct pattern {
	char *text;
	regex_t re;
};

static struct {
	int extended, fixed, count, no_names, icase, list, number, only, quiet;
	int silent, invert, whole;
} opt;

static struct pattern *patterns;
static size_t npatterns;
static int status = 1;		/* 0 once something is selected */
static int errors;

static void usage(void)
{
	fputs("usage: grep [-EFchilnoqsvx] [-e pattern] ... [-f file] ... "
	    "[pattern] [file ...]\n", stderr);
	exit(2);
}

static void *xrealloc(void *p, size_t n)
{
	p = realloc(p, n);
	if (p == NULL) {
		fputs("grep: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

/* Adds each newline-separated part of text as a pattern. */
static void add_patterns(const char *text)
{
	const char *nl;
	size_t len;

	do {
		nl = strchr(text, '\n');
		len = nl != NULL ? (size_t) (nl - text) : strlen(text);
		patterns = xrealloc(patterns,
		    (npatterns + 1) * sizeof(*patterns));
		patterns[npatterns].text = xrealloc(NULL, len + 1);
		memcpy(patterns[npatterns].text, text, len);
		patterns[npatterns].text[len] = '\0';
		npatterns++;
		text = nl + 1;
	} while (nl != NULL);
}

/* -f: the file's lines are patterns. */
static void add_pattern_file(const char *name)
{
	FILE *f = fopen(name, "r");
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (f == NULL) {
		fprintf(stderr, "grep: %s: %s\n", name, strerror(errno));
		exit(2);
	}
	while ((len = getline(&line, &cap, f)) >= 0) {
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		add_patterns(line);
	}
	free(line);
	fclose(f);
}

static void compile_patterns(void)
{
	int flags = (opt.extended ? REG_EXTENDED : 0) |
	    (opt.icase ? REG_ICASE : 0) |
	    (opt.whole || opt.only ? 0 : REG_NOSUB);
	char msg[128];
	size_t i;
	int r;

	for (i = 0; i < npatterns && !opt.fixed; i++) {
		r = regcomp(&patterns[i].re, patterns[i].text, flags);
		if (r != 0) {
			regerror(r, &patterns[i].re, msg, sizeof(msg));
			fprintf(stderr, "grep: %s: %s\n", patterns[i].text, msg);
			exit(2);
		}
	}
}

/* Finds fixed string s in line (all of it, with -x): 1 and where. */
static int fixed_find(const char *line, const char *s, regmatch_t *m)
{
	size_t n = strlen(s), len = strlen(line), i, j;

	for (i = 0; i + n <= len; i++) {
		if (opt.whole && (i > 0 || n != len))
			return 0;
		for (j = 0; j < n; j++)
			if (opt.icase ? tolower((unsigned char) line[i + j]) !=
			    tolower((unsigned char) s[j]) : line[i + j] != s[j])
				break;
		if (j == n) {
			m->rm_so = (regoff_t) i;
			m->rm_eo = (regoff_t) (i + n);
			return 1;
		}
	}
	return 0;
}

/* Finds re in line (all of it, with -x); notbol: line is not the start
 * of the real line.  1 and where, if it matches. */
static int regex_find(const char *line, regex_t *re, int notbol,
    regmatch_t *m)
{
	if (!opt.whole && !opt.only)
		return regexec(re, line, 0, NULL, 0) == 0;
	if (regexec(re, line, 1, m, notbol ? REG_NOTBOL : 0) != 0)
		return 0;
	return !opt.whole || (m->rm_so == 0 && line[m->rm_eo] == '\0');
}

/* The leftmost match of any pattern in line from offset from on (the
 * longest of those that start there); 1 and where, if there is one. */
static int find(const char *line, size_t from, regmatch_t *best)
{
	regmatch_t m;
	size_t i;
	int found = 0, hit;

	for (i = 0; i < npatterns; i++) {
		hit = opt.fixed ? fixed_find(line + from, patterns[i].text, &m) :
		    regex_find(line + from, &patterns[i].re, from > 0, &m);
		if (!hit)
			continue;
		if (!found || m.rm_so < best->rm_so ||
		    (m.rm_so == best->rm_so && m.rm_eo > best->rm_eo))
			*best = m;
		found = 1;
	}
	if (found) {
		best->rm_so += (regoff_t) from;
		best->rm_eo += (regoff_t) from;
	}
	return found;
}

static int selected(const char *line)
{
	regmatch_t m;

	return find(line, 0, &m) != opt.invert;
}

static void prefix(const char *name, int show_name, long long lineno)
{
	if (show_name)
		printf("%s:", name);
	if (opt.number)
		printf("%lld:", lineno);
}

/* -o: each non-empty match in the line, one a line. */
static void print_matches(const char *line, const char *name,
    int show_name, long long lineno)
{
	regmatch_t m;
	size_t from = 0, len = strlen(line);

	while (from <= len && find(line, from, &m)) {
		if (m.rm_eo == m.rm_so) {
			from = (size_t) m.rm_so + 1;
			continue;
		}
		prefix(name, show_name, lineno);
		printf("%.*s\n", (int) (m.rm_eo - m.rm_so), line + m.rm_so);
		from = (size_t) m.rm_eo;
	}
}

/* Searches one stream; name is shown if show_name. */
static void grep(FILE *f, const char *name, int show_name)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;
	long long lineno = 0, hits = 0;

	while ((len = getline(&line, &cap, f)) >= 0) {
		lineno++;
		if (len > 0 && line[len - 1] == '\n')
			line[len - 1] = '\0';
		if (!selected(line))
			continue;
		hits++;
		status = 0;
		if (opt.quiet)
			exit(0);
		if (opt.list)
			break;
		if (opt.count)
			continue;
		if (opt.only && !opt.invert) {
			print_matches(line, name, show_name, lineno);
			continue;
		}
		if (!opt.only) {
			prefix(name, show_name, lineno);
			puts(line);
		}
	}
	if (ferror(f)) {
		fprintf(stderr, "grep: %s: %s\n", name, strerror(errno));
		errors = 1;
	}
	free(line);
	if (opt.count && show_name)
		printf("%s:", name);
	if (opt.count)
		printf("%lld\n", hits);
	if (opt.list && hits > 0)
		puts(name);
}

static void parse_options(int argc, char **argv)
{
	int c, have = 0;

	while ((c = getopt(argc, argv, "EFce:f:hilnoqsvx")) != -1) {
		switch (c) {
		case 'E': opt.extended = 1; break;
		case 'F': opt.fixed = 1; break;
		case 'c': opt.count = 1; break;
		case 'e': add_patterns(optarg); have = 1; break;
		case 'f': add_pattern_file(optarg); have = 1; break;
		case 'h': opt.no_names = 1; break;
		case 'i': opt.icase = 1; break;
		case 'l': opt.list = 1; break;
		case 'n': opt.number = 1; break;
		case 'o': opt.only = 1; break;
		case 'q': opt.quiet = 1; break;
		case 's': opt.silent = 1; break;
		case 'v': opt.invert = 1; break;
		case 'x': opt.whole = 1; break;
		default: usage();
		}
	}
	if (!have) {
		if (optind >= argc)
			usage();
		add_patterns(argv[optind++]);
	}
}

int main(int argc, char **argv)
{
	FILE *f;
	int i, show_name;

	parse_options(argc, argv);
	compile_patterns();
	show_name = argc - optind > 1 && !opt.no_names;
	if (optind == argc)
		grep(stdin, "(standard input)", 0);
	for (i = optind; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0) {
			grep(stdin, "(standard input)", show_name);
			continue;
		}
		if ((f = fopen(argv[i], "r")) == NULL) {
			if (!opt.silent)
				fprintf(stderr, "grep: %s: %s\n", argv[i],
				    strerror(errno));
			errors = 1;
			continue;
		}
		grep(f, argv[i], show_name);
		fclose(f);
	}
	return errors ? 2 : status;
}

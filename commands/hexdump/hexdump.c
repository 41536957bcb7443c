/*
 * hexdump - dump files in hexadecimal.
 *
 *	hexdump [-Cv] [-n length] [-s skip] [file ...]
 *
 * By default eight 16-bit little-endian words a line after a 7-digit
 * hex offset.  -C is the canonical form: an 8-digit offset, sixteen
 * bytes in two groups of eight, and the printable characters between
 * bars.  A line equal to the one before is shown as "*" unless -v.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>

#define LINE_BYTES	16

static int canonical, verbose, status;
static char **files;
static int nfiles, next_file;
static FILE *cur;

static void usage(void)
{
	fputs("usage: hexdump [-Cv] [-n length] [-s skip] [file ...]\n",
	    stderr);
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
			fprintf(stderr, "hexdump: %s: %s\n",
			    files[next_file - 1], strerror(errno));
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
			fprintf(stderr, "hexdump: %s: %s\n", files[next_file],
			    strerror(errno));
			status = 1;
		}
		next_file++;
	}
}

static void print_canonical(long long off, const unsigned char *b, size_t n)
{
	size_t i;

	printf("%08llx  ", off);
	for (i = 0; i < LINE_BYTES; i++) {
		if (i < n)
			printf("%02x ", b[i]);
		else
			fputs("   ", stdout);
		if (i == 7)
			putchar(' ');
	}
	fputs(" |", stdout);
	for (i = 0; i < n; i++)
		putchar(isprint(b[i]) ? b[i] : '.');
	puts("|");
}

/* Words padded with a zero byte at the end, the line with blanks. */
static void print_words(long long off, const unsigned char *b, size_t n)
{
	size_t i;

	printf("%07llx", off);
	for (i = 0; i < LINE_BYTES; i += 2) {
		if (i < n)
			printf(" %04x", b[i] | (i + 1 < n ? b[i + 1] << 8 : 0));
		else
			fputs("     ", stdout);
	}
	putchar('\n');
}

static void dump(long long skip, long long left)
{
	unsigned char buf[LINE_BYTES], prev[LINE_BYTES];
	long long off = skip;
	size_t n, prev_n = 0;
	int c, starred = 0;

	for (; skip > 0 && next_byte() != EOF; skip--)
		;
	for (;;) {
		for (n = 0; n < LINE_BYTES && left != 0 &&
		    (c = next_byte()) != EOF; n++, left--)
			buf[n] = (unsigned char) c;
		if (n == 0)
			break;
		if (!verbose && n == prev_n && memcmp(buf, prev, n) == 0) {
			if (!starred)
				puts("*");
			starred = 1;
		} else {
			(canonical ? print_canonical : print_words)(off, buf, n);
			starred = 0;
		}
		memcpy(prev, buf, n);
		prev_n = n;
		off += (long long) n;
	}
	if (off > 0)
		printf(canonical ? "%08llx\n" : "%07llx\n", off);
}

static long long number_arg(const char *s)
{
	char *end;
	long long v = strtoll(s, &end, 0);

	if (*s == '\0' || *end != '\0' || v < 0)
		usage();
	return v;
}

int main(int argc, char **argv)
{
	static char *std_in[] = { "-" };
	long long skip = 0, length = -1;
	int c;

	while ((c = getopt(argc, argv, "Cvn:s:")) != -1) {
		switch (c) {
		case 'C': canonical = 1; break;
		case 'v': verbose = 1; break;
		case 'n': length = number_arg(optarg); break;
		case 's': skip = number_arg(optarg); break;
		default: usage();
		}
	}
	files = optind < argc ? argv + optind : std_in;
	nfiles = optind < argc ? argc - optind : 1;
	dump(skip, length);
	return status;
}

/*
 * head - the first lines (or bytes) of files.
 *
 *	head [-n lines | -c bytes | -lines] [file ...]
 *
 * Ten lines by default.  With more than one file each is headed by
 * "==> name <==", with a blank line between them.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: head [-n lines | -c bytes] [file ...]\n", stderr);
	exit(1);
}

/* A count operand: digits only. */
static long long count_arg(const char *s)
{
	char *end;
	long long v;

	if (!isdigit((unsigned char) *s))
		usage();
	v = strtoll(s, &end, 10);
	if (*end != '\0')
		usage();
	return v;
}

/* Copies the first n lines (or bytes) of f, named name; 1 after a read
 * error. */
static int head(FILE *f, const char *name, long long n, int bytes)
{
	int c;

	while (n > 0 && (c = getc(f)) != EOF) {
		putchar(c);
		if (bytes || c == '\n')
			n--;
	}
	if (ferror(f)) {
		fprintf(stderr, "head: %s: %s\n", name, strerror(errno));
		return 1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	long long n = 10;
	int c, bytes = 0, status = 0, i;
	FILE *f;

	if (argc > 1 && argv[1][0] == '-' && isdigit((unsigned char) argv[1][1])) {
		n = count_arg(argv[1] + 1);
		argv[1] = "--";		/* getopt takes it as the end */
	}
	while ((c = getopt(argc, argv, "n:c:")) != -1) {
		if (c != 'n' && c != 'c')
			usage();
		n = count_arg(optarg);
		bytes = c == 'c';
	}
	if (optind == argc)
		return head(stdin, "standard input", n, bytes);
	for (i = optind; i < argc; i++) {
		f = strcmp(argv[i], "-") == 0 ? stdin : fopen(argv[i], "r");
		if (f == NULL) {
			fprintf(stderr, "head: %s: %s\n", argv[i],
			    strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1)
			printf("%s==> %s <==\n", i > optind ? "\n" : "",
			    argv[i]);
		status |= head(f, argv[i], n, bytes);
		if (f != stdin)
			fclose(f);
	}
	return status;
}

/*
 * tail - the last lines (or bytes) of a file.
 *
 *	tail [-n [+]lines | -c [+]bytes | -lines | +lines] [file]
 *
 * Ten lines by default.  A count with + starts that many lines (bytes)
 * from the beginning instead.  The input is read whole into memory,
 * which works the same for files and pipes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

struct count {
	long long n;
	int from_start;		/* +N */
	int bytes;		/* -c */
};

static void usage(void)
{
	fputs("usage: tail [-n [+]lines | -c [+]bytes] [file]\n", stderr);
	exit(1);
}

/* "N", "+N" or "-N" into c. */
static void parse_count(const char *s, struct count *c)
{
	char *end;

	c->from_start = *s == '+';
	if (*s == '+' || *s == '-')
		s++;
	if (!isdigit((unsigned char) *s))
		usage();
	c->n = strtoll(s, &end, 10);
	if (*end != '\0')
		usage();
}

/* Reads all of fd into a growing buffer; NULL on error. */
static char *slurp(int fd, size_t *len)
{
	size_t cap = 16384;
	char *buf = malloc(cap), *grown;
	ssize_t n;

	*len = 0;
	while (buf != NULL && (n = read(fd, buf + *len, cap - *len)) != 0) {
		if (n < 0) {
			free(buf);
			return NULL;
		}
		*len += (size_t) n;
		if (*len == cap) {
			grown = realloc(buf, cap *= 2);
			if (grown == NULL)
				free(buf);
			buf = grown;
		}
	}
	return buf;
}

/* Where the output starts in buf. */
static size_t start_of(const char *buf, size_t len, const struct count *c)
{
	size_t i, n = (size_t) c->n;

	if (c->bytes && c->from_start)
		return n > 0 ? (n - 1 < len ? n - 1 : len) : 0;
	if (c->bytes)
		return n < len ? len - n : 0;
	if (c->from_start) {
		for (i = 0; i < len && n > 1; i++)
			if (buf[i] == '\n')
				n--;
		return n > 1 ? len : i;
	}
	if (n == 0)
		return len;
	i = len;
	if (i > 0 && buf[i - 1] == '\n')
		i--;		/* the last line's own newline */
	for (; i > 0; i--)
		if (buf[i - 1] == '\n' && --n == 0)
			return i;
	return 0;
}

int main(int argc, char **argv)
{
	struct count c = { 10, 0, 0 };
	const char *name = "standard input";
	size_t len, start;
	char *buf;
	int ch, fd = STDIN_FILENO;

	if (argc > 1 && (argv[1][0] == '-' || argv[1][0] == '+') &&
	    isdigit((unsigned char) argv[1][1])) {
		parse_count(argv[1], &c);
		argv[1] = "--";
	}
	while ((ch = getopt(argc, argv, "n:c:")) != -1) {
		if (ch != 'n' && ch != 'c')
			usage();
		parse_count(optarg, &c);
		c.bytes = ch == 'c';
	}
	if (argc - optind > 1)
		usage();
	if (optind < argc && strcmp(argv[optind], "-") != 0) {
		name = argv[optind];
		fd = open(name, O_RDONLY);
	}
	if (fd < 0 || (buf = slurp(fd, &len)) == NULL) {
		fprintf(stderr, "tail: %s: %s\n", name, strerror(errno));
		return 1;
	}
	start = start_of(buf, len, &c);
	fwrite(buf + start, 1, len - start, stdout);
	return 0;
}

/*
 * wc - count lines, words and bytes.
 *
 *	wc [-clmw] [file ...]
 *
 * With no option all three are counted.  Counts print in the order
 * lines, words, bytes, as "%d %d %d name" (POSIX's format), with a
 * "total" line after more than one file.  -m counts characters, which
 * in the C locale are bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

struct counts {
	long long lines, words, bytes;
};

static int show_lines, show_words, show_bytes;

/* Counts what fd holds; -1 on a read error. */
static int count(int fd, struct counts *c)
{
	static char buf[16384];
	int in_word = 0;
	ssize_t n, i;

	memset(c, 0, sizeof(*c));
	while ((n = read(fd, buf, sizeof(buf))) != 0) {
		if (n < 0)
			return -1;
		c->bytes += n;
		for (i = 0; i < n; i++) {
			if (buf[i] == '\n')
				c->lines++;
			if (isspace((unsigned char) buf[i]))
				in_word = 0;
			else if (!in_word) {
				in_word = 1;
				c->words++;
			}
		}
	}
	return 0;
}

static void print(const struct counts *c, const char *name)
{
	const char *sep = "";

	if (show_lines) {
		printf("%lld", c->lines);
		sep = " ";
	}
	if (show_words) {
		printf("%s%lld", sep, c->words);
		sep = " ";
	}
	if (show_bytes)
		printf("%s%lld", sep, c->bytes);
	if (name != NULL)
		printf(" %s", name);
	putchar('\n');
}

/* Counts and prints one file, adding to total; answers 0 or 1. */
static int wc_file(const char *name, struct counts *total)
{
	struct counts c;
	int fd = strcmp(name, "-") == 0 ? STDIN_FILENO : open(name, O_RDONLY);

	if (fd < 0 || count(fd, &c) < 0) {
		fprintf(stderr, "wc: %s: %s\n", name, strerror(errno));
		if (fd > STDIN_FILENO)
			close(fd);
		return 1;
	}
	if (fd != STDIN_FILENO)
		close(fd);
	print(&c, name);
	total->lines += c.lines;
	total->words += c.words;
	total->bytes += c.bytes;
	return 0;
}

int main(int argc, char **argv)
{
	struct counts total = { 0, 0, 0 }, c;
	int ch, status = 0, i;

	while ((ch = getopt(argc, argv, "clmw")) != -1) {
		switch (ch) {
		case 'l': show_lines = 1; break;
		case 'w': show_words = 1; break;
		case 'c': case 'm': show_bytes = 1; break;
		default:
			fputs("usage: wc [-clmw] [file ...]\n", stderr);
			return 1;
		}
	}
	if (!show_lines && !show_words && !show_bytes)
		show_lines = show_words = show_bytes = 1;
	if (optind == argc) {
		if (count(STDIN_FILENO, &c) < 0) {
			fprintf(stderr, "wc: %s\n", strerror(errno));
			return 1;
		}
		print(&c, NULL);
		return 0;
	}
	for (i = optind; i < argc; i++)
		status |= wc_file(argv[i], &total);
	if (argc - optind > 1)
		print(&total, "total");
	return status;
}

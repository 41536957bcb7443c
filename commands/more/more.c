/*
 * more - page through text on a terminal.
 *
 *	more [file ...]
 *
 * When the standard output is a terminal, 23 lines are shown at a time
 * and a "--More--" prompt waits for a key read from the terminal
 * (/dev/tty) in raw mode: space for the next page, return for one more
 * line, q to stop.  Otherwise more copies its input like cat.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <termios.h>

#define PAGE_LINES	23

static int tty = -1;		/* where keys come from */
static int lines_left = PAGE_LINES;

/* One key from the terminal, without waiting for a newline. */
static int read_key(void)
{
	struct termios saved, raw;
	char c = 'q';
	int have_mode = tcgetattr(tty, &saved) == 0;

	if (have_mode) {
		raw = saved;
		raw.c_lflag &= ~(tcflag_t) (ICANON | ECHO);
		raw.c_cc[VMIN] = 1;
		raw.c_cc[VTIME] = 0;
		tcsetattr(tty, TCSANOW, &raw);
	}
	if (read(tty, &c, 1) != 1)
		c = 'q';
	if (have_mode)
		tcsetattr(tty, TCSANOW, &saved);
	return c;
}

/* Prompts at the end of a page; 0 if the user wants to stop. */
static int prompt(void)
{
	int c;

	fputs("--More--", stdout);
	fflush(stdout);
	c = read_key();
	fputs("\r        \r", stdout);
	if (c == 'q' || c == 'Q')
		return 0;
	lines_left = c == '\n' || c == '\r' ? 1 : PAGE_LINES;
	return 1;
}

/* Pages f to the terminal; 0 if the user stopped. */
static int page(FILE *f)
{
	int c;

	while ((c = getc(f)) != EOF) {
		if (lines_left == 0 && !prompt())
			return 0;
		putchar(c);
		if (c == '\n')
			lines_left--;
	}
	return 1;
}

static void copy(FILE *f)
{
	char buf[8192];
	size_t n;

	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		fwrite(buf, 1, n, stdout);
}

/* 1 after a read error on f (named name), which it reports. */
static int read_error(FILE *f, const char *name)
{
	if (!ferror(f))
		return 0;
	fprintf(stderr, "more: %s: %s\n", name, strerror(errno));
	return 1;
}

/* Shows one input; answers 0 if the user asked to stop. */
static int show(FILE *f)
{
	if (tty < 0) {
		copy(f);
		return 1;
	}
	return page(f);
}

int main(int argc, char **argv)
{
	FILE *f;
	int i, status = 0;

	if (getopt(argc, argv, "") != -1) {
		fputs("usage: more [file ...]\n", stderr);
		return 1;
	}
	if (isatty(STDOUT_FILENO))
		tty = open("/dev/tty", O_RDONLY);
	if (tty < 0 && isatty(STDOUT_FILENO) && isatty(STDIN_FILENO) &&
	    optind < argc)
		tty = STDIN_FILENO;	/* no /dev/tty: keys from stdin */
	if (optind == argc) {
		show(stdin);
		return read_error(stdin, "standard input");
	}
	for (i = optind; i < argc; i++) {
		if ((f = fopen(argv[i], "r")) == NULL) {
			fprintf(stderr, "more: %s: %s\n", argv[i],
			    strerror(errno));
			status = 1;
			continue;
		}
		if (argc - optind > 1 && tty >= 0)
			printf("::::::::::::::\n%s\n::::::::::::::\n", argv[i]);
		if (!show(f))
			i = argc;	/* q: stop */
		else
			status |= read_error(f, argv[i]);
		fclose(f);
	}
	return status;
}

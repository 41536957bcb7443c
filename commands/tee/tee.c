/*
 * tee - copy the standard input to the standard output and to files.
 *
 *	tee [-a] [-i] [file ...]
 *
 * -a appends, -i ignores SIGINT.  A file that cannot be opened or
 * written is reported and dropped; the copy goes on to the others.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

struct out {
	int fd;
	const char *name;
};

static int status;

/* Writes all n bytes to o, dropping it (fd -1) on a failure. */
static void put(struct out *o, const char *buf, size_t n)
{
	ssize_t w;

	while (o->fd >= 0 && n > 0) {
		w = write(o->fd, buf, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "tee: %s: %s\n", o->name,
			    strerror(errno));
			o->fd = -1;
			status = 1;
			return;
		}
		buf += w;
		n -= (size_t) w;
	}
}

/* Opens the named files after stdout, in outs; answers how many. */
static int open_all(char **names, int count, int flags, struct out *outs)
{
	int i, n = 1;

	outs[0].fd = STDOUT_FILENO;
	outs[0].name = "standard output";
	for (i = 0; i < count; i++) {
		outs[n].fd = open(names[i], flags, 0666);
		outs[n].name = names[i];
		if (outs[n].fd < 0) {
			fprintf(stderr, "tee: %s: %s\n", names[i],
			    strerror(errno));
			status = 1;
			continue;
		}
		n++;
	}
	return n;
}

int main(int argc, char **argv)
{
	static char buf[8192];
	struct out *outs;
	int c, i, n, flags = O_WRONLY | O_CREAT | O_TRUNC;
	ssize_t got;

	while ((c = getopt(argc, argv, "ai")) != -1) {
		if (c == 'a')
			flags = O_WRONLY | O_CREAT | O_APPEND;
		else if (c == 'i')
			signal(SIGINT, SIG_IGN);
		else {
			fputs("usage: tee [-ai] [file ...]\n", stderr);
			return 1;
		}
	}
	outs = malloc(sizeof(*outs) * (size_t) (argc - optind + 1));
	if (outs == NULL)
		return 1;
	n = open_all(argv + optind, argc - optind, flags, outs);
	while ((got = read(STDIN_FILENO, buf, sizeof(buf))) != 0) {
		if (got < 0) {
			if (errno == EINTR)
				continue;
			fprintf(stderr, "tee: %s\n", strerror(errno));
			return 1;
		}
		for (i = 0; i < n; i++)
			put(&outs[i], buf, (size_t) got);
	}
	return status;
}

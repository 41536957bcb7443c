/*
 * selectin.c - wait up to SECONDS in select(2) for standard input to be
 * readable, and say what happened; for the console tests.
 *
 * usage: selectin SECONDS
 * Prints "selectin: waiting", then either "selectin: returned" as soon
 * as select returns and "selectin: readable: N bytes: LINE" (the line
 * read once select said it could be), or "selectin: timeout".  Exits 0
 * when input came, 1 on a timeout, 2 on an error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/select.h>

int main(int argc, char **argv)
{
	struct timeval tv = { 0, 0 };
	char line[256];
	fd_set rs;
	ssize_t n;
	int r;

	if (argc != 2) {
		fprintf(stderr, "usage: selectin SECONDS\n");
		return 2;
	}
	tv.tv_sec = atoi(argv[1]);
	FD_ZERO(&rs);
	FD_SET(0, &rs);
	printf("selectin: waiting\n");
	fflush(stdout);
	if ((r = select(1, &rs, NULL, NULL, &tv)) < 0) {
		printf("selectin: select: %s\n", strerror(errno));
		return 2;
	}
	if (r > 0) {
		printf("selectin: returned\n");
		fflush(stdout);
	}
	if (r == 0 || !FD_ISSET(0, &rs)) {
		printf("selectin: timeout (%d ready)\n", r);
		return 1;
	}
	if ((n = read(0, line, sizeof(line) - 1)) < 0) {
		printf("selectin: read: %s\n", strerror(errno));
		return 2;
	}
	line[n] = '\0';
	line[strcspn(line, "\n")] = '\0';
	printf("selectin: readable: %d bytes: %s\n", (int) n, line);
	return 0;
}

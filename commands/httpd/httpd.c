/*
 * httpd - a small static web server.
 *
 *	httpd [-p PORT] DIR
 *
 * Serves the files under DIR over HTTP/1.0 on PORT (80): GET and HEAD,
 * one request per connection.  A directory is answered with its
 * index.html, or without one a listing of its entries; a path that
 * names nothing is a 404.  Content types follow the file's suffix
 * (html, txt, png; anything else is application/octet-stream).  Each
 * connection is served by a child of its own, so a slow client holds up
 * nobody else; each request is logged on stdout as "httpd: METHOD PATH
 * STATUS".
 *
 * request.c reads and answers one request; dirlist.c makes listings.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include "httpd.h"

#define BACKLOG		16

static void usage(void)
{
	fprintf(stderr, "usage: httpd [-p PORT] DIR\n");
	exit(2);
}

static int listen_on(int port)
{
	struct sockaddr_in sin;
	int one = 1, s;

	if ((s = socket(AF_INET, SOCK_STREAM, 0)) < 0) {
		fprintf(stderr, "httpd: socket: %s\n", strerror(errno));
		exit(1);
	}
	(void) setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = htons((uint16_t) port);
	if (bind(s, (struct sockaddr *) &sin, sizeof(sin)) < 0
	    || listen(s, BACKLOG) < 0) {
		fprintf(stderr, "httpd: port %d: %s\n", port, strerror(errno));
		exit(1);
	}
	return s;
}

/* Children that have finished are reaped without waiting. */
static void reap(void)
{
	while (waitpid(-1, NULL, WNOHANG) > 0)
		;
}

int main(int argc, char **argv)
{
	struct stat st;
	long port = 80;
	char *end;
	int c, l, s;
	pid_t pid;

	while ((c = getopt(argc, argv, "p:")) != -1) {
		switch (c) {
		case 'p':
			port = strtol(optarg, &end, 10);
			if (*optarg == '\0' || *end != '\0' || port < 1
			    || port > 65535)
				usage();
			break;
		default:
			usage();
		}
	}
	if (argc - optind != 1)
		usage();
	if (stat(argv[optind], &st) < 0 || !S_ISDIR(st.st_mode)) {
		fprintf(stderr, "httpd: %s: not a directory\n", argv[optind]);
		return 1;
	}
	signal(SIGPIPE, SIG_IGN);
	l = listen_on((int) port);
	printf("httpd: serving %s on port %ld\n", argv[optind], port);
	fflush(stdout);
	for (;;) {
		if ((s = accept(l, NULL, NULL)) < 0) {
			if (errno == EINTR || errno == ECONNABORTED)
				continue;
			/* The listener itself is lost (INET restarted). */
			fprintf(stderr, "httpd: accept: %s\n", strerror(errno));
			return 1;
		}
		if ((pid = fork()) == 0) {
			close(l);
			serve(s, argv[optind]);
			_exit(0);
		}
		if (pid < 0)		/* no child: serve it ourselves */
			serve(s, argv[optind]);
		close(s);
		reap();
	}
}

/*
 * nc - copy between a network connection and standard input and output.
 *
 *	nc [-u] [-v] HOST PORT	connect, then copy stdin to the peer and
 *				what it sends to stdout
 *	nc -l [-u] [-v] PORT	wait for one peer on PORT, likewise
 *
 * TCP by default, UDP with -u; -v says on stderr what happens (where it
 * listens, who connected).  With TCP, the end of stdin becomes the end
 * of our half of the connection (shutdown), and nc ends when the peer
 * closes its half; a listener that sees the end of stdin (started with
 * < /dev/null, say) just stops reading it.  With UDP each read of
 * stdin is one datagram and each datagram received goes to stdout; a
 * listener reads stdin only once the first datagram has come, and
 * sends to whoever sent it; it ends only when killed (a client ends at
 * the end of stdin).  Exits 0 when the
 * copying ended normally, 1 on a network error, 2 on bad usage.
 */
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/select.h>
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>

#define BUF	16384

static bool udp, verbose, server;
static bool listening;			/* UDP server: no peer yet */

static void usage(void)
{
	fprintf(stderr, "usage: nc [-u] [-v] HOST PORT\n"
	    "       nc -l [-u] [-v] PORT\n");
	exit(2);
}

static void fail(const char *what)
{
	fprintf(stderr, "nc: %s: %s\n", what, strerror(errno));
	exit(1);
}

static uint16_t parse_port(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 1 || v > 65535) {
		fprintf(stderr, "nc: bad port '%s'\n", s);
		exit(2);
	}
	return htons((uint16_t) v);
}

/* All of buf to fd; false if the other end is gone. */
static bool write_all(int fd, const char *buf, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, buf, n)) < 0) {
			if (errno == EINTR)
				continue;
			return false;
		}
		buf += w;
		n -= (size_t) w;
	}
	return true;
}

static int open_listener(uint16_t port)
{
	struct sockaddr_in sin;
	int one = 1, s;

	if ((s = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0)) < 0)
		fail("socket");
	(void) setsockopt(s, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	memset(&sin, 0, sizeof(sin));
	sin.sin_family = AF_INET;
	sin.sin_port = port;
	if (bind(s, (struct sockaddr *) &sin, sizeof(sin)) < 0)
		fail("bind");
	if (!udp && listen(s, 1) < 0)
		fail("listen");
	if (verbose)
		fprintf(stderr, "nc: listening on %s port %u\n",
		    udp ? "udp" : "tcp", ntohs(port));
	return s;
}

/* -l with TCP: the first peer's connection. */
static int accept_one(int l)
{
	struct sockaddr_in peer;
	socklen_t len = sizeof(peer);
	int s;

	while ((s = accept(l, (struct sockaddr *) &peer, &len)) < 0)
		if (errno != EINTR)
			fail("accept");
	close(l);
	if (verbose)
		fprintf(stderr, "nc: connection from %s port %u\n",
		    inet_ntoa(peer.sin_addr), ntohs(peer.sin_port));
	return s;
}

static int connect_to(const char *host, uint16_t port)
{
	struct addrinfo hints, *ai;
	struct sockaddr_in sin;
	int s;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	if (getaddrinfo(host, NULL, &hints, &ai) != 0) {
		fprintf(stderr, "nc: %s: unknown host\n", host);
		exit(1);
	}
	memcpy(&sin, ai->ai_addr, sizeof(sin));
	freeaddrinfo(ai);
	sin.sin_port = port;
	if ((s = socket(AF_INET, udp ? SOCK_DGRAM : SOCK_STREAM, 0)) < 0)
		fail("socket");
	if (connect(s, (struct sockaddr *) &sin, sizeof(sin)) < 0)
		fail("connect");
	if (verbose)
		fprintf(stderr, "nc: connected to %s port %u\n",
		    inet_ntoa(sin.sin_addr), ntohs(port));
	return s;
}

/* What came from the peer, to stdout; false at the end.  A UDP
 * listener takes the first sender as its peer. */
static bool from_net(int s)
{
	static char buf[65536];
	struct sockaddr_in from;
	socklen_t len = sizeof(from);
	ssize_t n;

	n = recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *) &from, &len);
	if (n < 0) {
		if (errno == EINTR)
			return true;
		fail("recv");
	}
	if (n == 0 && !udp)
		return false;
	if (udp && listening) {
		if (connect(s, (struct sockaddr *) &from, sizeof(from)) < 0)
			fail("connect");
		listening = false;
		if (verbose)
			fprintf(stderr, "nc: datagrams from %s port %u\n",
			    inet_ntoa(from.sin_addr), ntohs(from.sin_port));
	}
	if (!write_all(STDOUT_FILENO, buf, (size_t) n))
		fail("write");
	return true;
}

/* What stdin has, to the peer; false at its end. */
static bool to_net(int s)
{
	char buf[BUF];
	ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));

	if (n < 0) {
		if (errno == EINTR)
			return true;
		fail("read");
	}
	if (n == 0)
		return false;
	if (udp ? send(s, buf, (size_t) n, 0) < 0
	    : !write_all(s, buf, (size_t) n))
		fail("send");
	return true;
}

/* Copy both ways until the peer's end (TCP) or stdin's (UDP client). */
static void copy(int s)
{
	bool in_open = true;
	fd_set rd;

	for (;;) {
		FD_ZERO(&rd);
		FD_SET(s, &rd);
		if (in_open && !listening)
			FD_SET(STDIN_FILENO, &rd);
		if (select(s + 1, &rd, NULL, NULL, NULL) < 0) {
			if (errno == EINTR)
				continue;
			fail("select");
		}
		if (FD_ISSET(s, &rd) && !from_net(s))
			return;
		if (in_open && FD_ISSET(STDIN_FILENO, &rd) && !to_net(s)) {
			in_open = false;
			if (server)
				continue;
			if (udp)
				return;
			(void) shutdown(s, SHUT_WR);
		}
	}
}

int main(int argc, char **argv)
{
	int c, s;

	while ((c = getopt(argc, argv, "luv")) != -1) {
		switch (c) {
		case 'l': server = true; break;
		case 'u': udp = true; break;
		case 'v': verbose = true; break;
		default: usage();
		}
	}
	signal(SIGPIPE, SIG_IGN);
	if (server) {
		if (argc - optind != 1)
			usage();
		s = open_listener(parse_port(argv[optind]));
		if (udp)
			listening = true;
		else
			s = accept_one(s);
	} else {
		if (argc - optind != 2)
			usage();
		s = connect_to(argv[optind], parse_port(argv[optind + 1]));
	}
	copy(s);
	close(s);
	return 0;
}

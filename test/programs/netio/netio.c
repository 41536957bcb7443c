/*
 * netio - streams and datagrams for the network tests: what crossed the
 * network, counted and checksummed (POSIX cksum's CRC) at both ends.
 *
 *	netio recv PORT			TCP: take one connection, read it to
 *					its end
 *	netio send HOST PORT BYTES [SEED]  TCP: connect and send BYTES of
 *					a pseudo-random pattern
 *	netio udprecv PORT COUNT	UDP: take COUNT datagrams
 *	netio tftp FILE			UDP both ways: read FILE from QEMU's
 *					TFTP server (10.0.2.2)
 *	netio ping HOST COUNT		ICMP echo through a raw socket
 *	netio hold PORT			a TCP connection over lo, waiting in
 *					recv until INET dies; then the
 *					errors, and a new connection
 *
 * Each prints what it did on one line ("netio: received 4194304 bytes,
 * cksum 123"), and exits 0 when all went well.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/times.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include "netio.h"

#define CHUNK	16384

static void die(const char *what)
{
	printf("netio: %s: %s\n", what, strerror(errno));
	exit(1);
}

uint32_t ticks_ms(void)
{
	struct tms t;

	return (uint32_t) times(&t) * (1000 / 100);
}

/* A host name or address: 0, or -1 if it is not known. */
int resolve(const char *host, uint32_t *addr)
{
	struct addrinfo hints, *ai;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	if (getaddrinfo(host, NULL, &hints, &ai) != 0)
		return -1;
	*addr = ((struct sockaddr_in *) ai->ai_addr)->sin_addr.s_addr;
	freeaddrinfo(ai);
	return 0;
}

static struct sockaddr_in sin_of(uint32_t addr, int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = addr;
	a.sin_port = htons((uint16_t) port);
	return a;
}

static int recv_stream(int port)
{
	struct sockaddr_in a = sin_of(INADDR_ANY, port);
	static char buf[CHUNK];
	uint64_t total = 0;
	uint32_t t0 = 0;
	struct crc c;
	int l, s, one = 1;
	ssize_t n;

	if ((l = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	(void) setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (struct sockaddr *) &a, sizeof(a)) < 0 || listen(l, 1) < 0)
		die("bind/listen");
	printf("netio: listening on %d\n", port);
	fflush(stdout);
	if ((s = accept(l, NULL, NULL)) < 0)
		die("accept");
	crc_init(&c);
	while ((n = read(s, buf, sizeof(buf))) > 0) {
		if (total == 0)
			t0 = ticks_ms();
		crc_add(&c, buf, (size_t) n);
		total += (uint64_t) n;
	}
	if (n < 0)
		die("read");
	printf("netio: received %llu bytes, cksum %u, %u ms\n",
	    (unsigned long long) total, crc_end(&c), ticks_ms() - t0);
	close(s);
	close(l);
	return 0;
}

/* The pattern: xorshift32 from seed. */
static void fill(char *buf, size_t n, uint32_t *x)
{
	size_t i;

	for (i = 0; i < n; i++) {
		*x ^= *x << 13;
		*x ^= *x >> 17;
		*x ^= *x << 5;
		buf[i] = (char) *x;
	}
}

static int send_stream(const char *host, int port, uint64_t bytes,
    uint32_t seed)
{
	static char buf[CHUNK];
	uint32_t addr, x = seed ? seed : 1, t0;
	struct sockaddr_in a;
	uint64_t left = bytes;
	struct crc c;
	size_t n;
	int s;

	if (resolve(host, &addr) < 0) {
		printf("netio: %s: unknown host\n", host);
		return 1;
	}
	a = sin_of(addr, port);
	if ((s = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	if (connect(s, (struct sockaddr *) &a, sizeof(a)) < 0)
		die("connect");
	printf("netio: connected\n");
	fflush(stdout);
	crc_init(&c);
	t0 = ticks_ms();
	while (left > 0) {
		n = left < sizeof(buf) ? (size_t) left : sizeof(buf);
		fill(buf, n, &x);
		crc_add(&c, buf, n);
		if (write(s, buf, n) != (ssize_t) n)
			die("write");
		left -= n;
	}
	if (close(s) < 0)
		die("close");
	printf("netio: sent %llu bytes, cksum %u, %u ms\n",
	    (unsigned long long) bytes, crc_end(&c), ticks_ms() - t0);
	return 0;
}

/* Take count datagrams on port; each one's size and checksum. */
static int udp_recv(int port, int count)
{
	struct sockaddr_in a = sin_of(INADDR_ANY, port);
	static char buf[65536];
	struct crc c;
	int s, i;
	ssize_t n;

	if ((s = socket(AF_INET, SOCK_DGRAM, 0)) < 0)
		die("socket");
	if (bind(s, (struct sockaddr *) &a, sizeof(a)) < 0)
		die("bind");
	printf("netio: receiving on %d\n", port);
	fflush(stdout);
	for (i = 0; i < count; i++) {
		if ((n = recv(s, buf, sizeof(buf), 0)) < 0)
			die("recv");
		crc_init(&c);
		crc_add(&c, buf, (size_t) n);
		printf("netio: datagram %d: %d bytes, cksum %u\n", i, (int) n,
		    crc_end(&c));
	}
	return 0;
}

/* A connection over lo on port: *c the client's end, *s the server's. */
static int loop_pair(int port, int *c, int *s)
{
	struct sockaddr_in a = sin_of(htonl(INADDR_LOOPBACK), port);
	int l, one = 1;

	if ((l = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		return -1;
	(void) setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (struct sockaddr *) &a, sizeof(a)) < 0 || listen(l, 1) < 0
	    || (*c = socket(AF_INET, SOCK_STREAM, 0)) < 0
	    || connect(*c, (struct sockaddr *) &a, sizeof(a)) < 0
	    || (*s = accept(l, NULL, NULL)) < 0)
		return -1;
	close(l);
	return 0;
}

static const char *result(ssize_t r)
{
	static char buf[32];

	if (r < 0)
		return strerror(errno);
	snprintf(buf, sizeof(buf), "returned %d", (int) r);
	return buf;
}

/* INET dies under an open connection: the call waiting at it and the
 * next call on each socket fail; a new connection works. */
static int hold(int port)
{
	char buf[8];
	int c, s, c2, s2;
	ssize_t r;

	if (loop_pair(port, &c, &s) < 0)
		die("connection");
	printf("netio: holding a connection\n");
	fflush(stdout);
	r = recv(s, buf, 1, 0);
	printf("netio: recv: %s\n", result(r));
	r = send(c, "x", 1, MSG_NOSIGNAL);
	printf("netio: send: %s\n", result(r));
	r = recv(c, buf, 1, MSG_DONTWAIT);
	printf("netio: recv again: %s\n", result(r));
	printf("netio: close: %s\n", result(close(c)));
	close(s);
	if (loop_pair(port + 1, &c2, &s2) < 0)
		die("a new connection");
	if (write(c2, "new", 3) != 3 || read(s2, buf, sizeof(buf)) != 3)
		die("the new connection's data");
	printf("netio: a new connection works\n");
	return 0;
}

static void usage(void)
{
	fprintf(stderr, "usage: netio recv PORT\n"
	    "       netio send HOST PORT BYTES [SEED]\n"
	    "       netio udprecv PORT COUNT\n"
	    "       netio tftp FILE\n"
	    "       netio ping HOST COUNT\n"
	    "       netio hold PORT\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "recv") == 0)
		return recv_stream(atoi(argv[2]));
	if ((argc == 5 || argc == 6) && strcmp(argv[1], "send") == 0)
		return send_stream(argv[2], atoi(argv[3]),
		    strtoull(argv[4], NULL, 10),
		    argc == 6 ? (uint32_t) strtoul(argv[5], NULL, 10) : 1);
	if (argc == 4 && strcmp(argv[1], "udprecv") == 0)
		return udp_recv(atoi(argv[2]), atoi(argv[3]));
	if (argc == 3 && strcmp(argv[1], "tftp") == 0)
		return tftp_get(argv[2]);
	if (argc == 4 && strcmp(argv[1], "ping") == 0)
		return ping(argv[2], atoi(argv[3]));
	if (argc == 3 && strcmp(argv[1], "hold") == 0)
		return hold(atoi(argv[2]));
	usage();
	return 2;
}

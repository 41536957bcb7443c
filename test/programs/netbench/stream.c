/*
 * stream.c - TCP throughput, as instructions per MiB.
 *
 * From the host: netbench accepts the host's connection and sends it
 * one byte, "ready" (QEMU's hostfwd accepts for the guest even when
 * nothing listens yet, so the host's end, tools/netpeer, waits for that
 * byte before it sends); the figure runs from the first byte received
 * to the end of the stream.  To the host: from the connect to the
 * return of the last write, for a stream much longer than the socket's
 * send buffer, so that what is still unacknowledged at the end is a
 * small part of it.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <minix/tsc.h>
#include "netbench.h"

#define CHUNK	65536

static char buf[CHUNK];

static void per_mb(const char *name, uint64_t tsc, uint64_t bytes)
{
	if (bytes < MB) {
		printf("netbench: only %llu bytes\n", (unsigned long long) bytes);
		return;
	}
	figure(name, tsc * MB / bytes);
}

int stream_recv(int port)
{
	struct sockaddr_in a;
	uint64_t total = 0, t0 = 0;
	int l, s, one = 1;
	ssize_t n;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons((uint16_t) port);
	if ((l = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	(void) setsockopt(l, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one));
	if (bind(l, (struct sockaddr *) &a, sizeof(a)) < 0 || listen(l, 1) < 0)
		die("bind/listen");
	if ((s = accept(l, NULL, NULL)) < 0)
		die("accept");
	if (write(s, "R", 1) != 1)
		die("write");
	while ((n = read(s, buf, sizeof(buf))) > 0) {
		if (total == 0)
			t0 = read_tsc();
		total += (uint64_t) n;
	}
	if (n < 0)
		die("read");
	per_mb("tcp_host_to_guest_per_mib", read_tsc() - t0, total);
	close(s);
	close(l);
	return 0;
}

int stream_send(const char *host, int port, uint64_t bytes)
{
	struct sockaddr_in a;
	uint64_t left = bytes, t0;
	size_t n;
	int s;

	memset(buf, 'x', sizeof(buf));
	if (resolve(host, &a, port) < 0)
		die("resolve");
	if ((s = socket(AF_INET, SOCK_STREAM, 0)) < 0)
		die("socket");
	t0 = read_tsc();
	if (connect(s, (struct sockaddr *) &a, sizeof(a)) < 0)
		die("connect");
	while (left > 0) {
		n = left < sizeof(buf) ? (size_t) left : sizeof(buf);
		if (write(s, buf, n) != (ssize_t) n)
			die("write");
		left -= n;
	}
	per_mb("tcp_guest_to_host_per_mib", read_tsc() - t0, bytes);
	close(s);
	return 0;
}

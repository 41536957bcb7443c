/*
 * netbench - the network's figures for `make bench`, in guest
 * instructions (the TSC under QEMU -icount; tools/bench runs it).
 *
 *	netbench recv PORT		a TCP stream from the host
 *	netbench send HOST PORT BYTES	a TCP stream to the host
 *	netbench ping HOST COUNT	ICMP echo round trips
 *	netbench recover LABEL PID HOST	a NIC driver killed: how long
 *					until a frame is received again
 *
 * Each prints "bench: NAME N instructions" lines, which tools/bench
 * collects.  stream.c has the streams, echo.c the echoes.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <netdb.h>
#include "netbench.h"

void die(const char *what)
{
	printf("netbench: %s: %s\n", what, strerror(errno));
	exit(1);
}

int resolve(const char *host, struct sockaddr_in *sin, int port)
{
	struct addrinfo hints, *ai;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	if (getaddrinfo(host, NULL, &hints, &ai) != 0)
		return -1;
	memcpy(sin, ai->ai_addr, sizeof(*sin));
	freeaddrinfo(ai);
	sin->sin_port = htons((uint16_t) port);
	return 0;
}

void figure(const char *name, uint64_t instructions)
{
	printf("bench: %s %llu instructions\n", name,
	    (unsigned long long) instructions);
	fflush(stdout);
}

static void usage(void)
{
	fprintf(stderr, "usage: netbench recv PORT\n"
	    "       netbench send HOST PORT BYTES\n"
	    "       netbench ping HOST COUNT\n"
	    "       netbench recover LABEL PID HOST\n");
	exit(2);
}

int main(int argc, char **argv)
{
	if (argc == 3 && strcmp(argv[1], "recv") == 0)
		return stream_recv(atoi(argv[2]));
	if (argc == 5 && strcmp(argv[1], "send") == 0)
		return stream_send(argv[2], atoi(argv[3]),
		    strtoull(argv[4], NULL, 10));
	if (argc == 4 && strcmp(argv[1], "ping") == 0)
		return echo_rtt(argv[2], atoi(argv[3]));
	if (argc == 5 && strcmp(argv[1], "recover") == 0)
		return nic_recovery(argv[2], (pid_t) atoi(argv[3]), argv[4]);
	usage();
	return 2;
}

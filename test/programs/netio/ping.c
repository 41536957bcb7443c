/*
 * ping.c - ICMP echo through a raw socket (root only): COUNT requests to
 * HOST a second apart, each reply's round trip, and the summary.  The
 * socket's SO_RCVTIMEO ends the wait for a reply that does not come.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "netio.h"

#define ECHO_REQUEST	8
#define ECHO_REPLY	0
#define DATA		56

struct echo {
	uint8_t type, code;
	uint16_t sum, id, seq;
	uint8_t data[DATA];
} __attribute__((packed));

static uint16_t sum16(const void *p, size_t n)
{
	const uint8_t *b = p;
	uint32_t s = 0;
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		s += (uint32_t) (b[i] | b[i + 1] << 8);
	if (n & 1)
		s += b[n - 1];
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint16_t) ~s;
}

/* Wait for the reply to seq: its round trip in ms, or -1. */
static int wait_reply(int s, uint16_t id, uint16_t seq, uint32_t t0)
{
	uint8_t buf[1024];
	const struct echo *e;
	ssize_t n;
	size_t hl;

	for (;;) {
		if ((n = recv(s, buf, sizeof(buf), 0)) < 0)
			return -1;		/* SO_RCVTIMEO */
		hl = (size_t) (buf[0] & 0xF) * 4;
		if ((size_t) n < hl + 8)
			continue;
		e = (const struct echo *) (buf + hl);
		if (e->type == ECHO_REPLY && e->id == id && e->seq == htons(seq))
			return (int) (ticks_ms() - t0);
	}
}

int ping(const char *host, int count)
{
	struct timeval tv = { 2, 0 };
	struct sockaddr_in to;
	struct echo e;
	uint32_t addr, t0;
	int s, i, rtt, got = 0, min = -1, max = 0, sum = 0;
	uint16_t id = (uint16_t) getpid();

	if (resolve(host, &addr) < 0) {
		printf("netio: %s: unknown host\n", host);
		return 1;
	}
	if ((s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) < 0) {
		printf("netio: socket: %s\n", strerror(errno));
		return 1;
	}
	(void) setsockopt(s, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
	memset(&to, 0, sizeof(to));
	to.sin_family = AF_INET;
	to.sin_addr.s_addr = addr;
	for (i = 0; i < count; i++) {
		memset(&e, 0, sizeof(e));
		e.type = ECHO_REQUEST;
		e.id = id;
		e.seq = htons((uint16_t) i);
		memset(e.data, 'a' + i % 26, DATA);
		e.sum = sum16(&e, sizeof(e));
		t0 = ticks_ms();
		if (sendto(s, &e, sizeof(e), 0, (struct sockaddr *) &to,
		    sizeof(to)) < 0) {
			printf("netio: sendto: %s\n", strerror(errno));
			return 1;
		}
		if ((rtt = wait_reply(s, id, (uint16_t) i, t0)) >= 0) {
			printf("netio: reply from %s: seq=%d time=%d ms\n",
			    inet_ntoa(to.sin_addr), i, rtt);
			got++;
			sum += rtt;
			min = min < 0 || rtt < min ? rtt : min;
			max = rtt > max ? rtt : max;
		}
		if (i + 1 < count)
			sleep(1);
	}
	printf("netio: %d sent, %d received, rtt min/avg/max %d/%d/%d ms\n",
	    count, got, min < 0 ? 0 : min, got ? sum / got : 0, max);
	return got == count ? 0 : 1;
}

/*
 * echo.c - ICMP echo through a raw socket, timed by the TSC.
 *
 * echo_rtt: the median round trip of COUNT echoes, after one that warms
 * the ARP cache.  nic_recovery: kill -9 the card's driver (PID, label
 * LABEL), wait until INET has met its new instance, then send an echo
 * every RESEND instructions until a reply comes (frames sent while the
 * card is not ready again are lost); the figure is
 * from the kill to that reply's arrival, so it holds RS's restart, the
 * new instance's reset of the card, INET's configuration of it and one
 * round trip, give or take one RESEND.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/sockio.h>
#include <sys/time.h>
#include <minix/tsc.h>
#include "netbench.h"

#define ECHO_REQUEST	8
#define ECHO_REPLY	0
#define MAX_COUNT	64
#define WAIT		2000000000ull	/* instructions: a lost echo */
#define RESEND		1000000ull	/* instructions between echoes */

static uint16_t ident;

static uint16_t checksum(const uint8_t *b, size_t n)
{
	uint32_t s = 0;
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		s += (uint32_t) (b[i] << 8 | b[i + 1]);
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint16_t) ~s;
}

static void send_echo(int s, const struct sockaddr_in *to, uint16_t seq)
{
	uint8_t p[64];
	uint16_t sum;

	memset(p, 0, sizeof(p));
	p[0] = ECHO_REQUEST;
	p[4] = ident >> 8;
	p[5] = ident & 0xFF;
	p[6] = seq >> 8;
	p[7] = seq & 0xFF;
	sum = checksum(p, sizeof(p));
	p[2] = sum >> 8;
	p[3] = sum & 0xFF;
	if (sendto(s, p, sizeof(p), 0, (const struct sockaddr *) to,
	    sizeof(*to)) < 0 && errno != ENETDOWN && errno != EHOSTUNREACH)
		die("sendto");
}

/* A reply waiting now with a sequence number of at least seq? */
static int got_reply(int s, uint16_t seq)
{
	uint8_t buf[256];
	const uint8_t *e;
	ssize_t n;
	size_t hl;

	while ((n = recv(s, buf, sizeof(buf), MSG_DONTWAIT)) > 0) {
		hl = (size_t) (buf[0] & 0xF) * 4;
		if ((size_t) n < hl + 8)
			continue;
		e = buf + hl;
		if (e[0] == ECHO_REPLY && (e[4] << 8 | e[5]) == ident
		    && (e[6] << 8 | e[7]) >= seq)
			return 1;
	}
	return 0;
}

/* Send echo seq and wait for its reply: the round trip, or 0. */
static uint64_t one_echo(int s, const struct sockaddr_in *to, uint16_t seq)
{
	uint64_t t0 = read_tsc(), t;

	send_echo(s, to, seq);
	while ((t = read_tsc()) - t0 < WAIT)
		if (got_reply(s, seq))
			return t - t0;
	return 0;
}

static int open_raw(const char *host, struct sockaddr_in *to)
{
	int s;

	if (resolve(host, to, 0) < 0)
		die("resolve");
	if ((s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) < 0)
		die("socket");
	ident = (uint16_t) getpid();
	return s;
}

static int by_value(const void *a, const void *b)
{
	uint64_t x = *(const uint64_t *) a, y = *(const uint64_t *) b;

	return x < y ? -1 : x > y;
}

int echo_rtt(const char *host, int count)
{
	uint64_t rtt[MAX_COUNT];
	struct sockaddr_in to;
	int s = open_raw(host, &to), i;

	if (count < 1 || count > MAX_COUNT)
		count = MAX_COUNT;
	if (one_echo(s, &to, 0) == 0)
		die("no echo reply");
	for (i = 0; i < count; i++)
		if ((rtt[i] = one_echo(s, &to, (uint16_t) (i + 1))) == 0)
			die("an echo was lost");
	qsort(rtt, (size_t) count, sizeof(rtt[0]), by_value);
	figure("ping_round_trip", rtt[count / 2]);
	close(s);
	return 0;
}

/* How many times eth0's driver has been restarted, as INET counts. */
static uint32_t restarts(int s)
{
	struct ifinfo ifi;

	memset(&ifi, 0, sizeof(ifi));
	strcpy(ifi.ifi_name, "eth0");
	if (ioctl(s, SIOCGIFINFO, &ifi) < 0)
		die("SIOCGIFINFO");
	return ifi.ifi_restarts;
}

int nic_recovery(const char *label, pid_t pid, const char *host)
{
	struct sockaddr_in to;
	int s = open_raw(host, &to);
	uint64_t t0, sent;
	uint32_t before;
	uint16_t seq = 100;
	char name[64];

	if (one_echo(s, &to, 1) == 0)
		die("no echo reply before the kill");
	before = restarts(s);
	if (kill(pid, SIGKILL) < 0)
		die("kill");
	t0 = read_tsc();
	/* Echoes go once INET has met the new instance: one sent earlier
	 * could still pass through the old one, which RS ends a little
	 * after the kill returns. */
	while (restarts(s) == before)
		;
	for (;;) {
		send_echo(s, &to, seq);
		sent = read_tsc();
		while (read_tsc() - sent < RESEND)
			if (got_reply(s, 100))
				goto back;
		if (seq < 0xFFFF)
			seq++;
	}
back:
	snprintf(name, sizeof(name), "nic_recovery_%s", label);
	figure(name, read_tsc() - t0);
	close(s);
	return 0;
}

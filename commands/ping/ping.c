/*
 * ping - send ICMP echo requests to a host and report the replies.
 *
 *	ping [-c COUNT] [-i INTERVAL] [-s SIZE] [-W WAIT] HOST
 *
 * One request every INTERVAL seconds (1; a fraction may be given) until
 * COUNT have gone (default: until interrupted), each with SIZE bytes of
 * data (56).  Each reply is printed with its round trip; at the end, the
 * counts, the loss and the round trips' minimum, average and maximum.
 * A reply that takes longer than WAIT seconds (2) after the last request
 * is lost.  Exits 0 if any reply came, 1 if none did, 2 on bad usage.
 *
 * It needs a raw ICMP socket, so root.  Replies are matched by the
 * request's id (our pid) and sequence number; round trips come from
 * rtt.c.
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
#include <sys/time.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <netdb.h>
#include "ping.h"

#define ICMP_ECHO	8
#define ICMP_ECHOREPLY	0
#define ICMP_HDR	8
#define MAX_DATA	(65507 - ICMP_HDR)
#define SENT_MAX	65536		/* sequence numbers are 16 bits */

struct stats {
	long sent, received;
	uint64_t min, max, sum;		/* microseconds */
};

static volatile sig_atomic_t interrupted;
static uint64_t sent_at[SENT_MAX];	/* by sequence number */
static uint8_t *packet;
static size_t datalen = 56;
static uint16_t ident;

static void usage(void)
{
	fprintf(stderr, "usage: ping [-c COUNT] [-i INTERVAL] [-s SIZE] "
	    "[-W WAIT] HOST\n");
	exit(2);
}

static void on_sigint(int sig)
{
	(void) sig;
	interrupted = 1;
}

/* A non-negative decimal number, perhaps with a fraction: in
 * microseconds. */
static uint64_t parse_us(const char *s)
{
	char *end;
	double d = strtod(s, &end);

	if (*s == '\0' || *end != '\0' || d < 0 || d > 3600)
		usage();
	return (uint64_t) (d * 1000000.0);
}

static long parse_long(const char *s, long min, long max)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < min || v > max)
		usage();
	return v;
}

static uint16_t checksum(const uint8_t *b, size_t n)
{
	uint32_t s = 0;
	size_t i;

	for (i = 0; i + 1 < n; i += 2)
		s += (uint32_t) (b[i] << 8 | b[i + 1]);
	if (n & 1)
		s += (uint32_t) b[n - 1] << 8;
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint16_t) ~s;
}

static int send_echo(int s, const struct sockaddr_in *to, uint16_t seq)
{
	size_t len = ICMP_HDR + datalen, i;
	uint16_t sum;

	memset(packet, 0, ICMP_HDR);
	packet[0] = ICMP_ECHO;
	packet[4] = ident >> 8;
	packet[5] = ident & 0xFF;
	packet[6] = seq >> 8;
	packet[7] = seq & 0xFF;
	for (i = 0; i < datalen; i++)
		packet[ICMP_HDR + i] = (uint8_t) i;
	sum = checksum(packet, len);
	packet[2] = sum >> 8;
	packet[3] = sum & 0xFF;
	sent_at[seq] = rtt_now_us();
	if (sendto(s, packet, len, 0, (const struct sockaddr *) to,
	    sizeof(*to)) < 0) {
		fprintf(stderr, "ping: sendto: %s\n", strerror(errno));
		return -1;
	}
	return 0;
}

/* One datagram from the raw socket: note it if it answers us. */
static void take_reply(const uint8_t *buf, size_t n,
	const struct sockaddr_in *from, struct stats *st)
{
	size_t hl = (size_t) (buf[0] & 0xF) * 4;
	const uint8_t *icmp = buf + hl;
	uint16_t seq;
	uint64_t us;

	if (n < hl + ICMP_HDR || icmp[0] != ICMP_ECHOREPLY
	    || (icmp[4] << 8 | icmp[5]) != ident)
		return;
	seq = (uint16_t) (icmp[6] << 8 | icmp[7]);
	if (seq >= st->sent || sent_at[seq] == 0)
		return;			/* not ours, or a duplicate */
	us = rtt_now_us() - sent_at[seq];
	sent_at[seq] = 0;
	st->received++;
	st->sum += us;
	if (st->received == 1 || us < st->min)
		st->min = us;
	if (us > st->max)
		st->max = us;
	printf("%zu bytes from %s: icmp_seq=%u ttl=%u time=%llu.%03llu ms\n",
	    n - hl, inet_ntoa(from->sin_addr), seq, buf[8],
	    (unsigned long long) (us / 1000),
	    (unsigned long long) (us % 1000));
	fflush(stdout);
}

/* Take replies until the clock reaches until_us (or an interrupt);
 * with last, also until every request has its reply. */
static void wait_replies(int s, uint64_t until_us, bool last,
	struct stats *st)
{
	uint8_t buf[65536];
	struct sockaddr_in from;
	socklen_t fromlen;
	struct timeval tv;
	fd_set rd;
	uint64_t now;
	ssize_t n;

	while (!interrupted && (now = rtt_now_us()) < until_us) {
		tv.tv_sec = (long) ((until_us - now) / 1000000);
		tv.tv_usec = (long) ((until_us - now) % 1000000);
		FD_ZERO(&rd);
		FD_SET(s, &rd);
		if (select(s + 1, &rd, NULL, NULL, &tv) <= 0)
			continue;	/* the time is up, or a signal */
		fromlen = sizeof(from);
		n = recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *) &from,
		    &fromlen);
		if (n > 0)
			take_reply(buf, (size_t) n, &from, st);
		if (last && st->received == st->sent)
			return;
	}
}

static void summary(const char *host, const struct stats *st)
{
	long lost = st->sent - st->received;

	printf("--- %s ping statistics ---\n", host);
	printf("%ld packets transmitted, %ld received, %ld%% packet loss\n",
	    st->sent, st->received, st->sent ? lost * 100 / st->sent : 0);
	if (st->received > 0) {
		uint64_t avg = st->sum / (uint64_t) st->received;

		printf("round-trip min/avg/max = %llu.%03llu/%llu.%03llu/"
		    "%llu.%03llu ms\n",
		    (unsigned long long) (st->min / 1000),
		    (unsigned long long) (st->min % 1000),
		    (unsigned long long) (avg / 1000),
		    (unsigned long long) (avg % 1000),
		    (unsigned long long) (st->max / 1000),
		    (unsigned long long) (st->max % 1000));
	}
}

static int resolve(const char *host, struct sockaddr_in *to)
{
	struct addrinfo hints, *ai;

	memset(&hints, 0, sizeof(hints));
	hints.ai_family = AF_INET;
	if (getaddrinfo(host, NULL, &hints, &ai) != 0)
		return -1;
	memcpy(to, ai->ai_addr, sizeof(*to));
	freeaddrinfo(ai);
	return 0;
}

int main(int argc, char **argv)
{
	uint64_t interval = 1000000, wait = 2000000, next;
	long count = -1;
	struct sockaddr_in to;
	struct stats st;
	int c, s;

	while ((c = getopt(argc, argv, "c:i:s:W:")) != -1) {
		switch (c) {
		case 'c': count = parse_long(optarg, 1, SENT_MAX); break;
		case 'i': interval = parse_us(optarg); break;
		case 's': datalen = (size_t) parse_long(optarg, 0, MAX_DATA);
			break;
		case 'W': wait = parse_us(optarg); break;
		default: usage();
		}
	}
	if (optind != argc - 1)
		usage();
	if (resolve(argv[optind], &to) < 0) {
		fprintf(stderr, "ping: %s: unknown host\n", argv[optind]);
		return 2;
	}
	if ((s = socket(AF_INET, SOCK_RAW, IPPROTO_ICMP)) < 0) {
		fprintf(stderr, "ping: socket: %s\n", strerror(errno));
		return 2;
	}
	if ((packet = malloc(ICMP_HDR + datalen)) == NULL) {
		fprintf(stderr, "ping: out of memory\n");
		return 2;
	}
	ident = (uint16_t) getpid();
	signal(SIGINT, on_sigint);
	rtt_init();
	memset(&st, 0, sizeof(st));
	printf("PING %s (%s): %zu data bytes\n", argv[optind],
	    inet_ntoa(to.sin_addr), datalen);
	fflush(stdout);
	while (!interrupted && (count < 0 || st.sent < count)) {
		next = rtt_now_us() + interval;
		if (send_echo(s, &to, (uint16_t) st.sent) < 0)
			break;
		st.sent++;
		if (count < 0 || st.sent < count)
			wait_replies(s, next, false, &st);
	}
	if (!interrupted && st.received < st.sent)
		wait_replies(s, rtt_now_us() + wait, true, &st);
	summary(argv[optind], &st);
	return st.received > 0 ? 0 : 1;
}

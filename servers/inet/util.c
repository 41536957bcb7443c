/*
 * util.c - small helpers: addresses as text for messages, and random
 * numbers for ports, sequence numbers and DHCP's transaction ids.
 *
 * Entry points: ip_ntoa, inet_random.
 */
#include <stdio.h>
#include <minix/tsc.h>
#include "inet.h"

/* a as dotted decimal, in one of four buffers used in turn (so that a
 * printf may show several). */
const char *ip_ntoa(ipaddr_t a)
{
	static char buf[4][INET_ADDRSTRLEN];
	static int next;
	const uint8_t *b = (const uint8_t *) &a;
	char *s = buf[next++ % 4];

	snprintf(s, INET_ADDRSTRLEN, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	return s;
}

/* xorshift32, seeded from the time-stamp counter: not for secrets, but
 * different at every start, so that a restarted INET does not reuse the
 * ports and sequence numbers of the last one. */
uint32_t inet_random(void)
{
	static uint32_t x;

	if (x == 0)
		x = (uint32_t) read_tsc() | 1;
	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return x;
}

/*
 * rtt.c - ping's clock: microseconds from the time-stamp counter.
 *
 * The system clock moves in ticks of 10 ms, coarser than a round trip
 * on a LAN, so round trips are read off the TSC instead.  Its rate is
 * not known in advance (under QEMU -icount it counts instructions), so
 * rtt_init() measures it against the clock: the TSC counts across one
 * whole tick, from one tick's start to the next's.
 *
 * Entry points: rtt_init, rtt_now_us.
 */
#include <stddef.h>
#include <sys/time.h>
#include <minix/tsc.h>
#include "ping.h"

static uint64_t tsc_per_ms = 1;

/* The clock's reading in microseconds. */
static uint64_t clock_us(void)
{
	struct timeval tv;

	(void) gettimeofday(&tv, NULL);
	return (uint64_t) tv.tv_sec * 1000000 + (uint64_t) tv.tv_usec;
}

/* Spin until the clock moves on; its new reading. */
static uint64_t next_tick(void)
{
	uint64_t t0 = clock_us(), t;

	while ((t = clock_us()) == t0)
		;
	return t;
}

void rtt_init(void)
{
	uint64_t c0, c1, t0, t1;

	(void) next_tick();
	c0 = read_tsc();
	t0 = clock_us();
	t1 = next_tick();
	c1 = read_tsc();
	if (t1 > t0 && c1 > c0)
		tsc_per_ms = (c1 - c0) * 1000 / (t1 - t0);
	if (tsc_per_ms == 0)
		tsc_per_ms = 1;
}

uint64_t rtt_now_us(void)
{
	return read_tsc() * 1000 / tsc_per_ms;
}

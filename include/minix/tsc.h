/*
 * minix/tsc.h - the time-stamp counter, read where the benchmarks run
 * (user mode may read it).  Under QEMU -icount it counts guest
 * instructions, which is what `make bench` reports.
 */
#ifndef _MINIX_TSC_H
#define _MINIX_TSC_H

#include <stdint.h>

static inline uint64_t read_tsc(void)
{
	uint32_t lo, hi;

	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return ((uint64_t) hi << 32) | lo;
}

#endif

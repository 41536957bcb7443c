/*
 * rand.c - rand() and srand(): a 64-bit linear congruential generator
 * (Knuth's MMIX constants) whose top 31 bits are the result, as the low
 * bits of such a generator repeat with short periods.
 */
#include <stdint.h>
#include <stdlib.h>

static uint64_t state = 1;

void srand(unsigned int seed)
{
	state = seed;
}

int rand(void)
{
	state = state * 6364136223846793005ULL + 1442695040888963407ULL;
	return (int) (state >> 33);
}

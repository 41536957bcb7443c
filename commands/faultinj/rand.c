/*
 * rand.c - the campaign's random numbers: small, and the same on every
 * run for a seed, so that any fault can be chosen again for a replay.
 */
#include "faultinj.h"

/* xorshift32: the next number of the stream (state must not be 0). */
uint32_t fi_rand(uint32_t *state)
{
	uint32_t x = *state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return *state = x;
}

/* A number in [0, n). */
uint32_t fi_below(uint32_t *state, uint32_t n)
{
	return n == 0 ? 0 : fi_rand(state) % n;
}

/* The seed of fault i of a campaign seeded with seed: a hash, so that
 * neighbouring faults are unrelated, never 0. */
uint32_t fi_mix(uint32_t seed, uint32_t i)
{
	uint32_t x = seed * 0x9e3779b1u ^ (i + 1) * 0x85ebca6bu;

	x ^= x >> 16;
	x *= 0x7feb352du;
	x ^= x >> 15;
	return x != 0 ? x : 1;
}

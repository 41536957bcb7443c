/*
 * test_bitmap.c - host tests of next_set_bit (kernel/priv.h), which the
 * receive path uses to find pending notifications and asynchronous
 * messages: it must give exactly what a bit-by-bit scan gives.
 */
#include <stdio.h>
#include "priv.h"

#define NBITS	NR_SYS_PROCS
#define WORDS	BITMAP_CHUNKS(NBITS)

static int passed, failed;

/* The obvious scan, to compare with. */
static int slow_next(const bitchunk_t *map, int from, int nbits)
{
	for (; from < nbits; from++)
		if (GET_BIT(map, from))
			return from;
	return nbits;
}

/* Every starting point of one map; one case per map. */
static void check_map(const char *what, const bitchunk_t *map)
{
	int from, want, got;

	for (from = 0; from <= NBITS + 1; from++) {
		want = slow_next(map, from, NBITS);
		got = next_set_bit(map, from, NBITS);
		if (want != got) {
			failed++;
			printf("FAIL %s: from %d gave %d, not %d\n", what, from,
				got, want);
			return;
		}
	}
	passed++;
	printf("ok %s\n", what);
}

static uint32_t rng = 2463534242u;

static uint32_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

int main(void)
{
	bitchunk_t map[WORDS] = { 0 };
	char name[64];
	int i, bit, w;

	check_map("empty", map);
	for (bit = 0; bit < NBITS; bit++) {	/* one bit, everywhere */
		for (w = 0; w < WORDS; w++)
			map[w] = 0;
		SET_BIT(map, bit);
		snprintf(name, sizeof(name), "only_bit_%d", bit);
		check_map(name, map);
	}
	for (w = 0; w < WORDS; w++)
		map[w] = ~(bitchunk_t) 0;
	check_map("full", map);
	for (i = 0; i < 200; i++) {		/* sparse and dense mixes */
		for (w = 0; w < WORDS; w++)
			map[w] = next_random() & next_random()
				& (i % 2 ? next_random() : ~0u);
		snprintf(name, sizeof(name), "random_%d", i);
		check_map(name, map);
	}
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

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

/* Every starting point of one map; false (and why) if one disagrees. */
static bool map_agrees(const bitchunk_t *map)
{
	int from, want, got;

	for (from = 0; from <= NBITS + 1; from++) {
		want = slow_next(map, from, NBITS);
		got = next_set_bit(map, from, NBITS);
		if (want != got) {
			printf("  from %d gave %d, not %d\n", from, got, want);
			return false;
		}
	}
	return true;
}

static void report(const char *what, bool ok)
{
	if (ok)
		passed++;
	else
		failed++;
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
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
	bool ok;
	int i, bit, w;

	report("empty_map", map_agrees(map));
	ok = true;
	for (bit = 0; bit < NBITS && ok; bit++) {	/* one bit, anywhere */
		for (w = 0; w < WORDS; w++)
			map[w] = 0;
		SET_BIT(map, bit);
		ok = map_agrees(map);
	}
	report("every_single_bit", ok);
	for (w = 0; w < WORDS; w++)
		map[w] = ~(bitchunk_t) 0;
	report("full_map", map_agrees(map));
	ok = true;
	for (i = 0; i < 200 && ok; i++) {	/* sparse and dense mixes */
		for (w = 0; w < WORDS; w++)
			map[w] = next_random() & next_random()
				& (i % 2 ? next_random() : ~0u);
		ok = map_agrees(map);
	}
	report("200_random_maps", ok);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

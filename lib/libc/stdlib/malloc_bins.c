/*
 * malloc_bins.c - the free lists of malloc, one per size class.
 *
 * Small chunks (under 64 units, 1 KiB) have a class per size, so any chunk
 * in the class fits.  Larger sizes share a class per quarter of a power of
 * two; within one, the first chunk big enough is taken.  A bitmap of the
 * non-empty classes finds the next class up without walking empty lists.
 *
 * Entry points: __malloc_bin_insert, __malloc_bin_remove, __malloc_bin_take.
 */
#include <stddef.h>
#include <stdint.h>
#include "malloc_impl.h"

#define EXACT_BINS	64
#define NBINS		(EXACT_BINS + 4 * 26)
#define MAP_WORDS	((NBINS + 31) / 32)

static struct free_chunk *bins[NBINS];
static uint32_t nonempty[MAP_WORDS];

/* The size class of a chunk of the given units (at most 2^32 - 1). */
static unsigned int bin_of(size_t units)
{
	unsigned int log;

	if (units < EXACT_BINS)
		return (unsigned int) units;
	log = 31u - (unsigned int) __builtin_clz((uint32_t) units);
	return EXACT_BINS + 4 * (log - 6) + (unsigned int) ((units >> (log - 2)) & 3);
}

/* The first non-empty class at or above b, or NBINS for none. */
static unsigned int next_nonempty(unsigned int b)
{
	while (b < NBINS) {
		uint32_t word = nonempty[b / 32] >> (b % 32);

		if (word != 0)
			return b + (unsigned int) __builtin_ctz(word);
		b = (b / 32 + 1) * 32;
	}
	return NBINS;
}

void __malloc_bin_insert(struct chunk *c)
{
	struct free_chunk *f = (struct free_chunk *) c;
	unsigned int b = bin_of(c->c_size);

	f->fc_prevlink = NULL;
	f->fc_next = bins[b];
	if (bins[b] != NULL)
		bins[b]->fc_prevlink = f;
	bins[b] = f;
	nonempty[b / 32] |= 1u << (b % 32);
}

void __malloc_bin_remove(struct chunk *c)
{
	struct free_chunk *f = (struct free_chunk *) c;
	unsigned int b = bin_of(c->c_size);

	if (f->fc_prevlink != NULL)
		f->fc_prevlink->fc_next = f->fc_next;
	else
		bins[b] = f->fc_next;
	if (f->fc_next != NULL)
		f->fc_next->fc_prevlink = f->fc_prevlink;
	if (bins[b] == NULL)
		nonempty[b / 32] &= ~(1u << (b % 32));
}

/* Unlinks and answers a free chunk of at least units, or NULL. */
struct chunk *__malloc_bin_take(size_t units)
{
	unsigned int b = bin_of(units);
	struct free_chunk *f;

	/* Only the request's own class can hold chunks that are too small. */
	for (f = bins[b]; f != NULL; f = f->fc_next) {
		if (f->fc_hdr.c_size >= units)
			break;
	}
	if (f == NULL) {
		b = next_nonempty(b + 1);
		if (b == NBINS)
			return NULL;
		f = bins[b];
	}
	__malloc_bin_remove(&f->fc_hdr);
	return &f->fc_hdr;
}

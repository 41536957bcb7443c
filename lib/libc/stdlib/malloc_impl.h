/*
 * malloc_impl.h - the heap's layout, shared by the files of malloc.
 *
 * The heap is one or more regions obtained from sbrk().  A region is a
 * run of chunks ending in a sentinel header.  Every chunk starts with a
 * 16-byte header, so the memory handed out (just after it) is 16-byte
 * aligned, and sizes are kept in units of 16 bytes.  Each header records
 * its own size and its predecessor's, so a freed chunk can find both
 * neighbours and merge with the free ones: no two free chunks are ever
 * adjacent.  Free chunks sit on size-class lists ("bins") through links
 * kept in their first payload bytes.
 *
 * The magic word says what a header is, which lets free() and realloc()
 * refuse a pointer that malloc never gave out or that is already free.
 */
#ifndef _MALLOC_IMPL_H
#define _MALLOC_IMPL_H

#include <stddef.h>
#include <stdint.h>

#define UNIT		16		/* alignment and size granule */
#define MIN_UNITS	2		/* header + the free list links */

#define MAGIC_USED	0xa110c8edu
#define MAGIC_FREE	0xf4eef4eeu
#define MAGIC_END	0xe4d0e4d0u	/* the sentinel that ends a region */
#define MAGIC_DEAD	0u		/* a header merged into its neighbour */

struct chunk {
	uint32_t c_prev;	/* units in the chunk before; 0: region start */
	uint32_t c_size;	/* units in this chunk, header included */
	uint32_t c_magic;
	uint32_t c_spare;
};

/* A free chunk: the header, then the links of its bin's list. */
struct free_chunk {
	struct chunk fc_hdr;
	struct free_chunk *fc_next;
	struct free_chunk *fc_prevlink;
};

_Static_assert(sizeof(struct chunk) == UNIT, "chunk header is one unit");
_Static_assert(sizeof(struct free_chunk) <= MIN_UNITS * UNIT,
    "a free chunk fits in the smallest chunk");

static inline struct chunk *chunk_next(struct chunk *c)
{
	return (struct chunk *) (void *) ((char *) c + (size_t) c->c_size * UNIT);
}

static inline struct chunk *chunk_prev(struct chunk *c)
{
	return (struct chunk *) (void *) ((char *) c - (size_t) c->c_prev * UNIT);
}

static inline void *chunk_payload(struct chunk *c)
{
	return (char *) c + UNIT;
}

/* bins.c: the free lists. */
void __malloc_bin_insert(struct chunk *c);
void __malloc_bin_remove(struct chunk *c);
struct chunk *__malloc_bin_take(size_t units);

/* heap.c: chunks and regions. */
size_t __malloc_units(size_t bytes);
struct chunk *__malloc_take(size_t units);
void __malloc_release(struct chunk *c);
void __malloc_trim(struct chunk *c, size_t units);
int __malloc_extend(struct chunk *c, size_t units);
struct chunk *__malloc_chunk_of(void *p);

#endif

/*
 * malloc_heap.c - the chunks of malloc's heap: carving, merging, growing
 * with sbrk(), and checking pointers handed back.
 *
 * Entry points: __malloc_units, __malloc_take, __malloc_release,
 * __malloc_trim, __malloc_extend, __malloc_chunk_of.  The layout is
 * described in malloc_impl.h.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include "../include/libc_sys.h"
#include "malloc_impl.h"

/* Ask sbrk() for at least this much at a time, to make few calls. */
#define GROW_MIN	(64 * 1024)
/* Largest chunk: sizes are kept in 32 bits of units, with room to add. */
#define MAX_UNITS	((size_t) UINT32_MAX / 2)

static struct chunk *last_end;	/* the sentinel of the newest region */
static uintptr_t heap_lo;	/* lowest and highest addresses of any */
static uintptr_t heap_hi;	/* region, for checking pointers */

/* The units of a chunk holding bytes, or 0 if too large to try. */
size_t __malloc_units(size_t bytes)
{
	size_t units;

	if (bytes > MAX_UNITS * UNIT - UNIT)
		return 0;
	units = (bytes + UNIT + UNIT - 1) / UNIT;
	return units < MIN_UNITS ? MIN_UNITS : units;
}

static void set_end(struct chunk *end, uint32_t prev)
{
	end->c_prev = prev;
	end->c_size = 0;
	end->c_magic = MAGIC_END;
}

/*
 * Gets memory for a chunk of at least units from sbrk() and frees it into
 * the bins.  Memory that follows the last region continues it (its old
 * sentinel becomes the new chunk's header); otherwise it starts a region.
 */
static int grow(size_t units)
{
	size_t bytes = units * UNIT + UNIT;	/* the chunk and a sentinel */
	char *base, *want;
	struct chunk *c;
	size_t pad;

	if (bytes < GROW_MIN)
		bytes = GROW_MIN;
	want = last_end != NULL ? (char *) last_end + UNIT : NULL;
	base = sbrk(0);
	if (base == (char *) -1)
		return -1;
	pad = (UNIT - (uintptr_t) base % UNIT) % UNIT;
	if (base != want)
		bytes += UNIT;			/* a fresh region: its sentinel */
	if (bytes + pad > (size_t) INTPTR_MAX ||
	    sbrk((intptr_t) (bytes + pad)) == (void *) -1)
		return -1;
	base += pad;
	if (base == want) {
		c = last_end;
		c->c_size = (uint32_t) (bytes / UNIT);
	} else {
		c = (struct chunk *) (void *) base;
		c->c_prev = 0;
		c->c_size = (uint32_t) (bytes / UNIT - 1);
		if (heap_lo == 0 || (uintptr_t) base < heap_lo)
			heap_lo = (uintptr_t) base;
	}
	last_end = chunk_next(c);
	set_end(last_end, c->c_size);
	if ((uintptr_t) last_end + UNIT > heap_hi)
		heap_hi = (uintptr_t) last_end + UNIT;
	c->c_magic = MAGIC_USED;
	__malloc_release(c);
	return 0;
}

/* Splits off what c has beyond units as a free chunk. */
void __malloc_trim(struct chunk *c, size_t units)
{
	struct chunk *rest;

	if (c->c_size - units < MIN_UNITS)
		return;
	rest = (struct chunk *) (void *) ((char *) c + units * UNIT);
	rest->c_prev = (uint32_t) units;
	rest->c_size = (uint32_t) (c->c_size - units);
	rest->c_magic = MAGIC_USED;
	c->c_size = (uint32_t) units;
	chunk_next(rest)->c_prev = rest->c_size;
	__malloc_release(rest);
}

/* A chunk of exactly units (or a little more), marked in use; or NULL. */
struct chunk *__malloc_take(size_t units)
{
	struct chunk *c = __malloc_bin_take(units);

	if (c == NULL) {
		if (grow(units) != 0)
			return NULL;
		c = __malloc_bin_take(units);
	}
	c->c_magic = MAGIC_USED;
	__malloc_trim(c, units);
	return c;
}

/* Frees chunk c, merging it with free neighbours. */
void __malloc_release(struct chunk *c)
{
	struct chunk *next = chunk_next(c);

	if (next->c_magic == MAGIC_FREE) {
		__malloc_bin_remove(next);
		c->c_size += next->c_size;
		next->c_magic = MAGIC_DEAD;
	}
	if (c->c_prev != 0 && chunk_prev(c)->c_magic == MAGIC_FREE) {
		struct chunk *prev = chunk_prev(c);

		__malloc_bin_remove(prev);
		prev->c_size += c->c_size;
		c->c_magic = MAGIC_DEAD;
		c = prev;
	}
	c->c_magic = MAGIC_FREE;
	chunk_next(c)->c_prev = c->c_size;
	__malloc_bin_insert(c);
}

/* Grows c in place to at least units by taking a free successor. */
int __malloc_extend(struct chunk *c, size_t units)
{
	struct chunk *next = chunk_next(c);

	if (next->c_magic != MAGIC_FREE || c->c_size + next->c_size < units)
		return -1;
	__malloc_bin_remove(next);
	c->c_size += next->c_size;
	next->c_magic = MAGIC_DEAD;
	chunk_next(c)->c_prev = c->c_size;
	__malloc_trim(c, units);
	return 0;
}

/*
 * The chunk of a pointer malloc gave out.  Anything else - a pointer
 * outside the heap or inside a block, a block already freed, a header
 * whose neighbour disagrees with it - is a bug in the caller that would
 * corrupt the heap if ignored, so it aborts the program.
 */
struct chunk *__malloc_chunk_of(void *p)
{
	uintptr_t a = (uintptr_t) p;
	struct chunk *c;

	if (a % UNIT != 0 || a < heap_lo + UNIT || a >= heap_hi)
		abort();
	c = (struct chunk *) (void *) ((char *) p - UNIT);
	if (c->c_magic != MAGIC_USED || c->c_size < MIN_UNITS ||
	    (uintptr_t) chunk_next(c) >= heap_hi ||
	    chunk_next(c)->c_prev != c->c_size)
		abort();
	return c;
}

/*
 * malloc.c - malloc(), free(), calloc() and realloc().
 *
 * The heap itself is in malloc_heap.c; these check arguments and decide
 * when a block can grow or shrink where it is.  Blocks are 16-byte
 * aligned.  malloc(0) and realloc(p, 0) answer a unique smallest block.
 */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "malloc_impl.h"

void *malloc(size_t size)
{
	size_t units = __malloc_units(size);
	struct chunk *c;

	if (units == 0 || (c = __malloc_take(units)) == NULL) {
		errno = ENOMEM;
		return NULL;
	}
	return chunk_payload(c);
}

void free(void *ptr)
{
	if (ptr != NULL)
		__malloc_release(__malloc_chunk_of(ptr));
}

void *calloc(size_t nmemb, size_t size)
{
	void *p;

	if (size != 0 && nmemb > SIZE_MAX / size) {
		errno = ENOMEM;
		return NULL;
	}
	p = malloc(nmemb * size);
	if (p != NULL)
		memset(p, 0, nmemb * size);
	return p;
}

/* Resizes in place when the block shrinks or its successor is free. */
void *realloc(void *ptr, size_t size)
{
	struct chunk *c;
	size_t units;
	void *p;

	if (ptr == NULL)
		return malloc(size);
	c = __malloc_chunk_of(ptr);
	units = __malloc_units(size);
	if (units == 0) {
		errno = ENOMEM;
		return NULL;
	}
	if (units <= c->c_size) {
		__malloc_trim(c, units);
		return ptr;
	}
	if (__malloc_extend(c, units) == 0)
		return ptr;
	p = malloc(size);
	if (p != NULL) {
		memcpy(p, ptr, (size_t) (c->c_size - 1) * UNIT);
		free(ptr);
	}
	return p;
}

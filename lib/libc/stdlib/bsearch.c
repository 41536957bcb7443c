/*
 * bsearch.c - binary search of a sorted array.
 */
#include <stdlib.h>

void *bsearch(const void *key, const void *base, size_t nmemb, size_t size,
    int (*compar)(const void *, const void *))
{
	const char *lo = base;

	/* The key, if present, lies within the nmemb elements from lo. */
	while (nmemb > 0) {
		const char *mid = lo + (nmemb / 2) * size;
		int d = compar(key, mid);

		if (d == 0)
			return (void *) mid;
		if (d > 0) {
			lo = mid + size;
			nmemb -= nmemb / 2 + 1;
		} else {
			nmemb /= 2;
		}
	}
	return NULL;
}

/*
 * qsort.c - sort an array: introsort.
 *
 * Quicksort with a median as pivot (see choose_pivot), a partition that
 * stops on keys equal to the pivot (so runs of equal keys split evenly),
 * and insertion sort for short ranges.  If the recursion grows deeper than
 * twice log2(n) - adversarial input - the range is finished by heapsort,
 * so the worst case is O(n log n).  The sort is not stable.
 */
#include <stdint.h>
#include <stdlib.h>

#define SMALL	12	/* ranges this short get insertion sort */

typedef int (*cmp_fn)(const void *, const void *);

struct sort {
	size_t size;
	cmp_fn cmp;
	int wordwise;	/* elements are whole, aligned longs */
};

static void swap(const struct sort *s, char *a, char *b)
{
	if (a == b)
		return;
	if (s->wordwise) {
		long *p = (long *) (void *) a, *q = (long *) (void *) b;

		for (size_t n = s->size / sizeof(long); n > 0; n--) {
			long t = *p;
			*p++ = *q;
			*q++ = t;
		}
	} else {
		for (size_t n = s->size; n > 0; n--) {
			char t = *a;
			*a++ = *b;
			*b++ = t;
		}
	}
}

static void insertion_sort(const struct sort *s, char *base, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		char *p = base + i * s->size;

		for (; p > base && s->cmp(p - s->size, p) > 0; p -= s->size)
			swap(s, p - s->size, p);
	}
}

/* Moves element i down the heap of n elements until it is in order. */
static void sift_down(const struct sort *s, char *base, size_t i, size_t n)
{
	for (;;) {
		size_t child = 2 * i + 1;

		if (child >= n)
			return;
		if (child + 1 < n &&
		    s->cmp(base + child * s->size, base + (child + 1) * s->size) < 0)
			child++;
		if (s->cmp(base + i * s->size, base + child * s->size) >= 0)
			return;
		swap(s, base + i * s->size, base + child * s->size);
		i = child;
	}
}

static void heap_sort(const struct sort *s, char *base, size_t n)
{
	for (size_t i = n / 2; i > 0; i--)
		sift_down(s, base, i - 1, n);
	for (size_t end = n - 1; end > 0; end--) {
		swap(s, base, base + end * s->size);
		sift_down(s, base, 0, end);
	}
}

/* The median of three elements. */
static char *median3(const struct sort *s, char *a, char *b, char *c)
{
	if (s->cmp(a, b) < 0) {
		if (s->cmp(b, c) < 0)
			return b;
		return s->cmp(a, c) < 0 ? c : a;
	}
	if (s->cmp(b, c) > 0)
		return b;
	return s->cmp(a, c) > 0 ? c : a;
}

/*
 * Puts a pivot at base[0]: the median of first, middle and last element,
 * or for long ranges the median of three such medians (Tukey's ninther),
 * which copes with inputs such as organ pipes.
 */
static void choose_pivot(const struct sort *s, char *base, size_t n)
{
	char *lo = base, *mid = base + (n / 2) * s->size;
	char *hi = base + (n - 1) * s->size;

	if (n > 40) {
		size_t d = (n / 8) * s->size;

		lo = median3(s, lo, lo + d, lo + 2 * d);
		mid = median3(s, mid - d, mid, mid + d);
		hi = median3(s, hi - 2 * d, hi - d, hi);
	}
	swap(s, base, median3(s, lo, mid, hi));
}

/* Partitions around base[0]; answers the pivot's final index. */
static size_t partition(const struct sort *s, char *base, size_t n)
{
	size_t i = 1, j = n - 1;

	for (;;) {
		while (i <= j && s->cmp(base + i * s->size, base) < 0)
			i++;
		while (i <= j && s->cmp(base + j * s->size, base) > 0)
			j--;
		if (i >= j)
			break;
		swap(s, base + i * s->size, base + j * s->size);
		i++;
		j--;
	}
	swap(s, base, base + j * s->size);
	return j;
}

/* Recurses into the smaller side and loops on the larger one. */
static void sort_range(const struct sort *s, char *base, size_t n, int depth)
{
	while (n > SMALL) {
		size_t p;

		if (depth-- == 0) {
			heap_sort(s, base, n);
			return;
		}
		choose_pivot(s, base, n);
		p = partition(s, base, n);
		if (p < n - p - 1) {
			sort_range(s, base, p, depth);
			base += (p + 1) * s->size;
			n -= p + 1;
		} else {
			sort_range(s, base + (p + 1) * s->size, n - p - 1, depth);
			n = p;
		}
	}
	insertion_sort(s, base, n);
}

void qsort(void *base, size_t nmemb, size_t size,
    int (*compar)(const void *, const void *))
{
	struct sort s = { size, compar, 0 };
	int depth = 0;

	if (nmemb < 2 || size == 0)
		return;
	s.wordwise = size % sizeof(long) == 0 &&
	    (uintptr_t) base % sizeof(long) == 0;
	for (size_t n = nmemb; n > 1; n >>= 1)
		depth += 2;
	sort_range(&s, base, nmemb, depth);
}

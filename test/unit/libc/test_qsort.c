/*
 * test_qsort.c - qsort() and bsearch().  qsort must sort any input for
 * any element size, and stay O(n log n) on the inputs that make a naive
 * quicksort quadratic: sorted, reversed, all equal, organ pipe, and
 * McIlroy's adversary, which invents the values as the sort compares.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static long compares;

static int cmp_int(const void *a, const void *b)
{
	int x = *(const int *) a, y = *(const int *) b;

	compares++;
	return (x > y) - (x < y);
}

static uint64_t rng = 0x853c49e6748fea9bULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int is_sorted(const int *a, size_t n)
{
	for (size_t i = 1; i < n; i++) {
		if (a[i - 1] > a[i])
			return 0;
	}
	return 1;
}

static void test_random(void)
{
	static int a[5000];

	t_begin("random arrays of every size up to 300, and 5000");
	for (size_t k = 0; k <= 301; k++) {
		size_t n = k <= 300 ? k : 5000;
		long sum = 0, sum2 = 0;

		for (size_t i = 0; i < n; i++) {
			a[i] = (int) (next_random() % (n / 2 + 1));
			sum += a[i];
		}
		rs_qsort(a, n, sizeof(int), cmp_int);
		for (size_t i = 0; i < n; i++)
			sum2 += a[i];
		if (!is_sorted(a, n) || sum != sum2)
			t_fail("n=%zu", n);
	}
	t_end();
}

/* Sorts n ints filled by fill; checks order and the comparison count. */
static void shaped(const char *name, int (*fill)(size_t i, size_t n))
{
	enum { N = 100000 };
	static int a[N];
	double bound = 3.0 * N * log2(N);

	for (size_t i = 0; i < N; i++)
		a[i] = fill(i, N);
	compares = 0;
	rs_qsort(a, N, sizeof(int), cmp_int);
	t_check(name, is_sorted(a, N) && compares < bound,
	    "sorted %d, %ld compares (bound %.0f)", is_sorted(a, N), compares,
	    bound);
}

static int fill_sorted(size_t i, size_t n)	{ return (int) i; }
static int fill_reversed(size_t i, size_t n)	{ return (int) (n - i); }
static int fill_equal(size_t i, size_t n)	{ return 7; }
static int fill_pipe(size_t i, size_t n)	{ return (int) (i < n / 2 ? i : n - i); }
static int fill_few(size_t i, size_t n)		{ return (int) (i % 3); }
static int fill_sawtooth(size_t i, size_t n)	{ return (int) (i % 1000); }

/*
 * McIlroy's adversary ("A Killer Adversary for Quicksort", 1999): every
 * value starts as "gas", greater than any solid value.  When two gas
 * values meet, the one that looks like the pivot is frozen to the next
 * solid value, which makes each partition as uneven as possible.
 */
static int *adv_val;
static int adv_gas, adv_nsolid, adv_candidate;

static int adv_freeze(int x)
{
	return adv_val[x] = adv_nsolid++;
}

static int cmp_adversary(const void *a, const void *b)
{
	int x = *(const int *) a, y = *(const int *) b;

	compares++;
	if (adv_val[x] == adv_gas && adv_val[y] == adv_gas)
		adv_freeze(x == adv_candidate ? x : y);
	if (adv_val[x] == adv_gas)
		adv_candidate = x;
	else if (adv_val[y] == adv_gas)
		adv_candidate = y;
	return adv_val[x] - adv_val[y];
}

static void test_adversary(void)
{
	enum { N = 20000 };
	static int idx[N], val[N];
	/* Introsort's worst: 2 log n levels of partitions, then heapsort.
	 * A quadratic sort would need about N * N / 4 = 10^8 compares. */
	double bound = 5.0 * N * log2(N);

	adv_val = val;
	adv_gas = N - 1;
	adv_nsolid = 0;
	adv_candidate = 0;
	for (int i = 0; i < N; i++) {
		idx[i] = i;
		val[i] = adv_gas;
	}
	compares = 0;
	rs_qsort(idx, N, sizeof(int), cmp_adversary);
	t_check("McIlroy's adversary stays n log n", compares < bound,
	    "%ld compares (bound %.0f)", compares, bound);
}

struct rec {
	char name[13];
	int key;
	double pad;
};

static int cmp_rec(const void *a, const void *b)
{
	const struct rec *x = a, *y = b;

	return (x->key > y->key) - (x->key < y->key);
}

static int cmp_byte(const void *a, const void *b)
{
	return *(const unsigned char *) a - *(const unsigned char *) b;
}

static int cmp_three(const void *a, const void *b)
{
	return memcmp(a, b, 3);
}

static void test_sizes(void)
{
	static struct rec r[500];
	unsigned char bytes[1000], triples[300 * 3];
	int ok = 1;

	for (int i = 0; i < 500; i++) {
		r[i].key = (int) (next_random() % 1000);
		snprintf(r[i].name, sizeof(r[i].name), "k%d", r[i].key);
	}
	rs_qsort(r, 500, sizeof(r[0]), cmp_rec);
	for (int i = 0; i < 500; i++) {
		char want[13];

		snprintf(want, sizeof(want), "k%d", r[i].key);
		ok &= strcmp(r[i].name, want) == 0 && (i == 0 || r[i - 1].key <= r[i].key);
	}
	t_check("structures keep their fields together", ok, "broken");
	for (int i = 0; i < 1000; i++)
		bytes[i] = (unsigned char) next_random();
	rs_qsort(bytes, 1000, 1, cmp_byte);
	ok = 1;
	for (int i = 1; i < 1000; i++)
		ok &= bytes[i - 1] <= bytes[i];
	t_check("one-byte elements", ok, "unsorted");
	for (int i = 0; i < 900; i++)
		triples[i] = (unsigned char) (next_random() % 4);
	rs_qsort(triples, 300, 3, cmp_three);
	ok = 1;
	for (int i = 1; i < 300; i++)
		ok &= memcmp(triples + 3 * (i - 1), triples + 3 * i, 3) <= 0;
	t_check("three-byte elements", ok, "unsorted");
}

static void test_bsearch(void)
{
	int a[101];

	t_begin("bsearch finds each element and misses the gaps");
	for (int n = 0; n <= 100; n++) {
		for (int i = 0; i < n; i++)
			a[i] = 2 * i;
		for (int k = -1; k <= 2 * n; k++) {
			int *p = rs_bsearch(&k, a, (size_t) n, sizeof(int), cmp_int);

			if (k % 2 == 0 && k >= 0 && k < 2 * n ? p != &a[k / 2] : p != NULL)
				t_fail("n=%d key=%d", n, k);
		}
	}
	t_end();
}

int main(void)
{
	fake_files_reset();
	test_random();
	shaped("sorted input", fill_sorted);
	shaped("reversed input", fill_reversed);
	shaped("all equal", fill_equal);
	shaped("organ pipe", fill_pipe);
	shaped("three distinct values", fill_few);
	shaped("sawtooth", fill_sawtooth);
	test_adversary();
	test_sizes();
	test_bsearch();
	return t_done();
}

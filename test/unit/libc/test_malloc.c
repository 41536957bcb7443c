/*
 * test_malloc.c - the allocator: alignment, malloc(0), calloc's zeroing
 * and overflow check, realloc keeping contents, freed memory coming back
 * (coalescing), large blocks, exhaustion, a heap the break skips over,
 * and a stress run of 100,000 random operations that checks every
 * block's contents.  Freeing twice or freeing a pointer malloc never gave
 * must abort().
 */
#include <setjmp.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static uint64_t rng = 0x2545f4914f6cdd1dULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static void test_basics(void)
{
	void *a = rs_malloc(0), *b = rs_malloc(0);
	char *p;

	t_check("malloc(0) gives distinct blocks", a != NULL && b != NULL &&
	    a != b, "%p %p", a, b);
	rs_free(a);
	rs_free(b);
	rs_free(NULL);
	t_check("free(NULL) is harmless", 1, "x");

	t_begin("blocks are 16-byte aligned");
	for (size_t n = 1; n < 2000; n += 7) {
		void *q = rs_malloc(n);

		if (q == NULL || (uintptr_t) q % 16 != 0)
			t_fail("malloc(%zu) = %p", n, q);
		memset(q, 0xee, n);
		rs_free(q);
	}
	t_end();

	p = rs_malloc(100);
	memset(p, 0xaa, 100);
	rs_free(p);
	p = rs_calloc(25, 4);
	t_begin("calloc zeroes reused memory");
	for (int i = 0; i < 100; i++) {
		if (p[i] != 0)
			t_fail("byte %d is %d", i, p[i]);
	}
	t_end();
	rs_free(p);

	rs_errno = 0;
	t_check("calloc overflow", rs_calloc(SIZE_MAX / 2 + 1, 2) == NULL &&
	    rs_errno == RS_ENOMEM, "errno %d", rs_errno);
	rs_errno = 0;
	t_check("calloc product just past SIZE_MAX",
	    rs_calloc(SIZE_MAX / 3 + 1, 3) == NULL && rs_errno == RS_ENOMEM,
	    "errno %d", rs_errno);
	rs_errno = 0;
	t_check("malloc(SIZE_MAX)", rs_malloc(SIZE_MAX) == NULL &&
	    rs_errno == RS_ENOMEM, "errno %d", rs_errno);
	rs_errno = 0;
	t_check("malloc beyond the arena", rs_malloc(FAKE_ARENA * 2) == NULL &&
	    rs_errno == RS_ENOMEM, "errno %d", rs_errno);
	p = rs_malloc(64);
	t_check("malloc works after running out", p != NULL, "NULL");
	rs_free(p);
}

static void test_realloc(void)
{
	char *p = rs_realloc(NULL, 10), *q;
	int ok = 1;

	t_check("realloc(NULL) mallocs", p != NULL, "NULL");
	for (int i = 0; i < 10; i++)
		p[i] = (char) i;
	p = rs_realloc(p, 100000);
	for (int i = 0; i < 10; i++)
		ok &= p[i] == (char) i;
	t_check("realloc grows keeping contents", ok, "changed");
	memset(p, 'r', 100000);
	p = rs_realloc(p, 50);
	ok = p != NULL;
	for (int i = 0; ok && i < 50; i++)
		ok &= p[i] == 'r';
	t_check("realloc shrinks keeping contents", ok, "changed");
	q = rs_realloc(p, 60);
	t_check("realloc grows in place into freed space", q == p, "moved");
	p = rs_realloc(q, 0);
	t_check("realloc to 0 gives a block", p != NULL, "NULL");
	rs_free(p);
}

/* Freed neighbours merge: their memory serves one larger request. */
static void test_coalescing(void)
{
	void *blocks[1000];
	size_t before;
	void *big;

	for (int i = 0; i < 1000; i++)
		blocks[i] = rs_malloc(1000);
	before = fake_sbrk_used();
	for (int i = 0; i < 1000; i += 2)
		rs_free(blocks[i]);
	for (int i = 1; i < 1000; i += 2)
		rs_free(blocks[i]);
	big = rs_malloc(900000);
	t_check("freed blocks coalesce", big != NULL &&
	    fake_sbrk_used() == before, "heap grew by %zu",
	    fake_sbrk_used() - before);
	rs_free(big);
}

static void test_large(void)
{
	size_t n = 8 * 1024 * 1024;
	unsigned char *p = rs_malloc(n);
	int ok = p != NULL;
	size_t before;

	if (ok) {
		for (size_t i = 0; i < n; i += 4096)
			p[i] = (unsigned char) (i >> 12);
		for (size_t i = 0; i < n; i += 4096)
			ok &= p[i] == (unsigned char) (i >> 12);
	}
	t_check("8 MiB block", ok, "failed");
	rs_free(p);
	before = fake_sbrk_used();
	p = rs_malloc(n);
	t_check("freed large block is reused", p != NULL &&
	    fake_sbrk_used() == before, "heap grew");
	rs_free(p);
}

/* Someone else moves the break between our calls: a new region. */
static void test_gap(void)
{
	void *a, *b, *c;

	a = rs_malloc(200000);
	fake_sbrk_steal(12345);
	b = rs_malloc(300000);
	c = rs_malloc(200);
	t_check("heap continues past a foreign sbrk", a != NULL && b != NULL &&
	    c != NULL && (uintptr_t) b % 16 == 0, "%p %p %p", a, b, c);
	rs_free(a);
	rs_free(b);
	rs_free(c);
}

/* Runs f; answers whether it ended in abort() (status 134). */
static int aborts(void (*f)(void *), void *arg)
{
	jmp_buf jb;
	int before = fake_abort_count;

	fake_exit_status = -1;
	fake_exit_jump = &jb;
	if (setjmp(jb) == 0)
		f(arg);
	fake_exit_jump = NULL;
	return fake_abort_count == before + 1 && fake_exit_status == 134;
}

static void call_free(void *p)
{
	rs_free(p);
}

static void call_realloc(void *p)
{
	(void) rs_realloc(p, 10);
}

static void test_bad_frees(void)
{
	char *p = rs_malloc(64), *q = rs_malloc(64);
	char local[32];

	rs_free(p);
	t_check("double free aborts", aborts(call_free, p), "did not");
	t_check("free inside a block aborts", aborts(call_free, q + 16),
	    "did not");
	t_check("free of a misaligned pointer aborts", aborts(call_free, q + 3),
	    "did not");
	t_check("free of a stack address aborts", aborts(call_free, local),
	    "did not");
	t_check("realloc of a freed block aborts", aborts(call_realloc, p),
	    "did not");
	rs_free(q);
	t_check("heap still works after the checks", rs_malloc(10) != NULL,
	    "NULL");
}

/* Each slot's block is filled with a byte derived from the slot and size. */
static int check_fill(const unsigned char *p, size_t n, unsigned char v)
{
	for (size_t i = 0; i < n; i++) {
		if (p[i] != v)
			return 0;
	}
	return 1;
}

static void test_stress(void)
{
	enum { SLOTS = 1000, OPS = 100000 };
	static unsigned char *ptr[SLOTS];
	static size_t len[SLOTS];
	static unsigned char val[SLOTS];

	t_begin("100000 random malloc/realloc/free with contents checked");
	for (int op = 0; op < OPS && !t_failed(); op++) {
		int s = (int) (next_random() % SLOTS);
		uint64_t r = next_random();
		size_t n = r % 16 == 0 ? r / 16 % 70000 : r / 16 % 600;

		if (ptr[s] != NULL && !check_fill(ptr[s], len[s], val[s])) {
			t_fail("op %d: slot %d (%zu bytes) corrupted", op, s, len[s]);
			break;
		}
		switch (r / 7 % 3) {
		case 0:
			rs_free(ptr[s]);
			ptr[s] = rs_malloc(n);
			break;
		case 1: {
			unsigned char *q = rs_realloc(ptr[s], n);

			if (q == NULL) {
				t_fail("op %d: realloc(%zu) failed", op, n);
				continue;
			}
			if (!check_fill(q, n < len[s] ? n : len[s], val[s]))
				t_fail("op %d: realloc lost contents", op);
			ptr[s] = q;
			break;
		}
		default:
			rs_free(ptr[s]);
			ptr[s] = NULL;
			n = 0;
			break;
		}
		if (ptr[s] == NULL && n > 0)
			t_fail("op %d: malloc(%zu) failed", op, n);
		if (ptr[s] != NULL && (uintptr_t) ptr[s] % 16 != 0)
			t_fail("op %d: misaligned %p", op, (void *) ptr[s]);
		len[s] = ptr[s] != NULL ? n : 0;
		val[s] = (unsigned char) (op * 31 + s);
		if (ptr[s] != NULL)
			memset(ptr[s], val[s], n);
	}
	for (int s = 0; s < SLOTS; s++) {
		rs_free(ptr[s]);
		ptr[s] = NULL;
	}
	t_end();
	{
		size_t before = fake_sbrk_used();
		void *all = rs_malloc(before / 2);

		t_check("after the stress run the heap is one free block",
		    all != NULL && fake_sbrk_used() == before, "grew by %zu",
		    fake_sbrk_used() - before);
		rs_free(all);
	}
}

int main(void)
{
	fake_files_reset();
	test_basics();
	test_realloc();
	test_coalescing();
	test_large();
	test_gap();
	test_bad_frees();
	test_stress();
	return t_done();
}

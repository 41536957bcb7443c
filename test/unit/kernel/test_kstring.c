/*
 * test_kstring.c - host tests of the kernel's memcpy, memmove and memset
 * (kernel/arch/i386/string.S), assembled under the names k_memcpy,
 * k_memmove and k_memset into this freestanding i386 Linux program: every
 * length up to 300 at every alignment, overlaps both ways, nothing
 * written outside the range, the direction flag left clear.
 */
#include <stddef.h>
#include <stdint.h>

void *k_memcpy(void *dst, const void *src, size_t n);
void *k_memmove(void *dst, const void *src, size_t n);
void *k_memset(void *dst, int c, size_t n);

#define ROOM	1024
#define MAXLEN	300

static unsigned char buf[ROOM], want[ROOM];
static int passed, failed;

/* --- the little of a C library this needs ---------------------------- */

static long sys3(long nr, long a, long b, long c)
{
	long r;

	__asm__ volatile("int $0x80" : "=a" (r)
		: "a" (nr), "b" (a), "c" (b), "d" (c) : "memory");
	return r;
}

static void say(const char *s)
{
	size_t n = 0;

	while (s[n] != '\0')
		n++;
	sys3(4, 1, (long) s, (long) n);		/* write(1, s, n) */
}

static void say_int(int v)
{
	char digits[12];
	int i = sizeof(digits) - 1;

	digits[i] = '\0';
	do {
		digits[--i] = (char) ('0' + v % 10);
		v /= 10;
	} while (v > 0);
	say(digits + i);
}

static void fill(unsigned char *b, unsigned seed)
{
	for (size_t i = 0; i < ROOM; i++)
		b[i] = (unsigned char) (i * 31 + seed);
}

static int same(void)
{
	for (size_t i = 0; i < ROOM; i++)
		if (buf[i] != want[i])
			return 0;
	return 1;
}

static int direction_flag_clear(void)
{
	uint32_t eflags;

	__asm__ volatile("pushfl; popl %0" : "=r" (eflags));
	return !(eflags & 0x400);
}

/* The obvious copy, through a temporary so that overlaps are right. */
static void model_move(unsigned char *b, size_t d, size_t s, size_t n)
{
	unsigned char tmp[MAXLEN];

	for (size_t i = 0; i < n; i++)
		tmp[i] = b[s + i];
	for (size_t i = 0; i < n; i++)
		b[d + i] = tmp[i];
}

static void report(const char *what, int ok)
{
	if (ok)
		passed++;
	else
		failed++;
	say(ok ? "ok " : "FAIL ");
	say(what);
	say("\n");
}

/* --- the cases --------------------------------------------------------- */

static int copies(void)
{
	for (size_t n = 0; n <= MAXLEN; n++)
		for (size_t d = 0; d < 8; d++)
			for (size_t s = 0; s < 8; s++) {
				fill(buf, n);
				fill(want, n);
				model_move(want, 512 + d, s, n);
				if (k_memcpy(buf + 512 + d, buf + s, n)
				    != buf + 512 + d || !same())
					return 0;
			}
	return direction_flag_clear();
}

/* dst - src from -9 to +9: forwards, backwards and not at all. */
static int moves(void)
{
	for (size_t n = 0; n <= MAXLEN; n++)
		for (int shift = -9; shift <= 9; shift++)
			for (size_t s = 100; s < 104; s++) {
				size_t d = s + shift;
				fill(buf, n + 7);
				fill(want, n + 7);
				model_move(want, d, s, n);
				if (k_memmove(buf + d, buf + s, n) != buf + d
				    || !same())
					return 0;
			}
	return direction_flag_clear();
}

static int sets(void)
{
	for (size_t n = 0; n <= MAXLEN; n++)
		for (size_t d = 0; d < 8; d++) {
			fill(buf, n);
			fill(want, n);
			for (size_t i = 0; i < n; i++)
				want[d + i] = 0xA5;
			if (k_memset(buf + d, 0x1A5, n) != buf + d || !same())
				return 0;
		}
	return direction_flag_clear();
}

/* A caller that left the direction flag set still gets a forward copy. */
static int copies_with_direction_flag_set(void)
{
	fill(buf, 1);
	fill(want, 1);
	model_move(want, 600, 10, 64);
	__asm__ volatile("std");
	k_memcpy(buf + 600, buf + 10, 64);
	__asm__ volatile("cld");
	return same();
}

void _start(void);
void _start(void)
{
	report("memcpy_every_length_and_alignment", copies());
	report("memmove_overlapping_both_ways", moves());
	report("memset_every_length_and_alignment", sets());
	report("memcpy_with_direction_flag_set", copies_with_direction_flag_set());
	say_int(passed);
	say(" passed, ");
	say_int(failed);
	say(" failed\n");
	sys3(1, failed != 0, 0, 0);			/* exit */
	for (;;)
		;
}

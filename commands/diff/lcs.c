/*
 * lcs.c - diff: which lines of two files are not in a longest common
 * subsequence.
 *
 * Myers' O(ND) algorithm in linear space (E. W. Myers, "An O(ND)
 * difference algorithm and its variations", 1986): find the middle
 * snake of the shortest edit path by running the search forward from
 * the start and backward from the end at once, then solve the two
 * halves the same way.  Lines are compared by id (lines.c).  When the
 * search has gone further than about the square root of the lines
 * without meeting (files with little in common), it splits at the
 * furthest point the forward search reached instead: the result is
 * then a correct edit, if not always the shortest, in near linear time.
 *
 * Entry point: lcs_mark.
 */
#include <stdio.h>
#include <stdlib.h>
#include "diff.h"

struct lcs {
	const struct line *a, *b;
	int *vf, *vb;			/* furthest x on each diagonal */
	char *da, *db;
};

struct snake {
	int x0, y0, x1, y1;
};

/* One step d of the forward search over a[a0..a0+n), b[b0..b0+m):
 * 1 with *s set if it met the backward search. */
static int forward(struct lcs *c, int a0, int b0, int n, int m, int d,
    struct snake *s)
{
	int delta = n - m, x, y, xs;

	for (int k = -d; k <= d; k += 2) {
		x = k == -d || (k != d && c->vf[k - 1] < c->vf[k + 1]) ?
		    c->vf[k + 1] : c->vf[k - 1] + 1;
		xs = x;
		for (y = x - k; x < n && y < m &&
		    c->a[a0 + x].id == c->b[b0 + y].id; x++, y++)
			;
		c->vf[k] = x;
		if ((delta & 1) && delta - k >= -(d - 1) &&
		    delta - k <= d - 1 && x + c->vb[delta - k] >= n) {
			*s = (struct snake) { a0 + xs, b0 + xs - k, a0 + x,
			    b0 + y };
			return 1;
		}
	}
	return 0;
}

/* The same backward, from the ends; x counts lines from the end. */
static int backward(struct lcs *c, int a1, int b1, int n, int m, int d,
    struct snake *s)
{
	int delta = n - m, x, y, xs;

	for (int k = -d; k <= d; k += 2) {
		x = k == -d || (k != d && c->vb[k - 1] < c->vb[k + 1]) ?
		    c->vb[k + 1] : c->vb[k - 1] + 1;
		xs = x;
		for (y = x - k; x < n && y < m &&
		    c->a[a1 - 1 - x].id == c->b[b1 - 1 - y].id; x++, y++)
			;
		c->vb[k] = x;
		if (!(delta & 1) && delta - k >= -d && delta - k <= d &&
		    x + c->vf[delta - k] >= n) {
			*s = (struct snake) { a1 - x, b1 - y, a1 - xs,
			    b1 - (xs - k) };
			return 1;
		}
	}
	return 0;
}

/* The search's step limit for n + m lines: about their square root,
 * and at least 256. */
static int too_far(int lines)
{
	int limit = 1;

	while (limit * limit < lines)
		limit *= 2;
	return limit < 256 ? 256 : limit;
}

/* The point in the n x m grid the forward search reached furthest at
 * step d (d >= 1: there is one past the start). */
static struct snake furthest(struct lcs *c, int a0, int b0, int n, int m,
    int d)
{
	int best = 0, score = -1;

	for (int k = -d; k <= d; k += 2)
		if (c->vf[k] <= n && c->vf[k] - k <= m &&
		    2 * c->vf[k] - k > score) {
			best = k;
			score = 2 * c->vf[k] - k;
		}
	return (struct snake) { a0 + c->vf[best], b0 + c->vf[best] - best,
	    a0 + c->vf[best], b0 + c->vf[best] - best };
}

static struct snake middle(struct lcs *c, int a0, int a1, int b0, int b1)
{
	int n = a1 - a0, m = b1 - b0, limit = too_far(n + m);
	struct snake s = { a0, b0, a0, b0 };

	c->vf[1] = 0;
	c->vb[1] = 0;
	for (int d = 0; d <= (n + m + 1) / 2; d++) {
		if (forward(c, a0, b0, n, m, d, &s) ||
		    backward(c, a1, b1, n, m, d, &s))
			break;
		if (d >= limit)
			return furthest(c, a0, b0, n, m, d);
	}
	return s;
}

static void compare(struct lcs *c, int a0, int a1, int b0, int b1)
{
	struct snake s;

	while (a0 < a1 && b0 < b1 && c->a[a0].id == c->b[b0].id)
		a0++, b0++;
	while (a0 < a1 && b0 < b1 && c->a[a1 - 1].id == c->b[b1 - 1].id)
		a1--, b1--;
	if (a0 == a1 || b0 == b1) {
		while (a0 < a1)
			c->da[a0++] = 1;
		while (b0 < b1)
			c->db[b0++] = 1;
		return;
	}
	s = middle(c, a0, a1, b0, b1);
	compare(c, a0, s.x0, b0, s.y0);
	compare(c, s.x1, a1, s.y1, b1);
}

void lcs_mark(const struct file *a, const struct file *b, char *da,
    char *db)
{
	size_t room = 2 * (a->n + b->n) + 5;
	int *vf = malloc(room * sizeof(int)), *vb = malloc(room * sizeof(int));
	struct lcs c = { a->line, b->line, vf + room / 2, vb + room / 2,
	    da, db };

	if (vf == NULL || vb == NULL) {
		fputs("diff: out of memory\n", stderr);
		exit(2);
	}
	compare(&c, 0, (int) a->n, 0, (int) b->n);
	free(vf);
	free(vb);
}

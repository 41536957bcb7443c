/*
 * output.c - diff: the changes written in the format asked for:
 * normal ("2c2", "< old", "---", "> new"), ed script (-e), unified
 * (-u, -U N) or context (-c, -C N).  The last two group changes with
 * their context lines into hunks; changes fewer than twice the context
 * apart share one.  A line that ends a file without a newline is
 * followed by "\ No newline at end of file" (an ed script cannot say
 * so: diff warns instead).
 *
 * Entry point: out_changes.
 */
#include <stdio.h>
#include <time.h>
#include "diff.h"

#define NO_EOL	"\\ No newline at end of file\n"

/* Line i of f with a prefix, and the note if it ends f unfinished. */
static void put_line(const char *prefix, const struct file *f, size_t i)
{
	fputs(prefix, stdout);
	fwrite(f->line[i].s, 1, f->line[i].len, stdout);
	putchar('\n');
	if (f->no_eol && i + 1 == f->n)
		fputs(NO_EOL, stdout);
}

/* count lines from start (0-based) as "FIRST,LAST" (normal, ed and
 * context formats); one line is "LINE", none the line before. */
static void range(size_t start, size_t count)
{
	if (count == 0)
		printf("%zu", start);
	else if (count == 1)
		printf("%zu", start + 1);
	else
		printf("%zu,%zu", start + 1, start + count);
}

/* The same as "FIRST,COUNT" (unified): "LINE" for one, "BEFORE,0" for
 * none. */
static void range_count(size_t start, size_t count)
{
	if (count == 1)
		printf("%zu", start + 1);
	else
		printf("%zu,%zu", count == 0 ? start : start + 1, count);
}

static void normal(const struct file *a, const struct file *b,
    const struct change *c)
{
	range(c->a, c->na);
	putchar(c->na == 0 ? 'a' : c->nb == 0 ? 'd' : 'c');
	range(c->b, c->nb);
	putchar('\n');
	for (size_t i = 0; i < c->na; i++)
		put_line("< ", a, c->a + i);
	if (c->na > 0 && c->nb > 0)
		fputs("---\n", stdout);
	for (size_t i = 0; i < c->nb; i++)
		put_line("> ", b, c->b + i);
}

/* ed: lines to add; a line that is "." alone goes in as ".." and is
 * mended with s/.// once the text is ended. */
static void ed_text(const struct file *b, const struct change *c)
{
	for (size_t i = 0; i < c->nb; i++) {
		const struct line *l = &b->line[c->b + i];
		int dot = l->len == 1 && l->s[0] == '.';

		printf("%s%.*s\n", dot ? "." : "", (int) l->len, l->s);
		if (dot)
			fputs(".\ns/.//\n", stdout);
		if (dot && i + 1 < c->nb)
			fputs("a\n", stdout);
	}
	if (c->nb > 0 && !(b->line[c->b + c->nb - 1].len == 1 &&
	    b->line[c->b + c->nb - 1].s[0] == '.'))
		fputs(".\n", stdout);
}

static void ed(const struct file *b, const struct change *cs, size_t n)
{
	for (size_t i = n; i-- > 0; ) {
		const struct change *c = &cs[i];

		range(c->a, c->na);
		puts(c->na == 0 ? "a" : c->nb == 0 ? "d" : "c");
		ed_text(b, c);
	}
	if (b->no_eol)
		fprintf(stderr, "diff: %s: No newline at end of file\n",
		    b->name);
}

static void header(const char *mark, const struct file *f)
{
	char when[64];
	time_t t = f->st.st_mtime;
	struct tm *tm = gmtime(&t);

	if (tm == NULL || strftime(when, sizeof(when), "%Y-%m-%d %H:%M:%S",
	    tm) == 0)
		when[0] = '\0';
	printf("%s %s\t%s +0000\n", mark, f->name, when);
}

/* The last change of the hunk that starts at cs[i]. */
static size_t hunk_end(const struct change *cs, size_t n, size_t i)
{
	size_t gap = 2 * (size_t) opt.context;

	while (i + 1 < n && cs[i + 1].a - (cs[i].a + cs[i].na) <= gap)
		i++;
	return i;
}

struct hunk {
	size_t a, na, b, nb;		/* the lines shown of each file */
};

static struct hunk hunk_of(const struct file *a, const struct change *first,
    const struct change *last)
{
	size_t ctx = (size_t) opt.context;
	size_t pre = first->a < ctx ? first->a : ctx;
	size_t end = last->a + last->na, post = a->n - end < ctx ?
	    a->n - end : ctx;
	struct hunk h;

	h.a = first->a - pre;
	h.b = first->b - pre;
	h.na = end + post - h.a;
	h.nb = last->b + last->nb + post - h.b;
	return h;
}

static void unified(const struct file *a, const struct file *b,
    const struct change *cs, size_t first, size_t last)
{
	struct hunk h = hunk_of(a, &cs[first], &cs[last]);
	size_t i = h.a, j = h.b;

	fputs("@@ -", stdout);
	range_count(h.a, h.na);
	fputs(" +", stdout);
	range_count(h.b, h.nb);
	fputs(" @@\n", stdout);
	for (size_t k = first; k <= last; k++) {
		for (; i < cs[k].a; i++, j++)
			put_line(" ", a, i);
		for (; i < cs[k].a + cs[k].na; i++)
			put_line("-", a, i);
		for (; j < cs[k].b + cs[k].nb; j++)
			put_line("+", b, j);
	}
	for (; i < h.a + h.na; i++)
		put_line(" ", a, i);
}

/* One side of a context hunk: f's lines from start, count of them,
 * marked by the changes cs[first..last] (which side: is_a). */
static void context_side(const struct file *f, size_t start, size_t count,
    const struct change *cs, size_t first, size_t last, int is_a)
{
	size_t i = start, k = first, at, len;

	while (i < start + count) {
		at = k <= last ? (is_a ? cs[k].a : cs[k].b) : start + count;
		len = k <= last ? (is_a ? cs[k].na : cs[k].nb) : 0;
		for (; i < at; i++)
			put_line("  ", f, i);
		for (; i < at + len; i++)
			put_line(cs[k].na > 0 && cs[k].nb > 0 ? "! " :
			    is_a ? "- " : "+ ", f, i);
		k++;
	}
}

static void context(const struct file *a, const struct file *b,
    const struct change *cs, size_t first, size_t last)
{
	struct hunk h = hunk_of(a, &cs[first], &cs[last]);
	int dels = 0, adds = 0;

	for (size_t k = first; k <= last; k++) {
		dels |= cs[k].na > 0;
		adds |= cs[k].nb > 0;
	}
	fputs("***************\n*** ", stdout);
	range(h.a, h.na);
	fputs(" ****\n", stdout);
	if (dels)
		context_side(a, h.a, h.na, cs, first, last, 1);
	fputs("--- ", stdout);
	range(h.b, h.nb);
	fputs(" ----\n", stdout);
	if (adds)
		context_side(b, h.b, h.nb, cs, first, last, 0);
}

void out_changes(const struct file *a, const struct file *b,
    const struct change *cs, size_t n)
{
	size_t last;

	if (opt.format == FMT_ED) {
		ed(b, cs, n);
		return;
	}
	if (opt.format == FMT_UNIFIED || opt.format == FMT_CONTEXT) {
		header(opt.format == FMT_UNIFIED ? "---" : "***", a);
		header(opt.format == FMT_UNIFIED ? "+++" : "---", b);
	}
	for (size_t i = 0; i < n; i = last + 1) {
		last = opt.format == FMT_NORMAL ? i : hunk_end(cs, n, i);
		if (opt.format == FMT_NORMAL)
			normal(a, b, &cs[i]);
		else if (opt.format == FMT_UNIFIED)
			unified(a, b, cs, i, last);
		else
			context(a, b, cs, i, last);
	}
}

/*
 * regexec.c - regexec(): match a compiled pattern against a string.
 *
 * A backtracking matcher over the node sequences of regex_impl.h.  What
 * is left to match after the current sequence is a stack of
 * continuations kept in the C stack frames (struct cont), so every
 * choice point (alternation, repetition, group boundaries that must be
 * undone) is one recursive call and plain nodes cost none.
 *
 * POSIX asks for the leftmost match and, among those, the longest: from
 * the leftmost start that matches, the search goes on after the first
 * success and keeps the longest, until the string's end is reached or a
 * step budget runs out.  A caller that wants no positions gets the first
 * success.
 *
 * Nested repetitions like \(a*\)*b would take exponential time, so
 * without back-references (which make the past matter) an unbounded
 * repetition outside any other remembers each position it was tried at
 * with its minimum met: from there the rest of the search is the same
 * every time, whatever came before, and has been done once already.
 * A start that failed leaves the marks true for the next start.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "regex_impl.h"

/* Steps a search may go on for after its first success. */
#define EXTRA_STEPS	200000UL

/* The rest of the match: node n, then up.  iter marks a repetition. */
struct cont {
	const struct re_node *n;
	int iter;		/* n is an R_REPEAT after an iteration */
	int count;		/* iter: iterations done, this one included */
	regoff_t start;		/* iter: where this iteration began */
	const struct cont *up;
};

struct mstate {
	const char *s;
	regoff_t len;
	int cflags, eflags;
	regoff_t *cap;		/* group n: cap[2n], cap[2n+1] */
	regoff_t *best;		/* the longest match so far */
	size_t ncap;
	int first_only;		/* stop at the first success */
	int found;
	unsigned long steps, deadline;
	unsigned char *memo;	/* a row of len + 1 bits per memo number */
};

static int match(struct mstate *m, const struct re_node *n, regoff_t pos,
    const struct cont *k);

static int same_char(const struct mstate *m, int a, int b)
{
	if (m->cflags & REG_ICASE)
		return tolower(a) == tolower(b);
	return a == b;
}

/* Whether a one-byte node (R_CHAR, R_ANY, R_SET) takes byte c. */
static int one_char(const struct mstate *m, const struct re_node *n,
    unsigned char c)
{
	switch (n->type) {
	case R_CHAR:
		return same_char(m, c, n->ch);
	case R_ANY:
		return c != '\n' || !(m->cflags & REG_NEWLINE);
	case R_SET:
		return SET_HAS(n->set, c) != 0;
	default:
		return 0;
	}
}

static int at_bol(const struct mstate *m, regoff_t pos)
{
	if (pos == 0)
		return !(m->eflags & REG_NOTBOL);
	return (m->cflags & REG_NEWLINE) && m->s[pos - 1] == '\n';
}

static int at_eol(const struct mstate *m, regoff_t pos)
{
	if (pos == m->len)
		return !(m->eflags & REG_NOTEOL);
	return (m->cflags & REG_NEWLINE) && m->s[pos] == '\n';
}

/* The end of the pattern: remember the match; 1 means stop looking. */
static int accept(struct mstate *m, regoff_t pos)
{
	if (!m->found || pos > m->best[1]) {
		memcpy(m->best, m->cap, m->ncap * sizeof(regoff_t));
		m->best[1] = pos;
		if (!m->found)
			m->deadline = m->steps + EXTRA_STEPS;
		m->found = 1;
	}
	return m->first_only || pos == m->len;
}

/* The length of the back-reference to group g at pos, or -1. */
static regoff_t backref_len(const struct mstate *m, int g, regoff_t pos)
{
	regoff_t so = m->cap[2 * g], eo = m->cap[2 * g + 1], i;

	if (so < 0 || eo < so || pos + (eo - so) > m->len)
		return -1;
	for (i = 0; i < eo - so; i++)
		if (!same_char(m, (unsigned char) m->s[so + i],
		    (unsigned char) m->s[pos + i]))
			return -1;
	return eo - so;
}

/* Records a group boundary, matches the rest, and undoes the record. */
static int group_mark(struct mstate *m, const struct re_node *n,
    regoff_t pos, const struct cont *k)
{
	size_t i = 2 * (size_t) n->arg + (n->type == R_CLOSE);
	regoff_t old = m->cap[i];
	int r;

	m->cap[i] = pos;
	r = match(m, n->next, pos, k);
	m->cap[i] = old;
	return r;
}

static int alternatives(struct mstate *m, const struct re_node *n,
    regoff_t pos, const struct cont *k)
{
	struct cont after = { .n = n->next, .up = k };
	const struct cont *kk = n->next != NULL ? &after : k;
	const struct re_node *a;

	for (a = n; a != NULL; a = a->alt)
		if (match(m, a->child, pos, kk))
			return 1;
	return 0;
}

/* Whether repetition n was tried at pos already; marks it if not. */
static int tried_before(struct mstate *m, const struct re_node *n,
    regoff_t pos)
{
	size_t bit;

	if (m->memo == NULL || n->memo < 0)
		return 0;
	bit = (size_t) n->memo * (size_t) (m->len + 1) + (size_t) pos;
	if (m->memo[bit >> 3] & (1u << (bit & 7)))
		return 1;
	m->memo[bit >> 3] |= (unsigned char) (1u << (bit & 7));
	return 0;
}

/*
 * A repetition after count iterations, the last begun at start: one more
 * if allowed (greedy), else what follows.  An iteration that matched
 * nothing ends the loop, so x** cannot spin; it is a failure unless it
 * was the first or the minimum needed it, so (a*)+ on "aa" keeps "aa"
 * in its group rather than a final empty iteration.
 */
static int repeat(struct mstate *m, const struct re_node *n, int count,
    regoff_t start, regoff_t pos, const struct cont *k)
{
	struct cont again = { .n = n, .iter = 1, .count = count + 1,
	    .start = pos, .up = k };

	if (count > 0 && pos == start) {
		if (count > 1 && count > n->min)
			return 0;
		if (count >= n->min)
			return match(m, n->next, pos, k);
	}
	if (count >= n->min && tried_before(m, n, pos))
		return 0;
	if ((n->max < 0 || count < n->max) && match(m, n->child, pos, &again))
		return 1;
	return count >= n->min && match(m, n->next, pos, k);
}

/* A repetition of one byte matcher: take the longest run, then back off. */
static int repeat_simple(struct mstate *m, const struct re_node *n,
    regoff_t pos, const struct cont *k)
{
	regoff_t run = 0;

	while ((n->max < 0 || run < n->max) && pos + run < m->len &&
	    one_char(m, n->child, (unsigned char) m->s[pos + run]))
		run++;
	for (; run >= n->min; run--)
		if (match(m, n->next, pos + run, k))
			return 1;
	return 0;
}

static int is_simple_repeat(const struct re_node *n)
{
	const struct re_node *c = n->child;

	return c != NULL && c->next == NULL &&
	    (c->type == R_CHAR || c->type == R_ANY || c->type == R_SET);
}

/* Matches node n and what follows it; 1 means stop the search. */
static int match(struct mstate *m, const struct re_node *n, regoff_t pos,
    const struct cont *k)
{
	regoff_t len;

	for (;;) {
		if (++m->steps > m->deadline && m->found)
			return 1;
		if (n == NULL) {
			if (k == NULL)
				return accept(m, pos);
			if (k->iter)
				return repeat(m, k->n, k->count, k->start,
				    pos, k->up);
			n = k->n;
			k = k->up;
			continue;
		}
		switch (n->type) {
		case R_CHAR:
		case R_ANY:
		case R_SET:
			if (pos >= m->len ||
			    !one_char(m, n, (unsigned char) m->s[pos]))
				return 0;
			pos++;
			break;
		case R_BOL:
			if (!at_bol(m, pos))
				return 0;
			break;
		case R_EOL:
			if (!at_eol(m, pos))
				return 0;
			break;
		case R_BACKREF:
			len = backref_len(m, n->arg, pos);
			if (len < 0)
				return 0;
			pos += len;
			break;
		case R_OPEN:
		case R_CLOSE:
			return group_mark(m, n, pos, k);
		case R_ALT:
			return alternatives(m, n, pos, k);
		case R_REPEAT:
			if (is_simple_repeat(n))
				return repeat_simple(m, n, pos, k);
			return repeat(m, n, 0, -1, pos, k);
		}
		n = n->next;
	}
}

/* The next start worth trying: a pattern that begins with a literal
 * byte can skip to that byte. */
static regoff_t next_start(const struct mstate *m, const struct re_node *n,
    regoff_t from)
{
	const char *hit;

	if (n == NULL || n->type != R_CHAR || (m->cflags & REG_ICASE))
		return from;
	hit = memchr(m->s + from, n->ch, (size_t) (m->len - from));
	return hit != NULL ? hit - m->s : m->len + 1;
}

/* Tries each start from the left; 1 with m->best filled if one matches. */
static int search(struct mstate *m, const struct re_node *start)
{
	regoff_t from;
	size_t i;
	int anchored = start != NULL && start->type == R_BOL &&
	    !(m->cflags & REG_NEWLINE);

	for (from = 0; from <= m->len; from++) {
		from = next_start(m, start, from);
		if (from > m->len || (anchored && from > 0))
			break;
		for (i = 0; i < m->ncap; i++)
			m->cap[i] = -1;
		m->cap[0] = from;
		m->steps = 0;
		match(m, start, from, NULL);
		if (m->found)
			return 1;
	}
	return 0;
}

int regexec(const regex_t *restrict re, const char *restrict string,
    size_t nmatch, regmatch_t pmatch[restrict], int eflags)
{
	const struct re_prog *prog = re->re_prog;
	struct mstate m = { .s = string, .cflags = re->re_cflags,
	    .eflags = eflags };
	regoff_t small[2 * 2 * 10];
	size_t i;
	int found;

	if (prog == NULL)
		return REG_BADPAT;
	if (re->re_cflags & REG_NOSUB)
		nmatch = 0;
	m.len = (regoff_t) strlen(string);
	m.ncap = 2 * (re->re_nsub + 1);
	m.first_only = nmatch == 0;
	m.cap = m.ncap <= 20 ? small : malloc(2 * m.ncap * sizeof(regoff_t));
	if (m.cap == NULL)
		return REG_ESPACE;
	m.best = m.cap + m.ncap;
	if (prog->nmemo > 0)
		m.memo = calloc((size_t) prog->nmemo * (size_t) (m.len + 1) / 8
		    + 1, 1);
	found = search(&m, prog->start);
	free(m.memo);
	for (i = 0; found && i < nmatch; i++) {
		pmatch[i].rm_so = i <= re->re_nsub ? m.best[2 * i] : -1;
		pmatch[i].rm_eo = i <= re->re_nsub ? m.best[2 * i + 1] : -1;
		if (pmatch[i].rm_so < 0 || pmatch[i].rm_eo < 0)
			pmatch[i].rm_so = pmatch[i].rm_eo = -1;
	}
	if (m.cap != small)
		free(m.cap);
	return found ? 0 : REG_NOMATCH;
}

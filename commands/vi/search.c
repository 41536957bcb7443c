/*
 * search.c - vi: / and ? searches, and n and N to repeat them.
 *
 * The pattern is a basic regular expression, matched within lines;
 * the search starts after (or before) the cursor and goes round the
 * end of the text, as vi's wrapscan does.
 *
 * Entry point: search.
 */
#include <regex.h>
#include <stdlib.h>
#include <string.h>
#include "vi.h"

/* Where re first matches line row at or after byte from (or last
 * before byte before, backward): the byte, or -1. */
static long match_in(regex_t *re, size_t row, size_t from, size_t before,
    int backward)
{
	const struct line *l = line_at(row);
	char *s = malloc(l->len + 1);
	regmatch_t m;
	long found = -1;
	size_t at = 0;

	if (s == NULL)
		return -1;
	memcpy(s, l->s, l->len);
	s[l->len] = '\0';
	while (at <= l->len && regexec(re, s + at, 1, &m, at ? REG_NOTBOL :
	    0) == 0) {
		size_t pos = at + (size_t) m.rm_so;
		if (!backward && pos >= from) {
			found = (long) pos;
			break;
		}
		if (backward && pos < before)
			found = (long) pos;
		if (backward && pos >= before)
			break;
		at = pos + 1;
	}
	free(s);
	return found;
}

/* Look through every line once from the cursor's, round the end, and
 * back to the cursor's own line; move the cursor to the match. */
static int find(regex_t *re, int backward)
{
	size_t n = ed.nlines, r = ed.row;
	long col = -1;

	for (size_t i = 0; i <= n && col < 0; i++) {
		r = backward ? (ed.row + n - i % n) % n : (ed.row + i) % n;
		if (!backward)
			col = match_in(re, r, i == 0 ? ed.col + 1 : 0, 0, 0);
		else
			col = match_in(re, r, 0, i == 0 ? ed.col : (size_t) -1, 1);
		if (i == n && col >= 0 && (backward ? (size_t) col <= ed.col :
		    (size_t) col > ed.col))
			col = -1;	/* round to where it started: none */
	}
	if (col < 0)
		return 0;
	if (backward ? r > ed.row || (r == ed.row && (size_t) col > ed.col) :
	    r < ed.row || (r == ed.row && (size_t) col <= ed.col))
		message("search hit %s, continuing at %s",
		    backward ? "TOP" : "BOTTOM", backward ? "BOTTOM" : "TOP");
	ed.row = r;
	ed.col = (size_t) col;
	return 1;
}

void search(const char *pattern, int backward)
{
	regex_t re;

	if (pattern != NULL && pattern[0] != '\0') {
		free(ed.pattern);
		ed.pattern = strdup(pattern);
		ed.backward = backward;
	} else {
		backward = pattern != NULL ? backward : backward != ed.backward;
	}
	if (ed.pattern == NULL) {
		message("No previous search");
		return;
	}
	if (regcomp(&re, ed.pattern, 0) != 0) {
		message("Bad pattern: %s", ed.pattern);
		return;
	}
	message("%s%s", backward ? "?" : "/", ed.pattern);
	if (!find(&re, backward))
		message("Pattern not found: %s", ed.pattern);
	regfree(&re);
	cursor_fix(0);
}

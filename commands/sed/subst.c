/*
 * subst.c - the s command: replace the first (or the nth, or with g
 * every) match of a regex in the pattern space.  Entry point:
 * substitute().
 */
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include "sed.h"

/* Appends the replacement for match m of text: & is the match, \1-\9
 * its groups, \n a newline, \c the character c. */
static void add_replacement(struct buf *out, const char *repl,
    const char *text, const regmatch_t *m)
{
	const char *p;
	int g;

	for (p = repl; *p != '\0'; p++) {
		if (*p == '&') {
			buf_add(out, text + m[0].rm_so,
			    (size_t) (m[0].rm_eo - m[0].rm_so));
			continue;
		}
		if (*p != '\\' || p[1] == '\0') {
			buf_add(out, p, 1);
			continue;
		}
		p++;
		if (isdigit((unsigned char) *p)) {
			g = *p - '0';
			if (m[g].rm_so >= 0)
				buf_add(out, text + m[g].rm_so,
				    (size_t) (m[g].rm_eo - m[g].rm_so));
		} else
			buf_add(out, *p == 'n' ? "\n" : p, 1);
	}
}

/*
 * Finds matches left to right.  After a match the search goes on at its
 * end; an empty match right where the previous match ended does not
 * count (so s/x*\/-/g on "axb" gives "-a-b-"), and after an empty match
 * one character is copied over.
 */
int substitute(const struct cmd *c, regex_t *re, struct buf *ps)
{
	struct buf out = { NULL, 0, 0 };
	regmatch_t m[10];
	size_t pos = 0, so, eo, prev_end = (size_t) -1;
	int count = 0, done = 0;

	buf_add(&out, "", 0);
	while (pos <= ps->len && regexec(re, ps->s + pos, 10, m,
	    pos > 0 ? REG_NOTBOL : 0) == 0) {
		so = pos + (size_t) m[0].rm_so;
		eo = pos + (size_t) m[0].rm_eo;
		buf_add(&out, ps->s + pos, so - pos);
		if (so == eo && so == prev_end) {
			if (so < ps->len)
				buf_add(&out, ps->s + so, 1);
			pos = so + 1;
			continue;
		}
		if (++count >= c->nth) {
			add_replacement(&out, c->repl, ps->s + pos, m);
			done = 1;
		} else
			buf_add(&out, ps->s + so, eo - so);
		prev_end = eo;
		pos = eo;
		if (so == eo) {
			if (so < ps->len)
				buf_add(&out, ps->s + so, 1);
			pos = so + 1;
		}
		if (done && !c->global)
			break;
	}
	if (pos < ps->len)
		buf_add(&out, ps->s + pos, ps->len - pos);
	if (done)
		buf_set(ps, out.s, out.len);
	free(out.s);
	return done;
}

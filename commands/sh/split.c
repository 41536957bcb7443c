/*
 * split.c - field splitting: cutting an expanded word at the IFS
 * characters that unquoted expansions produced.
 *
 * Entry point: split_fields.  The rules (POSIX 2.6.5): IFS white space
 * at either end is dropped, a run of it separates fields, and each
 * other IFS character ends a field, even an empty one, taking the white
 * space around it along.
 */
#include <string.h>
#include "mem.h"
#include "var.h"
#include "xbuf.h"

struct splitter {
	struct xbuf *b;
	const char *ifs;
	struct field *fields;
	int n, cap;
	char *s;		/* the current field's text and marks */
	unsigned char *m;
	size_t len;
	int has;		/* the current field exists, even if empty */
	int after_white;	/* it was ended by IFS white space */
};

static void emit(struct splitter *sp)
{
	struct field *f;

	if (sp->n == sp->cap) {
		struct field *more = arena_alloc(scratch,
			sizeof(*more) * (size_t) (sp->cap ? 2 * sp->cap : 4));
		if (sp->n)
			memcpy(more, sp->fields,
				sizeof(*more) * (size_t) sp->n);
		sp->fields = more;
		sp->cap = sp->cap ? 2 * sp->cap : 4;
	}
	f = &sp->fields[sp->n++];
	f->s = arena_strndup(scratch, sp->s, sp->len);
	f->m = arena_alloc(scratch, sp->len + 1);
	memcpy(f->m, sp->m, sp->len);
	f->len = sp->len;
	sp->len = 0;
	sp->has = 0;
}

static int is_white(int c)
{
	return c == ' ' || c == '\t' || c == '\n';
}

/* An IFS character from an unquoted expansion. */
static void delimiter(struct splitter *sp, int c)
{
	if (is_white(c)) {
		if (sp->has) {
			emit(sp);
			sp->after_white = 1;
		}
		return;
	}
	if (sp->has || !sp->after_white)
		emit(sp);
	sp->after_white = 0;
}

static void one_char(struct splitter *sp, size_t i)
{
	int c = (unsigned char) sp->b->s[i];

	switch (sp->b->m[i]) {
	case XM_EMPTYQ:
		sp->has = 1;
		return;
	case XM_BREAK:
		emit(sp);
		return;
	case XM_SOFTBREAK:
		if (sp->has)
			emit(sp);
		sp->after_white = 1;
		return;
	case XM_EXP:
		if (c && strchr(sp->ifs, c)) {
			delimiter(sp, c);
			return;
		}
		break;
	default:
		break;
	}
	sp->s[sp->len] = (char) c;
	sp->m[sp->len++] = sp->b->m[i];
	sp->has = 1;
	sp->after_white = 0;
}

int split_fields(struct xbuf *b, struct field **out)
{
	struct splitter sp;
	size_t i;

	memset(&sp, 0, sizeof(sp));
	sp.b = b;
	sp.ifs = var_ifs();
	sp.s = arena_alloc(scratch, b->len + 1);
	sp.m = arena_alloc(scratch, b->len + 1);
	for (i = 0; i < b->len; i++)
		one_char(&sp, i);
	if (sp.has)
		emit(&sp);
	*out = sp.fields;
	return sp.n;
}

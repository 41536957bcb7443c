/*
 * xbuf.h - the text an expansion builds, shared by expand.c,
 * expand_param.c and split.c only.
 *
 * Each character carries a mark saying where it came from, which
 * decides whether field splitting and globbing apply to it.  Some marks
 * are markers that take no room in the result.
 */
#ifndef SH_XBUF_H
#define SH_XBUF_H

#include <stddef.h>
#include "tree.h"

enum xmark {
	XM_LIT,		/* unquoted text of the word: globbed, not split */
	XM_EXP,		/* result of an unquoted expansion: split, globbed */
	XM_QUOTED,	/* quoted: taken as it is */
	XM_EMPTYQ,	/* marker: "" was here, so the field exists */
	XM_BREAK,	/* marker: "$@" ends a field here */
	XM_SOFTBREAK	/* marker: $@ ends a field here, unless empty */
};

/* Flags for expand_parts. */
#define XF_ARG		0x1	/* inside ${name-arg}: unquoted text splits */
#define XF_ASSIGN	0x2	/* NAME=value: ~ after ':' */

struct xbuf {
	char *s;
	unsigned char *m;
	size_t len, cap;
};

struct field {
	char *s;
	unsigned char *m;
	size_t len;
};

void xb_init(struct xbuf *b);
void xb_free(struct xbuf *b);
void xb_add(struct xbuf *b, const char *s, size_t n, enum xmark m);
void xb_mark(struct xbuf *b, enum xmark m);
void xb_value(struct xbuf *b, const char *s, int quoted);
char *xb_flatten(struct xbuf *b, int as_pattern);
int expand_parts(struct xbuf *b, struct wpart *p, int flags);

/* expand_param.c */
int param_expand(struct xbuf *b, struct wpart *p, int flags);

/* split.c */
int split_fields(struct xbuf *b, struct field **out);

#endif

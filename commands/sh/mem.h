/*
 * mem.h - memory: checked malloc, arenas, growable strings.
 *
 * A parsed command line lives in one arena, freed as a whole when the
 * last user (the main loop, a function defined in it) lets go.  The
 * expansions of a command live in the `scratch` arena, taken back with
 * a mark when the command is done.
 */
#ifndef SH_MEM_H
#define SH_MEM_H

#include <stddef.h>

void *xmalloc(size_t n);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);

struct chunk;
struct arena {
	struct chunk *top;	/* newest chunk first */
	int refs;
};
struct arena_mark {
	struct chunk *chunk;
	size_t used;
};

struct arena *arena_new(void);
void arena_ref(struct arena *a);
void arena_unref(struct arena *a);
void *arena_alloc(struct arena *a, size_t n);
char *arena_strndup(struct arena *a, const char *s, size_t n);
char *arena_strdup(struct arena *a, const char *s);
struct arena_mark arena_mark(struct arena *a);
void arena_release(struct arena *a, struct arena_mark m);

extern struct arena *scratch;

/* A growable, always NUL-terminated string. */
struct strbuf {
	char *s;
	size_t len, cap;
};

void sb_init(struct strbuf *b);
void sb_free(struct strbuf *b);
void sb_addc(struct strbuf *b, int c);
void sb_addn(struct strbuf *b, const char *s, size_t n);
void sb_adds(struct strbuf *b, const char *s);
/* Appends s in single quotes, so that the shell reads it back as is. */
void sb_quote(struct strbuf *b, const char *s);

/* A growable array of strings, NULL-terminated. */
struct strlist {
	char **v;
	int n, cap;
};

void sl_init(struct strlist *l);
void sl_add(struct strlist *l, char *s);

#endif

/*
 * mem.c - checked allocation, arenas and growable strings.
 *
 * Entry points: xmalloc/xrealloc/xstrdup, arena_* (see mem.h), sb_*.
 * Running out of memory is not something a shell can recover from in
 * the middle of a command, so the x* functions end the process.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "mem.h"

#define CHUNK_SIZE	4096

struct chunk {
	struct chunk *next;
	size_t size, used;
	char *base;		/* mem[], aligned for any object */
};

struct arena *scratch;

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (!p) {
		static const char msg[] = "sh: out of memory\n";
		write(2, msg, sizeof(msg) - 1);
		_exit(2);
	}
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (!q) {
		free(p);
		return xmalloc((size_t) -1 / 2);	/* reports and exits */
	}
	return q;
}

char *xstrdup(const char *s)
{
	size_t n = strlen(s) + 1;

	return memcpy(xmalloc(n), s, n);
}

struct arena *arena_new(void)
{
	struct arena *a = xmalloc(sizeof(*a));

	a->top = NULL;
	a->refs = 1;
	return a;
}

void arena_ref(struct arena *a)
{
	a->refs++;
}

static void free_chunks(struct chunk *c, struct chunk *stop)
{
	while (c != stop) {
		struct chunk *next = c->next;
		free(c);
		c = next;
	}
}

void arena_unref(struct arena *a)
{
	if (--a->refs > 0)
		return;
	free_chunks(a->top, NULL);
	free(a);
}

void *arena_alloc(struct arena *a, size_t n)
{
	struct chunk *c = a->top;
	void *p;

	n = (n + 15) & ~(size_t) 15;
	if (!c || c->size - c->used < n) {
		size_t size = n > CHUNK_SIZE ? n : CHUNK_SIZE;
		size_t head = (sizeof(*c) + 15) & ~(size_t) 15;
		c = xmalloc(head + size);
		c->base = (char *) c + head;
		c->size = size;
		c->used = 0;
		c->next = a->top;
		a->top = c;
	}
	p = c->base + c->used;
	c->used += n;
	return p;
}

char *arena_strndup(struct arena *a, const char *s, size_t n)
{
	char *p = arena_alloc(a, n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *arena_strdup(struct arena *a, const char *s)
{
	return arena_strndup(a, s, strlen(s));
}

struct arena_mark arena_mark(struct arena *a)
{
	struct arena_mark m = { a->top, a->top ? a->top->used : 0 };

	return m;
}

/* Frees everything allocated since the mark was taken. */
void arena_release(struct arena *a, struct arena_mark m)
{
	free_chunks(a->top, m.chunk);
	a->top = m.chunk;
	if (m.chunk)
		m.chunk->used = m.used;
}

void sb_init(struct strbuf *b)
{
	b->cap = 64;
	b->len = 0;
	b->s = xmalloc(b->cap);
	b->s[0] = '\0';
}

void sb_free(struct strbuf *b)
{
	free(b->s);
	b->s = NULL;
	b->len = b->cap = 0;
}

static void sb_grow(struct strbuf *b, size_t more)
{
	if (b->len + more + 1 <= b->cap)
		return;
	while (b->len + more + 1 > b->cap)
		b->cap *= 2;
	b->s = xrealloc(b->s, b->cap);
}

void sb_addc(struct strbuf *b, int c)
{
	sb_grow(b, 1);
	b->s[b->len++] = (char) c;
	b->s[b->len] = '\0';
}

void sb_addn(struct strbuf *b, const char *s, size_t n)
{
	sb_grow(b, n);
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

void sb_adds(struct strbuf *b, const char *s)
{
	sb_addn(b, s, strlen(s));
}

void sb_quote(struct strbuf *b, const char *s)
{
	sb_addc(b, '\'');
	for (; *s; s++) {
		if (*s == '\'')
			sb_adds(b, "'\\''");
		else
			sb_addc(b, *s);
	}
	sb_addc(b, '\'');
}

void sl_init(struct strlist *l)
{
	l->n = 0;
	l->cap = 8;
	l->v = xmalloc(sizeof(*l->v) * (size_t) l->cap);
	l->v[0] = NULL;
}

void sl_add(struct strlist *l, char *s)
{
	if (l->n + 1 >= l->cap) {
		l->cap *= 2;
		l->v = xrealloc(l->v, sizeof(*l->v) * (size_t) l->cap);
	}
	l->v[l->n++] = s;
	l->v[l->n] = NULL;
}

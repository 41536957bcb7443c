/*
 * ring.h - a descriptor ring's indices.
 *
 * The driver fills slots at r_next; the card finishes them in order, and
 * the driver takes finished ones back at r_done.  The slots from r_done
 * up to r_next are the card's.  One slot always stays empty, so that
 * r_next == r_done means "none busy", as the card's own head and tail
 * registers mean it.  Pure arithmetic, tested on the host.
 */
#ifndef _E1000_RING_H
#define _E1000_RING_H

#include <stdbool.h>

struct ring {
	unsigned r_size;		/* slots */
	unsigned r_next;		/* the next the driver fills */
	unsigned r_done;		/* the oldest the card has */
};

static inline void ring_init(struct ring *r, unsigned size)
{
	r->r_size = size;
	r->r_next = r->r_done = 0;
}

static inline unsigned ring_step(const struct ring *r, unsigned i)
{
	return i + 1 == r->r_size ? 0 : i + 1;
}

/* Slots the card has. */
static inline unsigned ring_busy(const struct ring *r)
{
	return (r->r_next + r->r_size - r->r_done) % r->r_size;
}

static inline bool ring_full(const struct ring *r)
{
	return ring_busy(r) == r->r_size - 1;
}

/* The driver filled slot r_next / took slot r_done back. */
static inline void ring_fill(struct ring *r)
{
	r->r_next = ring_step(r, r->r_next);
}

static inline void ring_take(struct ring *r)
{
	r->r_done = ring_step(r, r->r_done);
}

#endif

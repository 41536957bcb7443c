/*
 * pkt.c - packet buffers (see pkt.h).  Buffers of the common size are
 * kept on a free list once used, so that a busy connection does not call
 * malloc for every segment.
 *
 * Entry points: pkt_alloc, pkt_free, pkt_copy, pkt_push, pkt_pull,
 * pkt_trim, pkt_headroom, pkt_count, pktq_put, pktq_get, pktq_flush.
 */
#include <assert.h>
#include <stdlib.h>
#include <string.h>
#include "pkt.h"

#define STD_CAP		(PKT_HEADROOM + PKT_STD)
#define FREE_MAX	256		/* common buffers kept for reuse */

static struct pkt *free_list;
static unsigned nfree, nalloc;

/* A packet with room for len bytes of data after PKT_HEADROOM; NULL
 * when memory is short (the caller drops what it was doing). */
struct pkt *pkt_alloc(size_t len)
{
	size_t cap = PKT_HEADROOM + len < STD_CAP ? STD_CAP : PKT_HEADROOM + len;
	struct pkt *p;

	if (cap == STD_CAP && free_list != NULL) {
		p = free_list;
		free_list = p->p_next;
		nfree--;
	} else if ((p = malloc(sizeof(*p) + cap)) == NULL) {
		return NULL;
	}
	nalloc++;
	p->p_next = NULL;
	p->p_cap = cap;
	p->p_data = p->p_buf + PKT_HEADROOM;
	p->p_len = len;
	p->p_if = NULL;
	p->p_iph = NULL;
	return p;
}

void pkt_free(struct pkt *p)
{
	if (p == NULL)
		return;
	nalloc--;
	if (p->p_cap == STD_CAP && nfree < FREE_MAX) {
		p->p_next = free_list;
		free_list = p;
		nfree++;
		return;
	}
	free(p);
}

/* A copy of p's data, with headroom bytes of room before it. */
struct pkt *pkt_copy(const struct pkt *p, size_t headroom)
{
	struct pkt *c = pkt_alloc(p->p_len + headroom);

	if (c == NULL)
		return NULL;
	c->p_data += headroom;
	c->p_len = p->p_len;
	memcpy(c->p_data, p->p_data, p->p_len);
	c->p_if = p->p_if;
	return c;
}

size_t pkt_headroom(const struct pkt *p)
{
	return (size_t) (p->p_data - p->p_buf);
}

/* Room for a header of n bytes in front: its first byte. */
uint8_t *pkt_push(struct pkt *p, size_t n)
{
	assert(pkt_headroom(p) >= n);
	p->p_data -= n;
	p->p_len += n;
	return p->p_data;
}

/* Strip n bytes of header (the caller checked that there are). */
void pkt_pull(struct pkt *p, size_t n)
{
	assert(p->p_len >= n);
	p->p_data += n;
	p->p_len -= n;
}

void pkt_trim(struct pkt *p, size_t len)
{
	if (len < p->p_len)
		p->p_len = len;
}

unsigned pkt_count(void)
{
	return nalloc;
}

void pktq_put(struct pktq *q, struct pkt *p)
{
	p->p_next = NULL;
	if (q->q_tail != NULL)
		q->q_tail->p_next = p;
	else
		q->q_head = p;
	q->q_tail = p;
	q->q_len++;
}

struct pkt *pktq_get(struct pktq *q)
{
	struct pkt *p = q->q_head;

	if (p == NULL)
		return NULL;
	q->q_head = p->p_next;
	if (q->q_head == NULL)
		q->q_tail = NULL;
	q->q_len--;
	p->p_next = NULL;
	return p;
}

void pktq_flush(struct pktq *q)
{
	struct pkt *p;

	while ((p = pktq_get(q)) != NULL)
		pkt_free(p);
}

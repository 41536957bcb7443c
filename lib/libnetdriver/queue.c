/*
 * queue.c - the requests that wait: sends for room in the card,
 * receives for frames.  A ring of at most max entries, oldest first.
 *
 * Entry points: ndq_init(), ndq_push(), ndq_first(), ndq_pop(),
 * ndq_len().
 */
#include "netdriver_impl.h"

void ndq_init(struct ndq *q, int max)
{
	q->nq_head = q->nq_len = 0;
	q->nq_max = max < NDQ_CAP ? max : NDQ_CAP;
}

/* Add e at the end; false if the queue is full. */
bool ndq_push(struct ndq *q, const struct ndq_entry *e)
{
	if (q->nq_len >= q->nq_max)
		return false;
	q->nq_e[(q->nq_head + q->nq_len) % NDQ_CAP] = *e;
	q->nq_len++;
	return true;
}

/* The oldest entry, or NULL. */
struct ndq_entry *ndq_first(struct ndq *q)
{
	return q->nq_len > 0 ? &q->nq_e[q->nq_head] : NULL;
}

void ndq_pop(struct ndq *q)
{
	if (q->nq_len == 0)
		return;
	q->nq_head = (q->nq_head + 1) % NDQ_CAP;
	q->nq_len--;
}

int ndq_len(const struct ndq *q)
{
	return q->nq_len;
}

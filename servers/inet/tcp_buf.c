/*
 * tcp_buf.c - TCP's byte rings (the send buffer, from snd_una on, and
 * the receive buffer, what the program has not read yet) and the queue
 * of segments that arrived out of order.
 *
 * Out-of-order segments are kept sorted and without overlaps (a piece
 * already held is not stored twice), within what the receive window
 * allows; when rcv_nxt reaches the first of them, ooo_drain() moves
 * what now follows into the receive ring.
 *
 * Entry points: ring_alloc, ring_free, ring_resize, ring_space,
 * ring_put, ring_put_user, ring_copy, ring_get_user, ring_drop,
 * ooo_insert, ooo_drain, ooo_free.
 */
#include <stdlib.h>
#include "tcp.h"

int ring_alloc(struct tcp_ring *r, size_t size)
{
	memset(r, 0, sizeof(*r));
	if ((r->r_data = malloc(size)) == NULL)
		return -ENOBUFS;
	r->r_size = size;
	return OK;
}

void ring_free(struct tcp_ring *r)
{
	free(r->r_data);
	memset(r, 0, sizeof(*r));
}

/* New room, keeping the bytes (never less room than they need). */
int ring_resize(struct tcp_ring *r, size_t size)
{
	struct tcp_ring n;

	if (size < r->r_len)
		size = r->r_len;
	if (size == r->r_size)
		return OK;
	if (ring_alloc(&n, size) != OK)
		return -ENOBUFS;
	ring_copy(r, 0, n.r_data, r->r_len);
	n.r_len = r->r_len;
	ring_free(r);
	*r = n;
	return OK;
}

size_t ring_space(const struct tcp_ring *r)
{
	return r->r_size - r->r_len;
}

/* The two pieces of the ring from offset off (after r_start) for len
 * bytes: the first at *a for *alen bytes, the rest at the start. */
static void pieces(const struct tcp_ring *r, size_t off, size_t len,
	size_t *a, size_t *alen)
{
	*a = (r->r_start + off) % (r->r_size ? r->r_size : 1);
	*alen = r->r_size - *a < len ? r->r_size - *a : len;
}

/* Append what fits of len bytes; returns how many. */
size_t ring_put(struct tcp_ring *r, const uint8_t *data, size_t len)
{
	size_t a, alen;

	if (len > ring_space(r))
		len = ring_space(r);
	if (len == 0)
		return 0;
	pieces(r, r->r_len, len, &a, &alen);
	memcpy(r->r_data + a, data, alen);
	memcpy(r->r_data, data + alen, len - alen);
	r->r_len += len;
	return len;
}

/* Append len bytes of the user's data, from off in it (they fit). */
int ring_put_user(struct tcp_ring *r, const struct sockdata *d, size_t off,
	size_t len)
{
	size_t a, alen;
	int e;

	if (len == 0)
		return OK;
	pieces(r, r->r_len, len, &a, &alen);
	if ((e = sockdata_in(d, off, r->r_data + a, alen)) != OK
	    || (e = sockdata_in(d, off + alen, r->r_data, len - alen)) != OK)
		return e;
	r->r_len += len;
	return OK;
}

/* Copy len bytes from offset off (they are there). */
void ring_copy(const struct tcp_ring *r, size_t off, uint8_t *dst, size_t len)
{
	size_t a, alen;

	if (len == 0)
		return;
	pieces(r, off, len, &a, &alen);
	memcpy(dst, r->r_data + a, alen);
	memcpy(dst + alen, r->r_data, len - alen);
}

/* Copy the first len bytes out to the user. */
int ring_get_user(const struct tcp_ring *r, const struct sockdata *d,
	size_t len)
{
	size_t a, alen;
	int e;

	if (len == 0)
		return OK;
	pieces(r, 0, len, &a, &alen);
	if ((e = sockdata_out(d, 0, r->r_data + a, alen)) != OK)
		return e;
	return sockdata_out(d, alen, r->r_data, len - alen);
}

void ring_drop(struct tcp_ring *r, size_t len)
{
	if (len > r->r_len)
		len = r->r_len;
	r->r_start = r->r_size ? (r->r_start + len) % r->r_size : 0;
	r->r_len -= len;
	if (r->r_len == 0)
		r->r_start = 0;
}

/* --- out-of-order segments ------------------------------------------------ */

static struct tcp_seg *new_seg(uint32_t seq, const uint8_t *data, size_t len,
	bool fin)
{
	struct tcp_seg *sg = malloc(sizeof(*sg) + len);

	if (sg == NULL)
		return NULL;
	sg->sg_next = NULL;
	sg->sg_seq = seq;
	sg->sg_len = len;
	sg->sg_fin = fin;
	memcpy(sg->sg_data, data, len);
	return sg;
}

/* Keep a segment that is ahead of rcv_nxt (already trimmed to the
 * window).  Only the bytes not held yet are stored.  False if memory is
 * short (the sender will send it again). */
bool ooo_insert(struct tcp_pcb *tp, uint32_t seq, const uint8_t *data,
	size_t len, bool fin)
{
	struct tcp_seg **pp = &tp->t_ooo, *sg;
	uint32_t end;
	size_t cut;

	while (*pp != NULL && SEQ_LEQ((*pp)->sg_seq + (*pp)->sg_len, seq)) {
		if ((*pp)->sg_seq + (*pp)->sg_len == seq && len == 0 && fin)
			(*pp)->sg_fin = true;
		pp = &(*pp)->sg_next;
	}
	while (len > 0 || fin) {
		end = seq + (uint32_t) len;
		if (*pp != NULL && SEQ_LEQ((*pp)->sg_seq, seq)) {
			/* seq is inside *pp: skip what it holds */
			cut = (size_t) ((*pp)->sg_seq + (*pp)->sg_len - seq);
			if (cut >= len) {
				(*pp)->sg_fin |= fin && cut == len;
				return true;
			}
			seq += (uint32_t) cut;
			data += cut;
			len -= cut;
			pp = &(*pp)->sg_next;
			continue;
		}
		cut = len;
		if (*pp != NULL && SEQ_LT((*pp)->sg_seq, end))
			cut = (size_t) ((*pp)->sg_seq - seq);
		if ((sg = new_seg(seq, data, cut, fin && cut == len)) == NULL)
			return false;
		sg->sg_next = *pp;
		*pp = sg;
		tp->t_ooo_bytes += cut;
		if (cut == len)
			return true;
		seq += (uint32_t) cut;
		data += cut;
		len -= cut;
		pp = &sg->sg_next;
	}
	return true;
}

/* Move what now follows rcv_nxt into the receive ring; true if a FIN
 * came with it (the caller acts on it). */
bool ooo_drain(struct tcp_pcb *tp)
{
	struct tcp_seg *sg;
	size_t skip, n;
	bool fin = false;

	while ((sg = tp->t_ooo) != NULL && SEQ_LEQ(sg->sg_seq, tp->rcv_nxt)) {
		skip = (size_t) (tp->rcv_nxt - sg->sg_seq);
		if (skip < sg->sg_len) {
			n = ring_put(&tp->t_rcv, sg->sg_data + skip,
				sg->sg_len - skip);
			tp->rcv_nxt += (uint32_t) n;
			if (n < sg->sg_len - skip)
				break;		/* no room: keep the rest */
		}
		if (sg->sg_fin && skip <= sg->sg_len)
			fin = true;
		tp->t_ooo = sg->sg_next;
		tp->t_ooo_bytes -= sg->sg_len;
		free(sg);
		if (fin)
			break;
	}
	return fin;
}

void ooo_free(struct tcp_pcb *tp)
{
	struct tcp_seg *sg;

	while ((sg = tp->t_ooo) != NULL) {
		tp->t_ooo = sg->sg_next;
		free(sg);
	}
	tp->t_ooo_bytes = 0;
}

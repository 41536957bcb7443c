/*
 * pkt.h - packet buffers: one datagram or frame in contiguous memory,
 * with room in front for the headers the layers below add.
 *
 * A packet travels down the stack by pkt_push() (each layer prepends its
 * header) and up by pkt_pull() (each strips its own).  Whoever holds a
 * packet owns it and frees it, or hands it on.
 */
#ifndef _INET_PKT_H
#define _INET_PKT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define PKT_HEADROOM	128		/* Ethernet + IP + TCP with options */
#define PKT_STD		1536		/* a frame's worth after the room */

struct iface;

struct pkt {
	struct pkt *p_next;		/* in a queue */
	uint8_t *p_data;		/* the first byte */
	size_t p_len;			/* bytes from p_data */
	size_t p_cap;			/* bytes in p_buf */
	struct iface *p_if;		/* input: where it came in */
	const uint8_t *p_iph;		/* input: its IP header, still in the
					 * buffer after pkt_pull (for ICMP
					 * errors about it) */
	uint32_t p_addr;		/* queued datagrams: the sender */
	uint16_t p_port;		/* ... and its port */
	uint8_t p_buf[];
};

struct pktq {				/* a FIFO of packets */
	struct pkt *q_head, *q_tail;
	unsigned q_len;
};

struct pkt *pkt_alloc(size_t len);	/* len bytes of data, after room */
void pkt_free(struct pkt *p);
struct pkt *pkt_copy(const struct pkt *p, size_t headroom);
uint8_t *pkt_push(struct pkt *p, size_t n);
void pkt_pull(struct pkt *p, size_t n);
void pkt_trim(struct pkt *p, size_t len);
size_t pkt_headroom(const struct pkt *p);
unsigned pkt_count(void);		/* packets allocated now */

void pktq_put(struct pktq *q, struct pkt *p);
struct pkt *pktq_get(struct pktq *q);
void pktq_flush(struct pktq *q);

#endif

/*
 * ipfrag.c - IP fragments: datagrams put together from the fragments
 * that come in (RFC 791, RFC 815's idea of keeping what is missing), and
 * datagrams cut to fit a link on the way out.
 *
 * Reassembly has limits, so that fragments cannot take INET's memory: at
 * most FRAG_DGRAMS datagrams at once and FRAG_MEM bytes for all of them;
 * a datagram not complete FRAG_TIMEOUT after its first fragment is
 * dropped (with ICMP time exceeded if its first fragment came, RFC
 * 1122 3.3.2).  A fragment that contradicts what came before (a
 * different total length, data past the end, a middle piece not a
 * multiple of 8 bytes, a datagram longer than 65535 bytes) drops the
 * whole datagram.  Bytes that overlap bytes already received are
 * ignored: the first copy wins.  What is received is kept as a bitmap
 * of 8-byte blocks.
 *
 * Entry points: ipfrag_reassemble, ipfrag_output, ipfrag_count.
 */
#include <stdlib.h>
#include "inet.h"

#define FRAG_DGRAMS	16
#define FRAG_MEM	(256 * 1024)
#define FRAG_TIMEOUT	SECS(30)
#define MAX_HLEN	60
#define MAX_DATA	(IP_MAXPACKET - IP_HLEN)
#define BLOCKS		((MAX_DATA + 7) / 8)

struct reasm {
	bool ra_used;
	ipaddr_t ra_src, ra_dst;
	uint16_t ra_id;
	uint8_t ra_proto;
	uint8_t ra_hdr[MAX_HLEN];	/* the first fragment's header */
	size_t ra_hlen;			/* 0 until the first fragment came */
	size_t ra_total;		/* data bytes; 0 until the last came */
	uint8_t *ra_data;
	size_t ra_cap;			/* bytes at ra_data */
	uint8_t ra_have[(BLOCKS + 7) / 8];
	struct timer ra_timer;
};

static struct reasm reasm[FRAG_DGRAMS];
static size_t mem_used;

int ipfrag_count(void)
{
	int i, n = 0;

	for (i = 0; i < FRAG_DGRAMS; i++)
		n += reasm[i].ra_used;
	return n;
}

static void drop(struct reasm *ra)
{
	timer_stop(&ra->ra_timer);
	mem_used -= ra->ra_cap;
	free(ra->ra_data);
	ra->ra_used = false;
	ra->ra_data = NULL;
}

static void timed_out(void *arg)
{
	struct reasm *ra = arg;
	uint8_t buf[MAX_HLEN + 8];

	if (ra->ra_hlen != 0 && ra->ra_cap >= 8) {
		memcpy(buf, ra->ra_hdr, ra->ra_hlen);
		memcpy(buf + ra->ra_hlen, ra->ra_data, 8);
		icmp_error(buf, ra->ra_hlen + 8, ICMP_TIMXCEED, 1);
	}
	drop(ra);
}

/* The datagram's entry, a new one, or NULL when there is no room. */
static struct reasm *find(const struct ip_hdr *ih)
{
	struct reasm *free_ra = NULL;
	int i;

	for (i = 0; i < FRAG_DGRAMS; i++) {
		struct reasm *ra = &reasm[i];
		if (!ra->ra_used) {
			if (free_ra == NULL)
				free_ra = ra;
			continue;
		}
		if (ra->ra_src == ih->ih_src && ra->ra_dst == ih->ih_dst
		    && ra->ra_id == ih->ih_id && ra->ra_proto == ih->ih_proto)
			return ra;
	}
	if (free_ra == NULL)
		return NULL;
	memset(free_ra, 0, sizeof(*free_ra));
	free_ra->ra_used = true;
	free_ra->ra_src = ih->ih_src;
	free_ra->ra_dst = ih->ih_dst;
	free_ra->ra_id = ih->ih_id;
	free_ra->ra_proto = ih->ih_proto;
	timer_set(&free_ra->ra_timer, FRAG_TIMEOUT, timed_out, free_ra);
	return free_ra;
}

/* Room for data bytes up to end; false: over the limits. */
static bool grow(struct reasm *ra, size_t end)
{
	size_t cap = (end + 1023) & ~(size_t) 1023;
	uint8_t *d;

	if (cap <= ra->ra_cap)
		return true;
	if (cap > MAX_DATA + 1024 || mem_used + cap - ra->ra_cap > FRAG_MEM)
		return false;
	if ((d = realloc(ra->ra_data, cap)) == NULL)
		return false;
	mem_used += cap - ra->ra_cap;
	ra->ra_data = d;
	ra->ra_cap = cap;
	return true;
}

/* Does the fragment fit what is known?  (See the rules above.) */
static bool consistent(struct reasm *ra, size_t off, size_t len, bool mf)
{
	size_t end = off + len;

	if (end > MAX_DATA || (mf && len % 8 != 0) || (mf && len == 0))
		return false;
	if (!mf && ra->ra_total != 0 && ra->ra_total != end)
		return false;
	if (ra->ra_total != 0 && end > ra->ra_total)
		return false;
	return true;
}

/* Copy the blocks of the fragment not yet received. */
static void fill(struct reasm *ra, const uint8_t *data, size_t off,
	size_t len)
{
	size_t b, from, to;

	for (b = off / 8; b * 8 < off + len; b++) {
		if (ra->ra_have[b / 8] & (1 << (b % 8)))
			continue;
		from = b * 8;
		to = from + 8 < off + len ? from + 8 : off + len;
		memcpy(ra->ra_data + from, data + (from - off), to - from);
		ra->ra_have[b / 8] |= (uint8_t) (1 << (b % 8));
	}
}

static bool complete(const struct reasm *ra)
{
	size_t b;

	if (ra->ra_hlen == 0 || ra->ra_total == 0)
		return false;
	for (b = 0; b * 8 < ra->ra_total; b++)
		if (!(ra->ra_have[b / 8] & (1 << (b % 8))))
			return false;
	return true;
}

/* The whole datagram, as one packet. */
static struct pkt *assemble(struct reasm *ra)
{
	struct pkt *p = pkt_alloc(ra->ra_hlen + ra->ra_total);
	struct ip_hdr *ih;

	if (p != NULL) {
		memcpy(p->p_data, ra->ra_hdr, ra->ra_hlen);
		memcpy(p->p_data + ra->ra_hlen, ra->ra_data, ra->ra_total);
		ih = (struct ip_hdr *) p->p_data;
		ih->ih_len = htons((uint16_t) (ra->ra_hlen + ra->ra_total));
		ih->ih_off = 0;
		ih->ih_sum = 0;
		ih->ih_sum = cksum(ih, ra->ra_hlen);
	}
	drop(ra);
	return p;
}

/* A fragment (its header checked by ip.c).  Returns the whole datagram
 * when this fragment completes it, else NULL; p is ours. */
struct pkt *ipfrag_reassemble(struct pkt *p)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) p->p_data;
	size_t hl = (size_t) (ih->ih_vhl & 0xF) * 4;
	size_t off = (size_t) (ntohs(ih->ih_off) & IP_OFFMASK) * 8;
	size_t len = p->p_len - hl;
	bool mf = (ntohs(ih->ih_off) & IP_MF) != 0;
	struct reasm *ra;

	if ((ra = find(ih)) == NULL) {
		pkt_free(p);
		return NULL;
	}
	if (!consistent(ra, off, len, mf) || !grow(ra, off + len)) {
		drop(ra);
		pkt_free(p);
		return NULL;
	}
	if (off == 0 && ra->ra_hlen == 0) {
		memcpy(ra->ra_hdr, ih, hl);
		ra->ra_hlen = hl;
	}
	if (!mf)
		ra->ra_total = off + len;
	fill(ra, p->p_data + hl, off, len);
	pkt_free(p);
	return complete(ra) ? assemble(ra) : NULL;
}

/* Cut the datagram p (with its header) into fragments that fit ifp, and
 * send them to hop.  Fragments of a fragment keep its offset and MF. */
int ipfrag_output(struct iface *ifp, struct pkt *p, ipaddr_t hop)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) p->p_data;
	size_t hl = (size_t) (ih->ih_vhl & 0xF) * 4, data = p->p_len - hl;
	size_t step = (ifp->if_mtu - hl) & ~(size_t) 7, off, n;
	uint16_t base = ntohs(ih->ih_off);
	struct ip_hdr *fh;
	struct pkt *f;

	for (off = 0; off < data; off += n) {
		n = data - off < step ? data - off : step;
		if ((f = pkt_alloc(hl + n)) == NULL) {
			pkt_free(p);
			return -ENOBUFS;
		}
		memcpy(f->p_data, ih, hl);
		memcpy(f->p_data + hl, p->p_data + hl + off, n);
		fh = (struct ip_hdr *) f->p_data;
		fh->ih_len = htons((uint16_t) (hl + n));
		fh->ih_off = htons((uint16_t) (((base & IP_OFFMASK) + off / 8)
			| (off + n < data || (base & IP_MF) ? IP_MF : 0)));
		fh->ih_sum = 0;
		fh->ih_sum = cksum(fh, hl);
		ifp->if_output(ifp, f, hop);
	}
	pkt_free(p);
	return OK;
}

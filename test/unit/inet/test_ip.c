/*
 * test_ip.c - host tests of the Internet checksum (RFC 1071's example,
 * odd lengths, the pseudo-header) and of IP fragments: reassembly in any
 * order, overlaps, limits, the timeout, and fragmentation on the way out
 * that reassembles to the same datagram.
 */
#include <stdlib.h>
#include "harness.h"

#define SRC	htonl(0x0A000002)
#define DST	htonl(0x0A000001)

/* A fragment of datagram id: off bytes in, n bytes of data[off..],
 * more fragments to come if mf. */
static struct pkt *frag(uint16_t id, const uint8_t *data, size_t off,
    size_t n, bool mf)
{
	struct pkt *p = pkt_alloc(IP_HLEN + n);
	struct ip_hdr *ih = (struct ip_hdr *) p->p_data;

	memset(ih, 0, IP_HLEN);
	ih->ih_vhl = 0x45;
	ih->ih_len = htons((uint16_t) (IP_HLEN + n));
	ih->ih_id = htons(id);
	ih->ih_off = htons((uint16_t) (off / 8 | (mf ? IP_MF : 0)));
	ih->ih_ttl = 64;
	ih->ih_proto = IPPROTO_UDP;
	ih->ih_src = SRC;
	ih->ih_dst = DST;
	ih->ih_sum = cksum(ih, IP_HLEN);
	memcpy(p->p_data + IP_HLEN, data + off, n);
	return p;
}

static bool same(struct pkt *p, const uint8_t *data, size_t n)
{
	const struct ip_hdr *ih = (const struct ip_hdr *) p->p_data;

	return p->p_len == IP_HLEN + n && ntohs(ih->ih_len) == IP_HLEN + n
	    && ih->ih_off == 0 && cksum(ih, IP_HLEN) == 0
	    && memcmp(p->p_data + IP_HLEN, data, n) == 0;
}

static void checksums(void)
{
	static const uint8_t rfc1071[] = { 0x00, 0x01, 0xf2, 0x03, 0xf4,
		0xf5, 0xf6, 0xf7 };
	uint8_t odd[3] = { 0x12, 0x34, 0x56 }, buf[10];
	uint16_t c, sum;

	sum = (uint16_t) ~cksum_fold(cksum_add(0, rfc1071, 8));
	CHECK("rfc1071_example_sums_to_ddf2", sum == htons(0xddf2));
	c = cksum(odd, 3);
	memcpy(buf, odd, 3);
	buf[3] = 0;
	CHECK("an_odd_length_is_padded_with_zero", c == cksum(buf, 4));
	memcpy(buf, rfc1071, 8);
	c = cksum(buf, 8);
	memcpy(buf + 8, &c, 2);
	CHECK("data_with_its_checksum_sums_to_zero", cksum(buf, 10) == 0);
	CHECK("the_pseudo_header_counts", cksum_pseudo(SRC, DST, 17, odd, 3)
	    != cksum_pseudo(SRC, DST, 6, odd, 3));
}

static void reassembly(void)
{
	static uint8_t data[3000];
	struct pkt *p;
	size_t i;

	for (i = 0; i < sizeof(data); i++)
		data[i] = (uint8_t) (i * 7);
	CHECK("the_last_fragment_first_gives_nothing_yet",
	    ipfrag_reassemble(frag(1, data, 2000, 1000, false)) == NULL);
	CHECK("the_middle_one_neither",
	    ipfrag_reassemble(frag(1, data, 1000, 1000, true)) == NULL);
	p = ipfrag_reassemble(frag(1, data, 0, 1000, true));
	CHECK("the_first_completes_the_datagram", p != NULL
	    && same(p, data, 3000));
	pkt_free(p);
	CHECK("nothing_is_left_over", ipfrag_count() == 0);

	(void) ipfrag_reassemble(frag(2, data, 0, 1200, true));
	(void) ipfrag_reassemble(frag(2, data, 800, 1200, true));
	p = ipfrag_reassemble(frag(2, data, 1600, 1400, false));
	CHECK("overlapping_fragments_reassemble", p != NULL
	    && same(p, data, 3000));
	pkt_free(p);

	CHECK("a_fragment_past_the_known_end_drops_the_datagram",
	    ipfrag_reassemble(frag(3, data, 1000, 1000, false)) == NULL
	    && ipfrag_count() == 1
	    && ipfrag_reassemble(frag(3, data, 2000, 1000, true)) == NULL
	    && ipfrag_count() == 0);
	CHECK("a_middle_piece_not_a_multiple_of_8_drops_it",
	    ipfrag_reassemble(frag(4, data, 0, 1001, true)) == NULL
	    && ipfrag_count() == 0);
}

static void limits_and_timeout(void)
{
	static uint8_t data[2000];
	int i;

	for (i = 0; i < 40; i++)
		(void) ipfrag_reassemble(frag((uint16_t) (100 + i), data, 0,
		    1000, true));
	CHECK("at_most_16_datagrams_wait", ipfrag_count() == 16);
	icmp_errors = 0;
	advance(SECS(30));
	CHECK("after_30_s_they_are_dropped", ipfrag_count() == 0);
	CHECK("with_time_exceeded_for_each", icmp_errors == 16
	    && icmp_last_type == ICMP_TIMXCEED && icmp_last_code == 1);
	(void) ipfrag_reassemble(frag(200, data, 1000, 1000, false));
	icmp_errors = 0;
	advance(SECS(30));
	CHECK("no_time_exceeded_without_the_first_fragment",
	    icmp_errors == 0 && ipfrag_count() == 0);
}

static struct pkt *outq[16];
static int nout;

static void capture(struct iface *ifp, struct pkt *p, ipaddr_t hop)
{
	outq[nout++] = p;
}

static void fragmentation(void)
{
	static uint8_t data[4000];
	struct iface ifp = { .if_mtu = 1500, .if_output = capture };
	struct pkt *whole = frag(9, data, 0, sizeof(data), false), *p = NULL;
	int i;

	for (i = 0; i < (int) sizeof(data); i++)
		data[i] = (uint8_t) (i * 13);
	memcpy(whole->p_data + IP_HLEN, data, sizeof(data));
	CHECK("fragmentation_succeeds", ipfrag_output(&ifp, whole, DST) == OK);
	CHECK("into_three_fragments_that_fit", nout == 3
	    && outq[0]->p_len <= 1500 && outq[1]->p_len <= 1500
	    && outq[2]->p_len <= 1500);
	for (i = nout - 1; i >= 0; i--)
		if ((p = ipfrag_reassemble(outq[i])) != NULL)
			break;
	CHECK("they_reassemble_to_the_datagram", p != NULL
	    && same(p, data, sizeof(data)));
	pkt_free(p);
}

int main(void)
{
	checksums();
	reassembly();
	limits_and_timeout();
	fragmentation();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

/*
 * cksum.c - the Internet checksum (RFC 1071): the ones' complement of
 * the ones' complement sum of 16-bit words, and the pseudo-header sum of
 * UDP and TCP.
 *
 * Entry points: cksum_add, cksum_fold, cksum, cksum_pseudo.
 */
#include "inet.h"

/* Add len bytes at data to a running sum (kept in 32 bits, folded at
 * the end).  Works on any alignment and on odd lengths; the words are
 * added in memory order, which gives the right result in either byte
 * order (RFC 1071, 2(B)). */
uint32_t cksum_add(uint32_t sum, const void *data, size_t len)
{
	const uint8_t *p = data;
	uint64_t s = sum;
	uint16_t w;

	while (len >= 2) {
		memcpy(&w, p, 2);
		s += w;
		p += 2;
		len -= 2;
	}
	if (len == 1) {
		w = 0;
		memcpy(&w, p, 1);
		s += w;
	}
	while (s >> 16)
		s = (s & 0xFFFF) + (s >> 16);
	return (uint32_t) s;
}

uint16_t cksum_fold(uint32_t sum)
{
	while (sum >> 16)
		sum = (sum & 0xFFFF) + (sum >> 16);
	return (uint16_t) ~sum;
}

uint16_t cksum(const void *data, size_t len)
{
	return cksum_fold(cksum_add(0, data, len));
}

/* The checksum of a UDP or TCP segment of len bytes at data, with the
 * pseudo-header of src, dst and proto. */
uint16_t cksum_pseudo(ipaddr_t src, ipaddr_t dst, uint8_t proto,
	const void *data, size_t len)
{
	struct pseudo_hdr ph;
	uint32_t sum;

	ph.ph_src = src;
	ph.ph_dst = dst;
	ph.ph_zero = 0;
	ph.ph_proto = proto;
	ph.ph_len = htons((uint16_t) len);
	sum = cksum_add(0, &ph, sizeof(ph));
	return cksum_fold(cksum_add(sum, data, len));
}

/*
 * cksum.c - the CRC of POSIX cksum (polynomial 0x04C11DB7, most
 * significant bit first, the length appended), so that the host can
 * check what a stream carried with its own cksum or the tests' copy.
 */
#include "netio.h"

static uint32_t table[256];

static void make_table(void)
{
	uint32_t c;
	int i, k;

	for (i = 0; i < 256; i++) {
		c = (uint32_t) i << 24;
		for (k = 0; k < 8; k++)
			c = (c & 0x80000000u) ? (c << 1) ^ 0x04C11DB7u : c << 1;
		table[i] = c;
	}
}

void crc_init(struct crc *c)
{
	if (table[1] == 0)
		make_table();
	c->c_crc = 0;
	c->c_len = 0;
}

void crc_add(struct crc *c, const void *data, size_t len)
{
	const uint8_t *p = data;

	c->c_len += len;
	while (len-- > 0)
		c->c_crc = (c->c_crc << 8) ^ table[(c->c_crc >> 24) ^ *p++];
}

uint32_t crc_end(const struct crc *c)
{
	uint32_t crc = c->c_crc;
	uint64_t n = c->c_len;
	uint8_t b;

	while (n != 0) {
		b = (uint8_t) n;
		crc = (crc << 8) ^ table[(crc >> 24) ^ b];
		n >>= 8;
	}
	return ~crc;
}

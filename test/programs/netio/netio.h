/*
 * netio.h - what netio's files share.
 */
#ifndef NETIO_H
#define NETIO_H

#include <stddef.h>
#include <stdint.h>

/* POSIX cksum's CRC (what cksum(1) prints), a piece at a time. */
struct crc {
	uint32_t c_crc;
	uint64_t c_len;
};

void crc_init(struct crc *c);
void crc_add(struct crc *c, const void *data, size_t len);
uint32_t crc_end(const struct crc *c);

int ping(const char *host, int count);
int tftp_get(const char *file);
int resolve(const char *host, uint32_t *addr);
uint32_t ticks_ms(void);

#endif

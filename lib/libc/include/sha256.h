/*
 * sha256.h - SHA-256 (FIPS 180-4), for crypt() (gen/sha256.c).
 *
 * sha256_init, then sha256_add as often as needed, then sha256_end
 * gives the 32-byte digest.
 */
#ifndef _SHA256_H
#define _SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_BYTES	32

struct sha256 {
	uint32_t h[8];			/* the state */
	uint64_t total;			/* bytes added so far */
	uint8_t block[64];		/* a block being filled */
	size_t used;			/* bytes in block */
};

void sha256_init(struct sha256 *s);
void sha256_add(struct sha256 *s, const void *data, size_t len);
void sha256_end(struct sha256 *s, uint8_t digest[SHA256_BYTES]);

#endif

/*
 * random.h - the random driver's declarations.
 */
#ifndef _RANDOM_H
#define _RANDOM_H

#include <stdint.h>

void chacha20_block(const uint32_t key[8], uint32_t counter,
	const uint32_t nonce[3], uint8_t out[64]);

#endif

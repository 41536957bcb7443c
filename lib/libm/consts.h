/*
 * consts.h - constants of libm to more bits than a long double holds.
 * Written by gen_consts.py (python3 gen_consts.py > consts.h); do not
 * edit.  A *_N part has few enough bits that its product with an
 * integer of up to 64-N bits is exact in a long double.
 */
#ifndef _LIBM_CONSTS_H
#define _LIBM_CONSTS_H

#include <stdint.h>

/* pi/2 in four parts of 44 bits (the last of 64): Cody and Waite. */
#define PIO2_1	0xc90fdaa2217p-43L
#define PIO2_2	-0xe7b9676733bp-88L
#define PIO2_3	0xb80dc1cd129p-135L
#define PIO2_4	0x93822299f31d0083p-205L
/* pi/2 to 64 bits, and what it leaves out. */
#define PIO2_HI	0xc90fdaa22168c235p-63L
#define PIO2_LO	-0xece675d1fc8f8cbbp-129L
#define PI_HI	0xc90fdaa22168c235p-62L
#define PI_LO	-0xece675d1fc8f8cbbp-128L
#define PIO4	0xc90fdaa22168c235p-64L
#define TWO_OVER_PI	0xa2f9836e4e44152ap-64L

/* ln 2 in a part of 48 bits and the rest; ln 10; their inverses. */
#define LN2_HI	0xb17217f7d1cfp-48L
#define LN2_LO	0xf35793c7673007e6p-113L
#define LN2	0xb17217f7d1cf79acp-64L
#define INV_LN2	0xb8aa3b295c17f0bcp-63L
#define INV_LN10	0xde5bd8a937287195p-65L
#define LOG10_2_HI	0x9a209a84fbd0p-49L
#define LOG10_2_LO	-0x8677076a653f4837p-117L

/* The bits of 2/pi after the binary point, 32 to a word, the most
 * significant first: Payne and Hanek's reduction. */
#define TWO_OVER_PI_WORDS	40
static const uint32_t two_over_pi_bits[TWO_OVER_PI_WORDS] = {
	0xa2f9836e, 0x4e441529, 0xfc2757d1, 0xf534ddc0,
	0xdb629599, 0x3c439041, 0xfe5163ab, 0xdebbc561,
	0xb7246e3a, 0x424dd2e0, 0x06492eea, 0x09d1921c,
	0xfe1deb1c, 0xb129a73e, 0xe88235f5, 0x2ebb4484,
	0xe99c7026, 0xb45f7e41, 0x3991d639, 0x835339f4,
	0x9c845f8b, 0xbdf9283b, 0x1ff897ff, 0xde05980f,
	0xef2f118b, 0x5a0a6d1f, 0x6d367ecf, 0x27cb09b7,
	0x4f463f66, 0x9e5fea2d, 0x7527bac7, 0xebe5f17b,
	0x3d0739f7, 0x8a5292ea, 0x6bfb5fb1, 0x1f8d5d08,
	0x56033046, 0xfc7b6bab, 0xf0cfbc20, 0x9af4361d,
};

#endif

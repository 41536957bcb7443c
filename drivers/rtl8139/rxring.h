/*
 * rxring.h - reading the RTL8139's receive ring.
 *
 * The card writes each frame it receives into one ring buffer, after a
 * 4-byte header (16 bits of status, 16 of length, the FCS included), and
 * starts the next one on a 4-byte boundary; offsets wrap at the ring's
 * size, and so may a frame.  Pure logic, tested on the host.
 */
#ifndef _RTL8139_RXRING_H
#define _RTL8139_RXRING_H

#include <stdint.h>

#define RXS_ROK		0x0001		/* received fine */
#define RXS_BAD		0x003E		/* FAE, CRC, LONG, RUNT, ISE */
#define RX_FCS		4		/* the length counts the FCS */

enum rxr_kind {
	RXR_FRAME,		/* a frame to deliver */
	RXR_DAMAGED,		/* a frame the card got wrong: skip it */
	RXR_LOST,		/* the header makes no sense: start over */
};

struct rxr_frame {
	uint32_t rf_data;	/* where the frame starts in the ring */
	uint32_t rf_len;	/* its length, without the FCS */
	uint32_t rf_first;	/* bytes of it before the ring wraps */
	uint32_t rf_next;	/* where the next header is */
};

enum rxr_kind rxr_parse(const uint8_t *ring, uint32_t size, uint32_t off,
	struct rxr_frame *f);

#endif

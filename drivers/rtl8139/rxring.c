/*
 * rxring.c - what the header at an offset of the RTL8139's receive ring
 * says: where the frame is, how long, where the next begins (see
 * rxring.h).
 *
 * Entry point: rxr_parse().
 */
#include <minix/msg/net.h>
#include "rxring.h"

/* ring holds size bytes (a multiple of 4); off is 4-aligned, so the
 * header itself never wraps. */
enum rxr_kind rxr_parse(const uint8_t *ring, uint32_t size, uint32_t off,
	struct rxr_frame *f)
{
	uint16_t status, len;

	if (off >= size || off % 4 != 0)
		return RXR_LOST;
	status = ring[off] | ring[off + 1] << 8;
	len = ring[off + 2] | ring[off + 3] << 8;
	if (len < NDEV_FRAME_MIN + RX_FCS || len > NDEV_FRAME_MAX + RX_FCS
	    || len + 4u > size)
		return RXR_LOST;
	f->rf_data = (off + 4) % size;
	f->rf_len = len - RX_FCS;
	f->rf_first = size - f->rf_data < f->rf_len ? size - f->rf_data
		: f->rf_len;
	f->rf_next = ((off + 4 + len + 3) & ~3u) % size;
	if (!(status & RXS_ROK) || (status & RXS_BAD))
		return RXR_DAMAGED;
	return RXR_FRAME;
}

/*
 * test_netrings.c - host tests of the network drivers' ring arithmetic:
 * e1000's descriptor ring indices (drivers/e1000/ring.h) and how the
 * RTL8139's receive ring is read (drivers/rtl8139/rxring.c): headers,
 * lengths, alignment, frames that wrap, and headers that make no sense.
 * One case per check, named after what it checks.
 */
#include <stdio.h>
#include <string.h>
#include <minix/msg/net.h>
#include "ring.h"
#include "rxring.h"

static int passed, failed;

#define CHECK(name, c) do { \
	if (c) { passed++; printf("ok %s\n", name); } \
	else { failed++; printf("FAIL %s: %s\n", name, #c); } \
} while (0)

/* --- e1000: ring.h ------------------------------------------------------ */

static void descriptor_ring(void)
{
	struct ring r;
	unsigned i, filled = 0, taken = 0, ok = 1;

	ring_init(&r, 8);
	CHECK("a_new_ring_has_nothing_busy", ring_busy(&r) == 0
	    && !ring_full(&r));
	for (i = 0; i < 7; i++)
		ring_fill(&r);
	CHECK("a_ring_of_8_is_full_with_7_busy", ring_busy(&r) == 7
	    && ring_full(&r));
	CHECK("the_next_slot_wraps_to_0", r.r_next == 7
	    && ring_step(&r, r.r_next) == 0);
	ring_take(&r);
	CHECK("taking_one_back_makes_room", ring_busy(&r) == 6
	    && !ring_full(&r));
	/* Fill and take in uneven turns, round and round. */
	ring_init(&r, 8);
	for (i = 0; i < 1000; i++) {
		while (!ring_full(&r) && filled - taken < 1 + i % 7) {
			ring_fill(&r);
			filled++;
		}
		while (ring_busy(&r) > i % 3) {
			ring_take(&r);
			taken++;
		}
		ok &= ring_busy(&r) == filled - taken && r.r_next < 8
			&& r.r_done < 8;
	}
	CHECK("busy_slots_stay_counted_across_many_wraps", ok && filled > 100);
}

/* --- rtl8139: rxring.c -------------------------------------------------- */

#define RING	8192
static uint8_t ring[RING];

/* A frame of len bytes (without the FCS) at off, as the card writes it:
 * header, data (wrapping at the end), FCS.  Returns the next offset. */
static uint32_t put_frame(uint32_t off, uint16_t status, uint32_t len,
	uint8_t fill)
{
	uint32_t i, total = len + RX_FCS;

	ring[off] = status & 0xFF;
	ring[off + 1] = status >> 8;
	ring[off + 2] = total & 0xFF;
	ring[off + 3] = total >> 8;
	for (i = 0; i < total; i++)
		ring[(off + 4 + i) % RING] = i < len ? fill : 0xCC;
	return ((off + 4 + total + 3) & ~3u) % RING;
}

static void receive_ring(void)
{
	struct rxr_frame f;
	uint32_t next;

	next = put_frame(0, RXS_ROK, 60, 0xA1);
	CHECK("a_good_frame_is_a_frame",
	    rxr_parse(ring, RING, 0, &f) == RXR_FRAME && f.rf_data == 4
	    && f.rf_len == 60 && f.rf_first == 60 && f.rf_next == next);
	CHECK("the_next_header_is_4_aligned_after_the_fcs", next == 68);
	put_frame(68, RXS_ROK, 61, 0xA2);
	CHECK("an_odd_length_rounds_up_to_4",
	    rxr_parse(ring, RING, 68, &f) == RXR_FRAME && f.rf_next == 140);
	next = put_frame(RING - 40, RXS_ROK, 100, 0xA3);
	CHECK("a_frame_that_wraps_is_cut_at_the_end",
	    rxr_parse(ring, RING, RING - 40, &f) == RXR_FRAME
	    && f.rf_data == RING - 36 && f.rf_first == 36 && f.rf_len == 100
	    && f.rf_next == next && next == 68);
	put_frame(RING - 4, RXS_ROK, 60, 0xA4);
	CHECK("a_frame_whose_header_ends_the_ring_starts_at_0",
	    rxr_parse(ring, RING, RING - 4, &f) == RXR_FRAME
	    && f.rf_data == 0 && f.rf_first == 60);
	put_frame(200, RXS_ROK | 0x0004, 60, 0);
	CHECK("a_frame_with_a_bad_crc_is_damaged_and_skipped",
	    rxr_parse(ring, RING, 200, &f) == RXR_DAMAGED
	    && f.rf_next == 268);
	put_frame(300, 0, 60, 0);
	CHECK("a_frame_not_received_ok_is_damaged",
	    rxr_parse(ring, RING, 300, &f) == RXR_DAMAGED);
	put_frame(400, RXS_ROK, NDEV_FRAME_MAX, 0);
	CHECK("the_longest_frame_is_a_frame",
	    rxr_parse(ring, RING, 400, &f) == RXR_FRAME
	    && f.rf_len == NDEV_FRAME_MAX);
	put_frame(2000, RXS_ROK, NDEV_FRAME_MAX + 1, 0);
	CHECK("a_longer_one_means_the_ring_is_lost",
	    rxr_parse(ring, RING, 2000, &f) == RXR_LOST);
	put_frame(4000, RXS_ROK, NDEV_FRAME_MIN - 1, 0);
	CHECK("one_shorter_than_a_header_means_the_ring_is_lost",
	    rxr_parse(ring, RING, 4000, &f) == RXR_LOST);
	CHECK("an_unaligned_offset_is_lost",
	    rxr_parse(ring, RING, 2, &f) == RXR_LOST);
	CHECK("an_offset_past_the_ring_is_lost",
	    rxr_parse(ring, RING, RING, &f) == RXR_LOST);
}

int main(void)
{
	descriptor_ring();
	receive_ring();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

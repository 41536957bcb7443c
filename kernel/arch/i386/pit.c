/*
 * pit.c - the 8253/8254 timer, channel 0, as the clock's tick source.
 */
#include "kernel.h"

#define PIT_CH0		0x40
#define PIT_MODE	0x43
#define PIT_FREQ	1193182
#define PIT_SQUARE	0x36	/* channel 0, lo/hi byte, mode 3 */

void pit_init(int hz)
{
	uint32_t div = PIT_FREQ / hz;

	outb(PIT_MODE, PIT_SQUARE);
	outb(PIT_CH0, div & 0xFF);
	outb(PIT_CH0, div >> 8);
}

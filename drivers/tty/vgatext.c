/*
 * vgatext.c - the VGA text screen (80x25 at 0xB8000) as the console's
 * display: character and attribute in one 16-bit cell, the hardware
 * cursor moved through the CRT controller.  The BIOS boot's screen.
 *
 * Entry points: vgatext_open(), vgatext_display.
 */
#include <string.h>
#include "tty.h"

#define VGA_PHYS	0xB8000
#define VGA_VIRT	0x50000000	/* where we map it */
#define COLS		80
#define ROWS		25
#define CRTC_INDEX	0x3D4
#define CRTC_DATA	0x3D5

static uint16_t *screen;

static void put(int row, int col, unsigned char c, uint8_t attr)
{
	screen[row * COLS + col] = (uint16_t) (attr << 8) | c;
}

static void clear(int from, int to, uint8_t attr)
{
	int i;

	for (i = from; i < to; i++)
		screen[i] = (uint16_t) (attr << 8) | ' ';
}

static void scroll(uint8_t attr)
{
	memmove(screen, screen + COLS, (ROWS - 1) * COLS * sizeof(*screen));
	clear((ROWS - 1) * COLS, ROWS * COLS, attr);
}

/* The hardware cursor stays where it is while a write draws (-1). */
static void cursor(int row, int col)
{
	struct pv_pair pv[4];
	int pos = row * COLS + col;

	if (row < 0)
		return;
	pv[0].port = CRTC_INDEX; pv[0].value = 14;
	pv[1].port = CRTC_DATA; pv[1].value = pos >> 8;
	pv[2].port = CRTC_INDEX; pv[2].value = 15;
	pv[3].port = CRTC_DATA; pv[3].value = pos & 0xFF;
	(void) sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, 4);
}

const struct display vgatext_display = {
	.d_rows = ROWS, .d_cols = COLS,
	.d_put = put, .d_clear = clear, .d_scroll = scroll,
	.d_cursor = cursor,
};

/* Map the text buffer.  fresh: go on where the kernel's messages
 * stopped (*row, *col from the hardware cursor; screen.c has taken the
 * screen from the kernel). */
int vgatext_open(bool fresh, int *row, int *col)
{
	uint32_t lo = 0, hi = 0;
	int r, pos;

	r = sys_memmap(MM_MAP_PHYS, SELF, VGA_VIRT, 4096, VGA_PHYS,
		MM_FLAG_WRITE);
	if (r != OK)
		return r;
	screen = (uint16_t *) VGA_VIRT;
	if (!fresh)
		return OK;
	sys_outb(CRTC_INDEX, 14);
	sys_inb(CRTC_DATA, &hi);
	sys_outb(CRTC_INDEX, 15);
	sys_inb(CRTC_DATA, &lo);
	pos = (hi << 8) | lo;
	*row = pos / COLS < ROWS ? pos / COLS : ROWS - 1;
	*col = pos % COLS;
	return OK;
}

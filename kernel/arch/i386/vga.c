/*
 * vga.c - the kernel's output on the VGA text screen (80x25 at 0xB8000),
 * with scrolling and the hardware cursor kept under the next character.
 */
#include "kernel.h"

#define VGA_PHYS	0xB8000
#define VGA_COLS	80
#define VGA_ROWS	25
#define VGA_ATTR	0x0700		/* light grey on black */
#define CRTC_INDEX	0x3D4
#define CRTC_DATA	0x3D5

static uint16_t *const screen = (uint16_t *) (KERNBASE + VGA_PHYS);
static int row, col;

static void move_cursor(void)
{
	int pos = row * VGA_COLS + col;

	outb(CRTC_INDEX, 14);
	outb(CRTC_DATA, pos >> 8);
	outb(CRTC_INDEX, 15);
	outb(CRTC_DATA, pos & 0xFF);
}

static void scroll(void)
{
	int i;

	memmove(screen, screen + VGA_COLS,
		(VGA_ROWS - 1) * VGA_COLS * sizeof(*screen));
	for (i = 0; i < VGA_COLS; i++)
		screen[(VGA_ROWS - 1) * VGA_COLS + i] = VGA_ATTR | ' ';
	row = VGA_ROWS - 1;
}

void vga_clear(void)
{
	int i;

	for (i = 0; i < VGA_ROWS * VGA_COLS; i++)
		screen[i] = VGA_ATTR | ' ';
	row = col = 0;
	move_cursor();
}

void vga_putc(int c)
{
	switch (c) {
	case '\n':
		col = 0;
		row++;
		break;
	case '\r':
		col = 0;
		break;
	case '\b':
		if (col > 0)
			col--;
		break;
	case '\t':
		col = (col + 8) & ~7;
		break;
	default:
		screen[row * VGA_COLS + col] = VGA_ATTR | (uint8_t) c;
		col++;
	}
	if (col >= VGA_COLS) {
		col = 0;
		row++;
	}
	if (row >= VGA_ROWS)
		scroll();
	move_cursor();
}

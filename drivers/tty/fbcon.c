/*
 * fbcon.c - a text console drawn on the boot loader's linear
 * framebuffer, for machines without VGA text mode (UEFI).
 *
 * The screen is a grid of 8x16 character cells (font.h), as many as the
 * framebuffer holds (at most MAX_COLS x MAX_ROWS).  A character is drawn
 * pixel by pixel in its attribute's colours (the 16 of the PC's text
 * modes); scrolling moves the pixel rows up with memmove.  What each cell
 * holds is kept beside (cells[]) so that the cursor, an underline in the
 * character's colour, can be taken away by drawing the cell again.
 *
 * Entry points: fbcon_open(), fbcon_display.
 */
#include <string.h>
#include <minix/kinfo.h>
#include "tty.h"
#include "font.h"

#define MAX_COLS	240
#define MAX_ROWS	100
#define CURSOR_ROWS	2		/* the underline's height in pixels */

static uint8_t *fb;			/* the framebuffer, mapped */
static struct fb_info info;
static unsigned bytes_pp;		/* bytes a pixel */
static uint16_t cells[MAX_ROWS * MAX_COLS];	/* attribute << 8 | char */
static int cur_row = -1, cur_col;	/* where the cursor is drawn */
static uint32_t colour[16];		/* pixel values of the attributes */

/* The PC text modes' 16 colours, as 0xRRGGBB. */
static const uint32_t palette[16] = {
	0x000000, 0x0000AA, 0x00AA00, 0x00AAAA,
	0xAA0000, 0xAA00AA, 0xAA5500, 0xAAAAAA,
	0x555555, 0x5555FF, 0x55FF55, 0x55FFFF,
	0xFF5555, 0xFF55FF, 0xFFFF55, 0xFFFFFF,
};

struct display fbcon_display;

/* An 8-bit colour component as a field of size bits at pos. */
static uint32_t field(uint32_t v8, int pos, int size)
{
	return size == 0 ? 0 : ((v8 >> (8 - (size > 8 ? 8 : size))) << pos);
}

static uint32_t pixel_value(uint32_t rgb)
{
	return field(rgb >> 16 & 0xFF, info.fb_red_pos, info.fb_red_size)
		| field(rgb >> 8 & 0xFF, info.fb_green_pos, info.fb_green_size)
		| field(rgb & 0xFF, info.fb_blue_pos, info.fb_blue_size);
}

/* One pixel row of a cell: bits (top bit leftmost) in fg, else bg. */
static void draw_row(uint8_t *p, unsigned bits, uint32_t fg, uint32_t bg)
{
	uint32_t v;
	int x;

	for (x = 0; x < FONT_WIDTH; x++, p += bytes_pp) {
		v = (bits & (0x80u >> x)) ? fg : bg;
		switch (bytes_pp) {
		case 4: *(uint32_t *) p = v; break;
		case 2: *(uint16_t *) p = (uint16_t) v; break;
		default:
			p[0] = (uint8_t) v;
			p[1] = (uint8_t) (v >> 8);
			p[2] = (uint8_t) (v >> 16);
		}
	}
}

/* Draw cell (row, col) as cells[] has it, with the cursor if asked. */
static void draw_cell(int row, int col, bool with_cursor)
{
	uint16_t cell = cells[row * fbcon_display.d_cols + col];
	unsigned c = cell & 0xFF, attr = cell >> 8, y, bits;
	uint32_t fg = colour[attr & 0x0F], bg = colour[attr >> 4 & 0x0F];
	uint8_t *p = fb + (size_t) row * FONT_HEIGHT * info.fb_pitch
		+ (size_t) col * FONT_WIDTH * bytes_pp;
	const unsigned char *glyph;

	if (c < FONT_FIRST || c > FONT_LAST)
		c = c == 0 ? ' ' : '?';	/* outside the font */
	glyph = font_glyphs[c - FONT_FIRST];
	for (y = 0; y < FONT_HEIGHT; y++, p += info.fb_pitch) {
		bits = glyph[y];
		if (with_cursor && y >= FONT_HEIGHT - CURSOR_ROWS)
			bits = 0xFF;
		draw_row(p, bits, fg, bg);
	}
}

static void put(int row, int col, unsigned char c, uint8_t attr)
{
	cells[row * fbcon_display.d_cols + col] = (uint16_t) (attr << 8) | c;
	draw_cell(row, col, false);
}

static void clear(int from, int to, uint8_t attr)
{
	int i, cols = fbcon_display.d_cols;

	for (i = from; i < to; i++) {
		cells[i] = (uint16_t) (attr << 8) | ' ';
		draw_cell(i / cols, i % cols, false);
	}
}

/* Up one text row: the pixel rows move, the last text row is blank. */
static void scroll(uint8_t attr)
{
	int rows = fbcon_display.d_rows, cols = fbcon_display.d_cols;
	size_t line = (size_t) FONT_HEIGHT * info.fb_pitch;

	memmove(fb, fb + line, (size_t) (rows - 1) * line);
	memmove(cells, cells + cols, (size_t) (rows - 1) * cols
		* sizeof(cells[0]));
	clear((rows - 1) * cols, rows * cols, attr);
}

/* Show the cursor at (row, col); row -1 takes it away. */
static void cursor(int row, int col)
{
	if (cur_row >= 0)
		draw_cell(cur_row, cur_col, false);
	cur_row = row;
	cur_col = col;
	if (row >= 0)
		draw_cell(row, col, true);
}

/* Map the framebuffer fbi describes and size the grid to it.  fresh:
 * a first start, which clears the screen (a live update's new version
 * finds it as the old one left it, the cursor at the position it is
 * given). */
int fbcon_open(const struct fb_info *fbi, bool fresh)
{
	void *p;
	int r, i;

	if (fbi->fb_width < FONT_WIDTH || fbi->fb_height < FONT_HEIGHT)
		return -EINVAL;
	if ((r = map_phys(fbi->fb_phys, (size_t) fbi->fb_pitch
	    * fbi->fb_height, &p)) != OK)
		return r;
	fb = p;
	info = *fbi;
	bytes_pp = (info.fb_bpp + 7) / 8;
	for (i = 0; i < 16; i++)
		colour[i] = pixel_value(palette[i]);
	fbcon_display.d_rows = info.fb_height / FONT_HEIGHT;
	fbcon_display.d_cols = info.fb_width / FONT_WIDTH;
	if (fbcon_display.d_rows > MAX_ROWS)
		fbcon_display.d_rows = MAX_ROWS;
	if (fbcon_display.d_cols > MAX_COLS)
		fbcon_display.d_cols = MAX_COLS;
	fbcon_display.d_put = put;
	fbcon_display.d_clear = clear;
	fbcon_display.d_scroll = scroll;
	fbcon_display.d_cursor = cursor;
	for (i = 0; i < MAX_ROWS * MAX_COLS; i++)
		cells[i] = 0x0700 | ' ';
	if (fresh)
		memset(fb, 0, (size_t) info.fb_pitch * info.fb_height);
	return OK;
}

/*
 * vga.c - the console screen: 80x25 VGA text with a cursor, scrolling,
 * and the few ANSI escape sequences programs use (cursor movement and
 * position, clearing the screen or a line, colours ignored).
 */
#include <string.h>
#include "tty.h"

#define VGA_PHYS	0xB8000
#define VGA_VIRT	0x50000000	/* where we map it */
#define COLS		80
#define ROWS		25
#define ATTR		0x0700
#define CRTC_INDEX	0x3D4
#define CRTC_DATA	0x3D5
#define MAX_PARAMS	VGA_MAX_PARAMS

static uint16_t *screen;
static int row, col;
static enum { NORMAL, ESCAPE, CSI } state;
static int params[MAX_PARAMS], nparams;

/* The text buffer, in our address space (its contents are the
 * screen's: they outlive us). */
int vga_map(void)
{
	int r;

	r = sys_memmap(MM_MAP_PHYS, SELF, VGA_VIRT, 4096, VGA_PHYS,
		MM_FLAG_WRITE);
	if (r != OK)
		return r;
	screen = (uint16_t *) VGA_VIRT;
	return OK;
}

/* Where the cursor is and how far an escape sequence got, for a live
 * update's new version. */
void vga_get(struct vga_state *v)
{
	v->v_row = row;
	v->v_col = col;
	v->v_escape = state;
	memcpy(v->v_params, params, sizeof(v->v_params));
	v->v_nparams = nparams;
}

void vga_set(const struct vga_state *v)
{
	row = v->v_row < 0 || v->v_row >= ROWS ? 0 : v->v_row;
	col = v->v_col < 0 || v->v_col >= COLS ? 0 : v->v_col;
	state = v->v_escape;
	memcpy(params, v->v_params, sizeof(params));
	nparams = v->v_nparams;
}

int vga_init(void)
{
	uint32_t lo = 0, hi = 0;
	int r, pos;

	if ((r = vga_map()) != OK)
		return r;
	(void) sys_diagctl(DIAG_VGA_OFF, NULL, 0);	/* the screen is ours */
	sys_outb(CRTC_INDEX, 14);			/* continue where the */
	sys_inb(CRTC_DATA, &hi);			/* kernel stopped */
	sys_outb(CRTC_INDEX, 15);
	sys_inb(CRTC_DATA, &lo);
	pos = (hi << 8) | lo;
	row = pos / COLS < ROWS ? pos / COLS : ROWS - 1;
	col = pos % COLS;
	return OK;
}

static void move_cursor(void)
{
	struct pv_pair pv[4];
	int pos = row * COLS + col;

	pv[0].port = CRTC_INDEX; pv[0].value = 14;
	pv[1].port = CRTC_DATA; pv[1].value = pos >> 8;
	pv[2].port = CRTC_INDEX; pv[2].value = 15;
	pv[3].port = CRTC_DATA; pv[3].value = pos & 0xFF;
	(void) sys_vdevio(DIO_OUTPUT | DIO_BYTE, pv, 4);
}

static void clear(int from, int to)
{
	int i;

	for (i = from; i < to; i++)
		screen[i] = ATTR | ' ';
}

static void scroll(void)
{
	memmove(screen, screen + COLS, (ROWS - 1) * COLS * sizeof(*screen));
	clear((ROWS - 1) * COLS, ROWS * COLS);
	row = ROWS - 1;
}

static int param(int i, int dflt)
{
	return i < nparams && params[i] > 0 ? params[i] : dflt;
}

static void csi(char c)
{
	switch (c) {
	case 'A': row -= param(0, 1); break;
	case 'B': row += param(0, 1); break;
	case 'C': col += param(0, 1); break;
	case 'D': col -= param(0, 1); break;
	case 'H': case 'f':
		row = param(0, 1) - 1;
		col = param(1, 1) - 1;
		break;
	case 'J':
		if (param(0, 0) == 2)
			clear(0, ROWS * COLS);
		else
			clear(row * COLS + col, ROWS * COLS);
		break;
	case 'K':
		clear(row * COLS + col, (row + 1) * COLS);
		break;
	default:
		break;			/* m (colours) and others: ignored */
	}
	row = row < 0 ? 0 : row >= ROWS ? ROWS - 1 : row;
	col = col < 0 ? 0 : col >= COLS ? COLS - 1 : col;
}

static void put(char c)
{
	switch (c) {
	case '\n':			/* a new line starts at column 0 */
		row++;
		col = 0;
		break;
	case '\r': col = 0; break;
	case '\b': if (col > 0) col--; break;
	case '\t': col = (col + 8) & ~7; break;
	case '\a': break;
	default:
		screen[row * COLS + col] = ATTR | (uint8_t) c;
		col++;
	}
	if (col >= COLS) {
		col = 0;
		row++;
	}
	if (row >= ROWS)
		scroll();
}

static void vga_char(char c)
{
	switch (state) {
	case NORMAL:
		if (c == 0x1B)
			state = ESCAPE;
		else
			put(c);
		return;
	case ESCAPE:
		state = c == '[' ? CSI : NORMAL;
		nparams = 0;
		memset(params, 0, sizeof(params));
		return;
	case CSI:
		if (c >= '0' && c <= '9') {
			if (nparams == 0)
				nparams = 1;
			if (nparams <= MAX_PARAMS)
				params[nparams - 1] = params[nparams - 1] * 10
					+ (c - '0');
		} else if (c == ';') {
			if (nparams == 0)
				nparams = 1;
			nparams++;
		} else if (c != '?') {
			csi(c);
			state = NORMAL;
		}
		return;
	}
}

void vga_write(const char *buf, size_t n)
{
	size_t i;

	if (screen == NULL)
		return;
	for (i = 0; i < n; i++)
		vga_char(buf[i]);
	move_cursor();
}

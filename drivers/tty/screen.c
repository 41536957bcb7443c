/*
 * screen.c - the console screen as a terminal: a cursor, line wrap,
 * scrolling and the few ANSI escape sequences programs use (cursor
 * movement and position, clearing the screen or a line; colours are
 * ignored: every character is drawn light grey on black).
 *
 * What the screen is is a display's business: the VGA text buffer
 * (vgatext.c) when the machine has one, else the framebuffer the boot
 * loader set up (fbcon.c: UEFI has no text mode).  The kernel's boot
 * information says which.
 *
 * Once tty has the screen the kernel no longer draws there: it tells tty
 * when it has written to its log, and screen_kernel_news() draws what is
 * new (the messages of the kernel and of every system process).
 *
 * Entry points: screen_init(), screen_map(), screen_get(), screen_set(),
 * screen_write(), screen_size(), screen_kernel_news().
 */
#include <string.h>
#include <minix/kinfo.h>
#include "tty.h"

#define ATTR		0x07		/* light grey on black */
#define MAX_PARAMS	SCREEN_MAX_PARAMS

static const struct display *disp;
static int row, col;
static bool cursor_adopted;	/* the cursor drawn at (row, col) is ours */
static enum { NORMAL, ESCAPE, CSI } state;
static int params[MAX_PARAMS], nparams;
static struct kmessages km;	/* the kernel's log, as last read */
static uint32_t km_shown;	/* bytes of it on the screen (or before us) */

static void screen_char(char c);

static void clamp_cursor(void)
{
	if (disp == NULL)
		return;
	row = row < 0 ? 0 : row >= disp->d_rows ? disp->d_rows - 1 : row;
	col = col < 0 ? 0 : col >= disp->d_cols ? disp->d_cols - 1 : col;
}

/* Which display: the framebuffer when the boot loader set one up,
 * none when it says there is no screen (UEFI without a framebuffer:
 * the console is the serial port), else VGA text.  fresh: a first start, which takes the screen over. */
static int pick_display(bool fresh)
{
	struct kinfo ki;
	int r;

	if ((r = sys_getkinfo(&ki)) != OK)
		return r;
	if (ki.k_fb.fb_type == FB_ABSENT)
		return -ENODEV;
	if (fresh)	/* the screen is ours: the kernel tells us instead */
		(void) sys_diagctl(DIAG_CONSOLE_TAKEN, NULL, 0);
	if (sys_getinfo(GET_KMESSAGES, &km, sizeof(km), NONE) == OK)
		km_shown = km.km_told;	/* a restart shows what it missed */
	if (ki.k_fb.fb_type == FB_RGB) {
		if ((r = fbcon_open(&ki.k_fb, fresh)) != OK)
			return r;
		disp = &fbcon_display;
	} else {
		if ((r = vgatext_open(fresh, &row, &col)) != OK)
			return r;
		disp = &vgatext_display;
	}
	clamp_cursor();
	return OK;
}

/* The screen in our address space again, as a live update's new
 * version finds it (its contents outlive us). */
int screen_map(void)
{
	return pick_display(false);
}

/* On a framebuffer the kernel could not draw: its messages so far, as
 * they would have been on a VGA screen (the last screenful: what would
 * scroll away is not drawn). */
static void show_kernel_messages(void)
{
	uint32_t from, n;
	int lines = 0;

	from = km.km_next > KMESS_SIZE ? km.km_next - KMESS_SIZE : 0;
	for (n = km.km_next; n > from; n--)
		if (km.km_buf[(n - 1) % KMESS_SIZE] == '\n'
		    && ++lines == disp->d_rows)
			break;
	for (; n < km.km_next; n++)
		screen_char(km.km_buf[n % KMESS_SIZE]);
}

/* The kernel says its log grew: draw what is new since we last looked
 * (what the ring no longer holds is lost to the screen, not the log). */
void screen_kernel_news(void)
{
	uint32_t n, at, len;

	if (disp == NULL || sys_getinfo(GET_KMESSAGES, &km, sizeof(km),
	    NONE) != OK)
		return;
	n = km.km_next - km_shown > KMESS_SIZE ? km.km_next - KMESS_SIZE
		: km_shown;
	while (n != km.km_next) {	/* the ring in at most two pieces */
		at = n % KMESS_SIZE;
		len = km.km_next - n;
		if (len > KMESS_SIZE - at)
			len = KMESS_SIZE - at;
		screen_write(&km.km_buf[at], len);
		n += len;
	}
	km_shown = km.km_next;
}

/* Take the screen over at a first start (or after a crash). */
int screen_init(void)
{
	int r;

	if ((r = pick_display(true)) != OK)
		return r;
	cursor_adopted = true;
	if (disp == &fbcon_display) {
		show_kernel_messages();
		km_shown = km.km_next;
		disp->d_cursor(row, col);
	} else {
		screen_kernel_news();	/* said while we were being restarted */
	}
	return OK;
}

/* Rows and columns: 25 by 80 without a screen. */
void screen_size(int *rows, int *cols)
{
	*rows = disp != NULL ? disp->d_rows : 25;
	*cols = disp != NULL ? disp->d_cols : 80;
}

/* Where the cursor is and how far an escape sequence got, for a live
 * update's new version. */
void screen_get(struct screen_state *v)
{
	v->v_row = row;
	v->v_col = col;
	v->v_escape = state;
	memcpy(v->v_params, params, sizeof(v->v_params));
	v->v_nparams = nparams;
}

void screen_set(const struct screen_state *v)
{
	row = v->v_row;
	col = v->v_col;
	clamp_cursor();
	state = v->v_escape == ESCAPE || v->v_escape == CSI
		? v->v_escape : NORMAL;
	memcpy(params, v->v_params, sizeof(params));
	nparams = v->v_nparams < 0 || v->v_nparams > MAX_PARAMS
		? 0 : v->v_nparams;
}

static void clear(int from, int to)
{
	disp->d_clear(from, to, ATTR);
}

static void scroll(void)
{
	disp->d_scroll(ATTR);
	row = disp->d_rows - 1;
}

static int param(int i, int dflt)
{
	return i < nparams && params[i] > 0 ? params[i] : dflt;
}

static void csi(char c)
{
	int cols = disp->d_cols, all = disp->d_rows * cols;

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
		clear(param(0, 0) == 2 ? 0 : row * cols + col, all);
		break;
	case 'K':
		clear(row * cols + col, (row + 1) * cols);
		break;
	default:
		break;			/* m (colours) and others: ignored */
	}
	clamp_cursor();
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
		disp->d_put(row, col, (unsigned char) c, ATTR);
		col++;
	}
	if (col >= disp->d_cols) {
		col = 0;
		row++;
	}
	if (row >= disp->d_rows)
		scroll();
}

static void screen_char(char c)
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

void screen_write(const char *buf, size_t n)
{
	size_t i;

	if (disp == NULL)
		return;
	/* After a live update the old version's cursor is on the screen
	 * where the state says: take it over, so that it goes away. */
	if (!cursor_adopted)
		disp->d_cursor(row, col);
	cursor_adopted = true;
	disp->d_cursor(-1, -1);		/* off while we draw */
	for (i = 0; i < n; i++)
		screen_char(buf[i]);
	disp->d_cursor(row, col);
}

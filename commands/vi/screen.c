/*
 * screen.c - vi: the text on the terminal, with ANSI sequences.
 *
 * All rows but the last show the text from ed.top, columns from
 * ed.left (tabs to every eighth column, other control characters as
 * ^X); rows past its end show "~".  The last row is the status line.
 * What each row shows is remembered, so that a redraw sends only the
 * rows that changed.  No row is drawn to its last column: some
 * terminals (Resurgo's screen among them) wrap at once there.
 *
 * Entry points: screen_size, screen_draw, screen_clear_all, message,
 * prompt_line.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <sys/ioctl.h>
#include "vi.h"

#define MAX_COLS	512

static char **shown;			/* each row's last drawn text */
static int shown_rows;

void screen_size(void)
{
	struct winsize ws;

	ed.rows = 24;
	ed.cols = 80;
	if (ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_row > 2 && ws.ws_col > 8) {
		ed.rows = ws.ws_row;
		ed.cols = ws.ws_col < MAX_COLS ? ws.ws_col : MAX_COLS;
	}
	shown = calloc((size_t) ed.rows, sizeof(*shown));
	shown_rows = ed.rows;
	if (shown == NULL) {
		fputs("vi: out of memory\n", stderr);
		exit(1);
	}
}

/* The screen column where byte col of line l shows. */
static size_t display_col(const struct line *l, size_t col)
{
	size_t d = 0;

	for (size_t i = 0; i < col && i < l->len; i++) {
		unsigned char c = (unsigned char) l->s[i];
		d += c == '\t' ? 8 - d % 8 : c < 0x20 || c == 0x7f ? 2 : 1;
	}
	return d;
}

/* Row r's text (at most cols - 1 characters) into out. */
static void render(int r, char *out)
{
	size_t i = ed.top + (size_t) r, d = 0, n = 0, width = ed.cols - 1;
	const struct line *l;

	if (i >= ed.nlines) {
		strcpy(out, "~");
		return;
	}
	l = &ed.lines[i];
	for (size_t k = 0; k < l->len && n < width; k++) {
		unsigned char c = (unsigned char) l->s[k];
		char cell[8];
		int w = 0;

		if (c == '\t')
			while (w < 8 - (int) (d % 8))
				cell[w++] = ' ';
		else if (c < 0x20 || c == 0x7f)
			w = sprintf(cell, "^%c", c == 0x7f ? '?' : c + '@');
		else
			cell[w++] = (char) c;
		for (int j = 0; j < w && n < width; j++, d++)
			if (d >= ed.left)
				out[n++] = cell[j];
	}
	out[n] = '\0';
}

/* Put row r on the screen if it changed. */
static void put_row(int r, const char *text)
{
	if (shown[r] != NULL && strcmp(shown[r], text) == 0)
		return;
	printf("\033[%d;1H%s\033[K", r + 1, text);
	free(shown[r]);
	shown[r] = strdup(text);
}

/* Scroll so that the cursor shows. */
static void follow_cursor(void)
{
	size_t rows = (size_t) ed.rows - 1, width = (size_t) ed.cols - 1;
	size_t d = display_col(&ed.lines[ed.row], ed.col);

	if (ed.row < ed.top)
		ed.top = ed.row;
	if (ed.row >= ed.top + rows)
		ed.top = ed.row - rows + 1;
	if (d < ed.left)
		ed.left = d;
	if (d >= ed.left + width)
		ed.left = d - width + 1;
}

void screen_draw(void)
{
	char text[MAX_COLS + 8];
	int r;

	follow_cursor();
	for (r = 0; r < ed.rows - 1; r++) {
		render(r, text);
		put_row(r, text);
	}
	snprintf(text, (size_t) ed.cols, "%s", ed.msg);
	put_row(ed.rows - 1, text);
	printf("\033[%d;%dH", (int) (ed.row - ed.top) + 1,
	    (int) (display_col(&ed.lines[ed.row], ed.col) - ed.left) + 1);
	fflush(stdout);
}

/* Forget what the screen shows: the next draw sends every row. */
void screen_clear_all(void)
{
	for (int r = 0; r < shown_rows; r++) {
		free(shown[r]);
		shown[r] = NULL;
	}
	fputs("\033[H\033[2J", stdout);
}

void message(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(ed.msg, sizeof(ed.msg), fmt, ap);
	va_end(ap);
}

char *prompt_line(const char *prompt)
{
	char buf[256];
	size_t n = 0;
	int c;

	for (;;) {
		buf[n] = '\0';
		message("%s%s", prompt, buf);
		put_row(ed.rows - 1, ed.msg);
		fflush(stdout);
		c = key_read();
		if (c == '\r' || c == '\n')
			break;
		if (c == ESC || c == K_EOF || ((c == 0x7f || c == CTRL_KEY('H')) &&
		    n == 0)) {
			message("%s", "");
			return NULL;
		}
		if ((c == 0x7f || c == CTRL_KEY('H')) && n > 0)
			n--;
		else if (c >= 0x20 && c < 0x100 && n + 1 < sizeof(buf))
			buf[n++] = (char) c;
	}
	message("%s", "");
	return strdup(buf);
}

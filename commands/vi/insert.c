/*
 * insert.c - vi: insert mode, from i, a, o and the like until ESC.
 *
 * Printable keys and tabs go in before the cursor; Enter splits the
 * line; backspace takes out the character before the cursor, or joins
 * the line to the one above at its start; the arrow keys move.  On
 * ESC the cursor steps back onto the last character typed, as in vi.
 *
 * Entry point: insert_mode.
 */
#include "vi.h"

static void split_line(void)
{
	struct line *l = line_at(ed.row);

	line_insert(ed.row + 1, l->s + ed.col, l->len - ed.col);
	l = line_at(ed.row);			/* the array may have moved */
	l->len = ed.col;
	ed.row++;
	ed.col = 0;
	ed.modified = 1;
}

static void backspace(void)
{
	struct line *above;
	size_t at;

	if (ed.col > 0) {
		text_delete(ed.row, --ed.col, 1);
		return;
	}
	if (ed.row == 0)
		return;
	above = line_at(ed.row - 1);
	at = above->len;
	text_insert(ed.row - 1, at, line_at(ed.row)->s, line_at(ed.row)->len);
	line_delete(ed.row);
	ed.row--;
	ed.col = at;
}

static void move(int key)
{
	if (key == K_LEFT && ed.col > 0)
		ed.col--;
	else if (key == K_RIGHT)
		ed.col++;
	else if (key == K_UP && ed.row > 0)
		ed.row--;
	else if (key == K_DOWN && ed.row + 1 < ed.nlines)
		ed.row++;
	else if (key == K_HOME)
		ed.col = 0;
	else if (key == K_END)
		ed.col = line_at(ed.row)->len;
	cursor_fix(1);
}

void insert_mode(void)
{
	char ch;
	int c;

	message("-- INSERT --");
	for (;;) {
		screen_draw();
		c = key_read();
		if (c == ESC || c == K_EOF)
			break;
		if (c == '\r' || c == '\n')
			split_line();
		else if (c == 0x7f || c == CTRL_KEY('H'))
			backspace();
		else if (c >= K_UP && c <= K_PGDN)
			move(c);
		else if (c == '\t' || (c >= 0x20 && c < 0x100 && c != 0x7f)) {
			ch = (char) c;
			text_insert(ed.row, ed.col++, &ch, 1);
		}
	}
	message("%s", "");
	if (ed.col > 0)
		ed.col--;
	cursor_fix(0);
}

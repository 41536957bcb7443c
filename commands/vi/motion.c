/*
 * motion.c - vi: moving the cursor in normal mode, and keeping it in
 * the text.
 *
 * Entry points: motion, cursor_fix, word_forward.
 */
#include <ctype.h>
#include "vi.h"

void cursor_fix(int insert)
{
	size_t len;

	if (ed.row >= ed.nlines)
		ed.row = ed.nlines - 1;
	len = line_at(ed.row)->len;
	if (ed.col > len)
		ed.col = len;
	if (!insert && len > 0 && ed.col == len)
		ed.col = len - 1;
}

static size_t first_blank_end(size_t row)
{
	const struct line *l = line_at(row);
	size_t c = 0;

	while (c < l->len && (l->s[c] == ' ' || l->s[c] == '\t'))
		c++;
	return c;
}

/* A character's kind for word motions: 0 blank (and a line's end),
 * 1 letters, digits and _, 2 the rest. */
static int kind(size_t row, size_t col)
{
	const struct line *l = line_at(row);
	unsigned char c;

	if (col >= l->len)
		return 0;
	c = (unsigned char) l->s[col];
	return c == ' ' || c == '\t' ? 0 : isalnum(c) || c == '_' ? 1 : 2;
}

/* Step forward one place (a line's end is a place): 0 at the end. */
static int step(size_t *row, size_t *col)
{
	if (*col < line_at(*row)->len)
		(*col)++;
	else if (*row + 1 < ed.nlines)
		*row += 1, *col = 0;
	else
		return 0;
	return 1;
}

static int step_back(size_t *row, size_t *col)
{
	if (*col > 0)
		(*col)--;
	else if (*row > 0)
		*row -= 1, *col = line_at(*row)->len;
	else
		return 0;
	return 1;
}

void word_forward(void)
{
	size_t r = ed.row, c = ed.col;
	int k = kind(r, c);

	while (k != 0 && kind(r, c) == k && step(&r, &c))
		;
	while (kind(r, c) == 0 && line_at(r)->len > 0 && step(&r, &c))
		;
	ed.row = r;
	ed.col = c;
}

static void word_backward(void)
{
	size_t r = ed.row, c = ed.col;
	int k;

	if (!step_back(&r, &c))
		return;
	while (kind(r, c) == 0 && line_at(r)->len > 0 && step_back(&r, &c))
		;
	k = kind(r, c);
	while (c > 0 && k != 0 && kind(r, c - 1) == k)
		c--;
	ed.row = r;
	ed.col = c;
}


static void page(long rows, long count)
{
	long target = (long) ed.row + rows * count;

	ed.row = target < 0 ? 0 : (size_t) target >= ed.nlines ?
	    ed.nlines - 1 : (size_t) target;
	target = (long) ed.top + rows * count;
	ed.top = target < 0 ? 0 : (size_t) target >= ed.nlines ?
	    ed.nlines - 1 : (size_t) target;
}

/* The cursor moved by key, count times (count 0: none was typed).
 * Whether key was a motion. */
int motion(int key, long count)
{
	long n = count > 0 ? count : 1, half = (ed.rows - 1) / 2;

	switch (key) {
	case 'h': case K_LEFT: case CTRL_KEY('H'): case 0x7f:
		ed.col = ed.col > (size_t) n ? ed.col - (size_t) n : 0;
		break;
	case 'l': case K_RIGHT: case ' ':
		ed.col += (size_t) n;
		break;
	case 'j': case K_DOWN: case CTRL_KEY('N'): case '+': case '\r':
		ed.row = ed.row + (size_t) n < ed.nlines ? ed.row + (size_t) n
		    : ed.nlines - 1;
		if (key == '+' || key == '\r')
			ed.col = first_blank_end(ed.row);
		break;
	case 'k': case K_UP: case CTRL_KEY('P'): case '-':
		ed.row = ed.row > (size_t) n ? ed.row - (size_t) n : 0;
		if (key == '-')
			ed.col = first_blank_end(ed.row);
		break;
	case '0': case K_HOME: ed.col = 0; break;
	case '^': ed.col = first_blank_end(ed.row); break;
	case '$': case K_END: ed.col = (size_t) -1; break;
	case 'w': while (n-- > 0) word_forward(); break;
	case 'b': while (n-- > 0) word_backward(); break;
	case 'G':
		ed.row = count > 0 && (size_t) count <= ed.nlines ?
		    (size_t) count - 1 : ed.nlines - 1;
		ed.col = first_blank_end(ed.row);
		break;
	case CTRL_KEY('F'): case K_PGDN: page(ed.rows - 2, n); break;
	case CTRL_KEY('B'): case K_PGUP: page(-(ed.rows - 2), n); break;
	case CTRL_KEY('D'): page(half, n); break;
	case CTRL_KEY('U'): page(-half, n); break;
	default:
		return 0;
	}
	cursor_fix(0);
	return 1;
}

/*
 * edit.c - vi: the changes normal mode makes: deleting characters,
 * words and lines, joining and replacing, and copying lines (yy, dd)
 * to put them back (p, P).
 *
 * Entry points: edit_command, yank_lines.
 */
#include <stdlib.h>
#include <string.h>
#include "vi.h"

static void free_yank(void)
{
	for (size_t i = 0; i < ed.nyank; i++)
		free(ed.yank[i].s);
	free(ed.yank);
	ed.yank = NULL;
	ed.nyank = 0;
}

/* Keep n lines from the cursor's for p. */
void yank_lines(size_t n)
{
	if (n > ed.nlines - ed.row)
		n = ed.nlines - ed.row;
	free_yank();
	if ((ed.yank = calloc(n, sizeof(*ed.yank))) == NULL)
		return;
	for (size_t i = 0; i < n; i++) {
		struct line *l = line_at(ed.row + i);
		ed.yank[i].s = malloc(l->len + 1);
		if (ed.yank[i].s != NULL)
			memcpy(ed.yank[i].s, l->s, l->len);
		ed.yank[i].len = ed.yank[i].s != NULL ? l->len : 0;
	}
	ed.nyank = n;
}

static void delete_lines(size_t n)
{
	yank_lines(n);
	for (size_t i = 0; i < ed.nyank; i++)
		line_delete(ed.row);
	ed.modified = 1;
	ed.col = 0;
	cursor_fix(0);
}

static void put_lines(int above)
{
	size_t at = above ? ed.row : ed.row + 1;

	for (size_t i = 0; i < ed.nyank; i++)
		line_insert(at + i, ed.yank[i].s, ed.yank[i].len);
	if (ed.nyank > 0) {
		ed.row = at;
		ed.col = 0;
		ed.modified = 1;
	}
}

static void join_lines(long n)
{
	struct line *l;

	while (n-- > 0 && ed.row + 1 < ed.nlines) {
		size_t skip = 0, at = line_at(ed.row)->len;
		l = line_at(ed.row + 1);
		while (skip < l->len && (l->s[skip] == ' ' || l->s[skip] == '\t'))
			skip++;
		if (at > 0 && skip < l->len)
			text_insert(ed.row, at++, " ", 1);
		text_insert(ed.row, at, l->s + skip, l->len - skip);
		line_delete(ed.row + 1);
		ed.col = at > 0 ? at - 1 : 0;
	}
	cursor_fix(0);
}

static void replace(long n)
{
	int c = key_read();
	struct line *l = line_at(ed.row);

	if (c < 0x20 || c >= 0x100 || ed.col + (size_t) n > l->len)
		return;
	for (long i = 0; i < n; i++)
		l->s[ed.col + (size_t) i] = (char) c;
	ed.col += (size_t) n - 1;
	ed.modified = 1;
}

/* d followed by a motion key: dd, dw, d$ (others are not offered). */
static void delete_motion(long n)
{
	int c = key_read();
	size_t from = ed.col;

	if (c == 'd') {
		delete_lines((size_t) n);
	} else if (c == '$') {
		text_delete(ed.row, ed.col, (size_t) -1);
	} else if (c == 'w') {
		size_t row = ed.row, to = from;

		while (n-- > 0 && ed.row == row) {
			word_forward();
			to = ed.row == row ? ed.col : (size_t) -1;
		}
		ed.row = row;
		ed.col = from;
		text_delete(row, from, to == (size_t) -1 ? to : to - from);
	}
	cursor_fix(0);
}

/* A change made by key (count 0: none typed); whether key was one. */
int edit_command(int key, long count)
{
	long n = count > 0 ? count : 1;

	switch (key) {
	case 'x': case K_DEL: text_delete(ed.row, ed.col, (size_t) n); break;
	case 'X':
		n = (size_t) n > ed.col ? (long) ed.col : n;
		ed.col -= (size_t) n;
		text_delete(ed.row, ed.col, (size_t) n);
		break;
	case 'D': text_delete(ed.row, ed.col, (size_t) -1); break;
	case 'd': delete_motion(n); break;
	case 'y':
		if (key_read() == 'y')
			yank_lines((size_t) n);
		break;
	case 'p': case 'P': put_lines(key == 'P'); break;
	case 'J': join_lines(n); break;
	case 'r': replace(n); break;
	default:
		return 0;
	}
	cursor_fix(0);
	return 1;
}

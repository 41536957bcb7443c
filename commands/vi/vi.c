/*
 * vi - a screen editor in the manner of vi.
 *
 *	vi [file]
 *
 * The file's text fills the terminal, which is put in raw mode and
 * drawn with ANSI sequences (screen.c).  Normal mode moves and edits
 * (a count may come before most commands):
 *
 *	h j k l, arrows		left, down, up, right
 *	0 ^ $  w b  G  ^F ^B ^D ^U	line start/first word/end, words,
 *				line N (or the last), pages
 *	i a I A o O		insert (insert.c) before, after, at the start
 *				or end of the line, in a new line below/above
 *	x X D  dd dw  J  r	delete characters, to the end, lines, a word;
 *				join lines; replace a character
 *	yy p P			copy lines; put them below or above
 *	/re ?re n N		search forward, backward, again (search.c)
 *	:w :q :q! :wq :x :N	write, quit, line N (ex.c); ZZ is :x
 *	^L ^G			redraw; where am I
 *
 * Not here: undo, marks, visual mode, other d/c/y motions, ex ranges,
 * several files, the terminal's size changing while vi runs.
 */
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "vi.h"

struct editor ed;

static void enter_insert(int key)
{
	struct line *l = line_at(ed.row);

	switch (key) {
	case 'a': if (l->len > 0) ed.col++; break;
	case 'A': ed.col = l->len; break;
	case 'I':
		for (ed.col = 0; ed.col < l->len && (l->s[ed.col] == ' ' ||
		    l->s[ed.col] == '\t'); ed.col++)
			;
		break;
	case 'o': case 'O':
		ed.row += key == 'o';
		line_insert(ed.row, "", 0);
		ed.col = 0;
		ed.modified = 1;
		break;
	}
	insert_mode();
}

static void where(void)
{
	message("\"%s\"%s line %zu of %zu", ed.file != NULL ? ed.file :
	    "[No Name]", ed.modified ? " [Modified]" : "", ed.row + 1,
	    ed.nlines);
}

/* One command of normal mode, count first if typed. */
static void command(int key, long count)
{
	char *line;

	if (motion(key, count) || edit_command(key, count))
		return;
	switch (key) {
	case 'i': case 'a': case 'I': case 'A': case 'o': case 'O':
		enter_insert(key);
		break;
	case '/': case '?': case ':':
		line = prompt_line(key == '/' ? "/" : key == '?' ? "?" : ":");
		if (line != NULL && key == ':')
			ex_command(line);
		else if (line != NULL)
			search(line, key == '?');
		free(line);
		break;
	case 'n': search(NULL, 0); break;
	case 'N': search(NULL, 1); break;
	case 'Z':
		if (key_read() == 'Z')
			ex_command("x");
		break;
	case CTRL_KEY('L'): screen_clear_all(); break;
	case CTRL_KEY('G'): where(); break;
	case ESC: break;
	default: message("Unknown command"); break;
	}
}

static void load(const char *path)
{
	size_t bytes = 0;

	ed.file = strdup(path);
	if (file_load(path) < 0)
		message("\"%s\" %s", path, errno == ENOENT ? "[New File]" :
		    strerror(errno));
	if (ed.nlines == 0)
		line_insert(0, "", 0);
	else {
		for (size_t i = 0; i < ed.nlines; i++)
			bytes += line_at(i)->len + 1;
		message("\"%s\" %zuL, %zuC", path, ed.nlines, bytes);
	}
	ed.modified = 0;
}

int main(int argc, char **argv)
{
	long count;
	int key;

	if (argc > 2 || (argc == 2 && argv[1][0] == '-')) {
		fputs("usage: vi [file]\n", stderr);
		return 1;
	}
	if (argc == 2)
		load(argv[1]);
	else
		line_insert(0, "", 0);
	screen_size();
	term_raw();
	screen_clear_all();
	while (!ed.quit) {
		screen_draw();
		count = 0;
		while ((key = key_read()) >= '0' && key <= '9' &&
		    (key != '0' || count > 0))
			count = count * 10 + (key - '0');
		if (key == K_EOF)
			break;
		if (ed.msg[0] != '\0' && key != ':' && key != CTRL_KEY('G'))
			message("%s", "");
		command(key, count);
	}
	fputs("\033[H\033[2J", stdout);
	fflush(stdout);
	term_restore();
	return 0;
}

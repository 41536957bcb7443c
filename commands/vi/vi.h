/*
 * vi.h - what the parts of vi share: the text (buffer.c), the screen
 * (screen.c), keys (keys.c), and the commands of normal mode (vi.c:
 * motion.c moves, edit.c changes), insert mode (insert.c), searches
 * (search.c) and the ':' line (ex.c).
 */
#ifndef VI_VI_H
#define VI_VI_H

#include <stddef.h>

struct line {
	char *s;			/* not NUL-ended */
	size_t len, cap;
};

struct editor {
	struct line *lines;
	size_t nlines, cap;		/* never fewer than 1 line */
	size_t row, col;		/* the cursor, in the text */
	size_t top, left;		/* the first row and column shown */
	int rows, cols;			/* the terminal's size */
	char *file;			/* NULL: no name yet */
	int modified;
	int quit;
	char msg[160];			/* the status line's message */
	char *pattern;			/* the last search's */
	int backward;			/* it went backward (?) */
	struct line *yank;		/* lines yy and dd kept, for p */
	size_t nyank;
};
extern struct editor ed;

/* Keys beyond bytes. */
enum {
	K_UP = 0x100, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_DEL,
	K_PGUP, K_PGDN, K_EOF
};
#define CTRL_KEY(c)		((c) & 0x1f)
#define ESC		0x1b

/* buffer.c */
struct line *line_at(size_t row);
void line_insert(size_t row, const char *s, size_t len);
void line_delete(size_t row);
void text_insert(size_t row, size_t col, const char *s, size_t len);
void text_delete(size_t row, size_t col, size_t len);
int file_load(const char *path);		/* 0, or -1 (errno) */
int file_save(const char *path);		/* 0, or -1 (errno) */

/* keys.c */
void term_raw(void);
void term_restore(void);
int key_read(void);				/* a byte or K_* */

/* screen.c */
void screen_size(void);
void screen_draw(void);
void screen_clear_all(void);
void message(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Read a line typed on the status line after prompt (':' or '/');
 * NULL if Esc gave it up.  The answer is malloc()ed. */
char *prompt_line(const char *prompt);

/* motion.c */
int motion(int key, long count);		/* whether key moved */
void cursor_fix(int insert);			/* keep it in the text */
void word_forward(void);			/* to the next word's start */

/* edit.c */
int edit_command(int key, long count);		/* whether key changed */
void yank_lines(size_t n);

/* insert.c */
void insert_mode(void);

/* search.c */
void search(const char *pattern, int backward);	/* NULL: again */

/* ex.c */
void ex_command(const char *cmd);

#endif

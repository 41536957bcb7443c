/*
 * buffer.c - vi: the text, an array of lines, and the file it comes
 * from and goes to.  The text always has at least one line; a file is
 * written with a newline after every line.
 *
 * Entry points: line_at, line_insert, line_delete, text_insert,
 * text_delete, file_load, file_save.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "vi.h"

static void *grow(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		term_restore();
		fputs("vi: out of memory\n", stderr);
		exit(1);
	}
	return p;
}

struct line *line_at(size_t row)
{
	return &ed.lines[row];
}

void line_insert(size_t row, const char *s, size_t len)
{
	struct line *l;

	if (ed.nlines == ed.cap) {
		ed.cap = ed.cap ? ed.cap * 2 : 64;
		ed.lines = grow(ed.lines, ed.cap * sizeof(*ed.lines));
	}
	memmove(ed.lines + row + 1, ed.lines + row,
	    (ed.nlines - row) * sizeof(*ed.lines));
	ed.nlines++;
	l = &ed.lines[row];
	l->cap = len + 16;
	l->s = grow(NULL, l->cap);
	memcpy(l->s, s, len);
	l->len = len;
}

void line_delete(size_t row)
{
	free(ed.lines[row].s);
	memmove(ed.lines + row, ed.lines + row + 1,
	    (ed.nlines - row - 1) * sizeof(*ed.lines));
	if (--ed.nlines == 0)
		line_insert(0, "", 0);
}

void text_insert(size_t row, size_t col, const char *s, size_t len)
{
	struct line *l = &ed.lines[row];

	if (l->len + len > l->cap) {
		l->cap = (l->len + len) * 2;
		l->s = grow(l->s, l->cap);
	}
	memmove(l->s + col + len, l->s + col, l->len - col);
	memcpy(l->s + col, s, len);
	l->len += len;
	ed.modified = 1;
}

void text_delete(size_t row, size_t col, size_t len)
{
	struct line *l = &ed.lines[row];

	if (col >= l->len)
		return;
	if (len > l->len - col)
		len = l->len - col;
	memmove(l->s + col, l->s + col + len, l->len - col - len);
	l->len -= len;
	ed.modified = 1;
}

int file_load(const char *path)
{
	FILE *f = fopen(path, "r");
	char *buf = NULL;
	size_t cap = 0;
	ssize_t n;

	if (f == NULL)
		return -1;
	while ((n = getline(&buf, &cap, f)) > 0) {
		if (buf[n - 1] == '\n')
			n--;
		line_insert(ed.nlines, buf, (size_t) n);
	}
	free(buf);
	n = ferror(f);
	fclose(f);
	return n ? -1 : 0;
}

int file_save(const char *path)
{
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0666), err;
	FILE *f = fd >= 0 ? fdopen(fd, "w") : NULL;

	if (f == NULL)
		return -1;
	for (size_t i = 0; i < ed.nlines; i++) {
		fwrite(ed.lines[i].s, 1, ed.lines[i].len, f);
		putc('\n', f);
	}
	err = ferror(f);
	if (fclose(f) != 0 || err) {
		errno = errno ? errno : EIO;
		return -1;
	}
	return 0;
}

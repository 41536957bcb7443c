/*
 * lines.c - diff: a file read whole and cut into lines, and the lines
 * of two files numbered so that equal lines get equal ids.
 *
 * A last line without a newline differs from the same text with one.
 * With -b, lines are compared with each run of blanks taken as one
 * blank and blanks at the end dropped.
 *
 * Entry points: file_read, file_free, lines_number.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "diff.h"

static void *grow(void *p, size_t n)
{
	if ((p = realloc(p, n)) == NULL) {
		fputs("diff: out of memory\n", stderr);
		exit(2);
	}
	return p;
}

static int read_all(struct file *f, int fd)
{
	size_t cap = 8192;
	ssize_t r;

	f->data = grow(NULL, cap);
	f->size = 0;
	for (;;) {
		if (f->size == cap)
			f->data = grow(f->data, cap *= 2);
		r = read(fd, f->data + f->size, cap - f->size);
		if (r == 0)
			return 0;
		if (r < 0 && errno != EINTR)
			return -1;
		if (r > 0)
			f->size += (size_t) r;
	}
}

static void cut_lines(struct file *f)
{
	size_t cap = 64, i = 0;
	const char *p = f->data, *end = f->data + f->size, *nl;

	f->line = grow(NULL, cap * sizeof(*f->line));
	for (; p < end; p = nl + 1, i++) {
		if (i == cap)
			f->line = grow(f->line, (cap *= 2) * sizeof(*f->line));
		nl = memchr(p, '\n', (size_t) (end - p));
		if (nl == NULL) {
			nl = end;
			f->no_eol = 1;
		}
		f->line[i].s = p;
		f->line[i].len = (size_t) (nl - p);
	}
	f->n = i;
}

int file_read(struct file *f, const char *name)
{
	int fd = strcmp(name, "-") == 0 ? 0 : open(name, O_RDONLY);

	memset(f, 0, sizeof(*f));
	f->name = name;
	if (fd < 0 || fstat(fd, &f->st) < 0 || read_all(f, fd) < 0) {
		fprintf(stderr, "diff: %s: %s\n", name, strerror(errno));
		if (fd > 0)
			close(fd);
		return -1;
	}
	if (fd > 0)
		close(fd);
	f->binary = memchr(f->data, '\0', f->size) != NULL;
	cut_lines(f);
	return 0;
}

void file_free(struct file *f)
{
	free(f->data);
	free(f->line);
}

/* The text a line is compared by (malloc()ed when -b changes it). */
static char *key_of(const struct line *l, int eol, size_t *len)
{
	char *k = grow(NULL, l->len + 2), *o = k;
	int blank = 0;

	for (size_t i = 0; i < l->len; i++) {
		char c = l->s[i];
		if (opt.blanks && (c == ' ' || c == '\t')) {
			blank = 1;
			continue;
		}
		if (blank)
			*o++ = ' ';
		blank = 0;
		*o++ = c;
	}
	if (eol)
		*o++ = '\n';
	*len = (size_t) (o - k);
	return k;
}

struct slot {
	char *key;
	size_t len;
	unsigned id;
};

static size_t hash(const char *s, size_t n)
{
	size_t h = 5381;

	while (n-- > 0)
		h = h * 33 + (unsigned char) *s++;
	return h;
}

/* Give each line of f the id of its key in table (size a power of 2). */
static void number_file(struct file *f, struct slot *table, size_t size,
    unsigned *next)
{
	for (size_t i = 0; i < f->n; i++) {
		size_t len, h;
		char *k = key_of(&f->line[i], i + 1 < f->n || !f->no_eol, &len);

		for (h = hash(k, len) & (size - 1); table[h].key != NULL;
		    h = (h + 1) & (size - 1))
			if (table[h].len == len && memcmp(table[h].key, k,
			    len) == 0)
				break;
		if (table[h].key == NULL) {
			table[h] = (struct slot) { k, len, (*next)++ };
		} else {
			free(k);
		}
		f->line[i].id = table[h].id;
	}
}

void lines_number(struct file *a, struct file *b)
{
	size_t size = 16;
	unsigned next = 0;
	struct slot *table;

	while (size < 2 * (a->n + b->n))
		size *= 2;
	table = calloc(size, sizeof(*table));
	if (table == NULL) {
		fputs("diff: out of memory\n", stderr);
		exit(2);
	}
	number_file(a, table, size, &next);
	number_file(b, table, size, &next);
	for (size_t i = 0; i < size; i++)
		free(table[i].key);
	free(table);
}

/*
 * fgets.c - lines in: fgets(), and getdelim() and getline(), which grow
 * a malloc()ed buffer to hold the whole line.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include "stdio_impl.h"

char *fgets(char *restrict s, int size, FILE *restrict f)
{
	int i = 0, c = 0;

	if (size <= 0) {
		errno = EINVAL;
		return NULL;
	}
	while (i < size - 1 && c != '\n' && (c = fgetc(f)) != EOF)
		s[i++] = (char) c;
	if (i == 0 && size > 1)
		return NULL;		/* end of file or error, nothing read */
	s[i] = '\0';
	return s;
}

/* Makes room for at least need bytes in *line. */
static int grow(char **line, size_t *cap, size_t need)
{
	size_t n = *cap < 64 ? 64 : *cap;
	char *p;

	if (need <= *cap && *line != NULL)
		return 0;
	while (n < need)
		n *= 2;
	p = realloc(*line, n);
	if (p == NULL)
		return -1;
	*line = p;
	*cap = n;
	return 0;
}

ssize_t getdelim(char **restrict line, size_t *restrict cap, int delim,
    FILE *restrict f)
{
	size_t len = 0;
	int c;

	if (line == NULL || cap == NULL) {
		errno = EINVAL;
		return -1;
	}
	if (*line == NULL)
		*cap = 0;
	for (;;) {
		if (grow(line, cap, len + 2) != 0) {
			f->f_flags |= F_ERR;
			return -1;
		}
		c = fgetc(f);
		if (c == EOF)
			break;
		(*line)[len++] = (char) c;
		if (c == delim)
			break;
	}
	(*line)[len] = '\0';
	return len == 0 ? -1 : (ssize_t) len;
}

ssize_t getline(char **restrict line, size_t *restrict cap, FILE *restrict f)
{
	return getdelim(line, cap, '\n', f);
}

/*
 * strtok.c - split a string into tokens at delimiter characters.
 * strtok_r() keeps its place in *save; strtok() in a static variable.
 */
#include <string.h>

char *strtok_r(char *restrict s, const char *restrict delim,
    char **restrict save)
{
	char *tok;

	if (s == NULL)
		s = *save;
	if (s == NULL)
		return NULL;
	s += strspn(s, delim);
	if (*s == '\0') {
		*save = NULL;
		return NULL;
	}
	tok = s;
	s += strcspn(s, delim);
	if (*s != '\0')
		*s++ = '\0';
	else
		s = NULL;
	*save = s;
	return tok;
}

char *strtok(char *restrict s, const char *restrict delim)
{
	static char *save;

	return strtok_r(s, delim, &save);
}

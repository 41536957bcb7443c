/*
 * strchr.c - find a character in a string, first (strchr) or last
 * (strrchr).  The terminating NUL counts as part of the string.
 */
#include <string.h>

char *strchr(const char *s, int c)
{
	for (;; s++) {
		if (*s == (char) c)
			return (char *) s;
		if (*s == '\0')
			return NULL;
	}
}

char *strrchr(const char *s, int c)
{
	const char *last = NULL;

	for (;; s++) {
		if (*s == (char) c)
			last = s;
		if (*s == '\0')
			return (char *) last;
	}
}

/*
 * dirname - a path name without its last component.
 *
 *	dirname string
 *
 * "a/b/" gives "a", "a" gives ".", "/a" and "/" give "/".
 */
#include <stdio.h>
#include <string.h>

/* Strips trailing slashes, the last component, and the slashes before it. */
static const char *parent(char *s)
{
	size_t len = strlen(s);

	while (len > 1 && s[len - 1] == '/')
		len--;
	while (len > 0 && s[len - 1] != '/')
		len--;
	if (len == 0)
		return ".";
	while (len > 1 && s[len - 1] == '/')
		len--;
	s[len] = '\0';
	return s;
}

int main(int argc, char **argv)
{
	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc != 2) {
		fputs("usage: dirname string\n", stderr);
		return 1;
	}
	puts(parent(argv[1]));
	return 0;
}

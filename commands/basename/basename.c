/*
 * basename - the last component of a path name.
 *
 *	basename string [suffix]
 *
 * Trailing slashes go first; a suffix is removed if it is not the
 * whole name.  "/" stays "/", "" gives ".".
 */
#include <stdio.h>
#include <string.h>

/* Cuts s (modified) to its last component, in place; answers its start. */
static char *last_component(char *s)
{
	size_t len = strlen(s);
	char *slash;

	while (len > 1 && s[len - 1] == '/')
		s[--len] = '\0';
	if (len == 1 && s[0] == '/')
		return s;
	slash = strrchr(s, '/');
	return slash != NULL ? slash + 1 : s;
}

int main(int argc, char **argv)
{
	char *name;
	size_t len, slen;

	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argv++;
		argc--;
	}
	if (argc < 2 || argc > 3) {
		fputs("usage: basename string [suffix]\n", stderr);
		return 1;
	}
	name = *argv[1] == '\0' ? "." : last_component(argv[1]);
	if (argc == 3) {
		len = strlen(name);
		slen = strlen(argv[2]);
		if (slen < len && strcmp(name + len - slen, argv[2]) == 0)
			name[len - slen] = '\0';
	}
	puts(name);
	return 0;
}

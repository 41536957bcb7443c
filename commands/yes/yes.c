/*
 * yes - print a line over and over until the output goes away.
 *
 *	yes [string ...]
 *
 * The line ("y", or the arguments joined by spaces) is copied into a
 * buffer many times so that each write carries a lot of lines.
 */
#include <string.h>
#include <stdlib.h>
#include <unistd.h>

#define BUFSIZE	8192

/* The arguments joined by spaces and a newline, or "y\n". */
static char *make_line(int argc, char **argv, size_t *len)
{
	size_t n = 2;
	char *line;
	int i;

	for (i = 1; i < argc; i++)
		n += strlen(argv[i]) + 1;
	line = malloc(n + 1);
	if (line == NULL)
		exit(1);
	strcpy(line, argc > 1 ? "" : "y");
	for (i = 1; i < argc; i++) {
		strcat(line, argv[i]);
		if (i + 1 < argc)
			strcat(line, " ");
	}
	strcat(line, "\n");
	*len = strlen(line);
	return line;
}

int main(int argc, char **argv)
{
	static char buf[BUFSIZE];
	size_t len, fill = 0;
	char *line = make_line(argc, argv, &len);
	const char *out = line;

	if (len <= BUFSIZE) {
		while (fill + len <= BUFSIZE) {
			memcpy(buf + fill, line, len);
			fill += len;
		}
		out = buf;
		len = fill;
	}
	while (write(STDOUT_FILENO, out, len) > 0)
		;
	return 1;
}

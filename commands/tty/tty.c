/*
 * tty - print the name of the terminal on standard input.
 *
 *	tty [-s]	(-s: print nothing, only the exit status)
 *
 * Exit status 0 if standard input is a terminal, 1 if not, 2 on a bad
 * argument.
 */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	int silent = argc == 2 && strcmp(argv[1], "-s") == 0;
	const char *name;

	if (argc > 2 || (argc == 2 && !silent)) {
		fputs("usage: tty [-s]\n", stderr);
		return 2;
	}
	name = ttyname(STDIN_FILENO);
	if (!silent)
		puts(name != NULL ? name : "not a tty");
	return name != NULL ? 0 : 1;
}

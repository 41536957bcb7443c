/*
 * echo - write the arguments, separated by spaces, and a newline.
 *
 *	echo [-n] [string ...]
 *
 * -n (first argument only) leaves out the newline.  Other words that
 * look like options are printed, as POSIX asks.
 */
#include <stdio.h>
#include <string.h>

int main(int argc, char **argv)
{
	int i = 1, newline = 1;

	if (argc > 1 && strcmp(argv[1], "-n") == 0) {
		newline = 0;
		i++;
	}
	for (; i < argc; i++) {
		fputs(argv[i], stdout);
		if (i + 1 < argc)
			putchar(' ');
	}
	if (newline)
		putchar('\n');
	return fflush(stdout) != 0;
}

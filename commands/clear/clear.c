/*
 * clear - clear the terminal: cursor home, then erase the screen.
 */
#include <stdio.h>

int main(int argc, char **argv)
{
	(void) argv;
	if (argc > 1) {
		fputs("usage: clear\n", stderr);
		return 1;
	}
	fputs("\033[H\033[2J", stdout);
	return fflush(stdout) != 0;
}

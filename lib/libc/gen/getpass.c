/*
 * getpass.c - getpass(): read a password from the terminal, unechoed.
 *
 * The prompt goes to /dev/tty and the answer comes from it (from the
 * standard input and error when there is no terminal), with echo off
 * for the line and the terminal's settings given back afterwards.  The
 * answer, without its newline and cut at PASS_MAX characters, is in a
 * static buffer.  (BSD and glibc have it; POSIX dropped it, but login
 * and su need no more.)
 */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#define PASS_MAX	128

char *getpass(const char *prompt)
{
	static char buf[PASS_MAX + 1];
	struct termios saved, quiet;
	int fd = open("/dev/tty", O_RDWR), in, out, echo_off;
	size_t n = 0;
	char c;

	in = fd >= 0 ? fd : 0;
	out = fd >= 0 ? fd : 2;
	echo_off = tcgetattr(in, &saved) == 0;
	if (echo_off) {
		quiet = saved;
		quiet.c_lflag &= ~(tcflag_t) (ECHO | ECHOE | ECHOK | ECHONL);
		tcsetattr(in, TCSAFLUSH, &quiet);
	}
	(void) write(out, prompt, strlen(prompt));
	while (read(in, &c, 1) == 1 && c != '\n' && c != '\r')
		if (n < PASS_MAX)
			buf[n++] = c;
	buf[n] = '\0';
	if (echo_off) {
		tcsetattr(in, TCSAFLUSH, &saved);
		(void) write(out, "\n", 1);	/* the newline not echoed */
	}
	if (fd >= 0)
		close(fd);
	return buf;
}

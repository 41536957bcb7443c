/*
 * termios.c - terminal control through ioctl.
 */
#include <termios.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include "syscall.h"

int tcgetattr(int fd, struct termios *t)
{
	return ioctl(fd, TCGETS, t) < 0 ? -1 : 0;
}

int tcsetattr(int fd, int when, const struct termios *t)
{
	static const unsigned long req[] = { TCSETS, TCSETSW, TCSETSF };

	if (when < TCSANOW || when > TCSAFLUSH) {
		errno = EINVAL;
		return -1;
	}
	return ioctl(fd, req[when], t) < 0 ? -1 : 0;
}

int tcflush(int fd, int queue)
{
	return ioctl(fd, TCFLSH, &queue) < 0 ? -1 : 0;
}

pid_t tcgetpgrp(int fd)
{
	pid_t pgrp;

	return ioctl(fd, TIOCGPGRP, &pgrp) < 0 ? -1 : pgrp;
}

int tcsetpgrp(int fd, pid_t pgrp)
{
	return ioctl(fd, TIOCSPGRP, &pgrp) < 0 ? -1 : 0;
}

int isatty(int fd)
{
	struct termios t;

	if (tcgetattr(fd, &t) < 0) {
		if (errno != EBADF)
			errno = ENOTTY;
		return 0;
	}
	return 1;
}

speed_t cfgetospeed(const struct termios *t) { return t->c_ospeed; }
speed_t cfgetispeed(const struct termios *t) { return t->c_ispeed; }
int cfsetospeed(struct termios *t, speed_t s) { t->c_ospeed = s; return 0; }
int cfsetispeed(struct termios *t, speed_t s) { t->c_ispeed = s; return 0; }

void cfmakeraw(struct termios *t)
{
	t->c_iflag &= ~(ICRNL | INLCR | IGNCR | IXON | ISTRIP | BRKINT);
	t->c_oflag &= ~OPOST;
	t->c_lflag &= ~(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
	t->c_cflag |= CS8;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}

/*
 * termios.h - terminal control.
 *
 * The ioctl requests carry a struct termios or struct winsize; the tty
 * driver implements them.
 */
#ifndef _TERMIOS_H
#define _TERMIOS_H

#include <sys/types.h>

typedef unsigned int tcflag_t;
typedef unsigned char cc_t;
typedef unsigned int speed_t;

#define NCCS		12
#define VEOF		0	/* ^D */
#define VEOL		1
#define VERASE		2	/* ^H or DEL */
#define VINTR		3	/* ^C */
#define VKILL		4	/* ^U */
#define VMIN		5
#define VQUIT		6	/* ^\ */
#define VSUSP		7	/* ^Z */
#define VTIME		8
#define VSTART		9
#define VSTOP		10
#define VWERASE		11	/* ^W */

struct termios {
	tcflag_t c_iflag;
	tcflag_t c_oflag;
	tcflag_t c_cflag;
	tcflag_t c_lflag;
	speed_t c_ispeed;
	speed_t c_ospeed;
	cc_t c_cc[NCCS];
};

/* c_iflag */
#define ICRNL		0x0001	/* CR -> NL on input */
#define INLCR		0x0002
#define IGNCR		0x0004
#define IXON		0x0008
#define ISTRIP		0x0010
#define BRKINT		0x0020
#define INPCK		0x0040
#define IGNBRK		0x0080
#define IXOFF		0x0100
/* c_oflag */
#define OPOST		0x0001
#define ONLCR		0x0002	/* NL -> CR NL on output */
/* c_cflag */
#define CS8		0x0030
#define CSIZE		0x0030
#define CREAD		0x0080
#define CLOCAL		0x0800
#define HUPCL		0x0400
/* c_lflag */
#define ISIG		0x0001	/* INTR, QUIT, SUSP make signals */
#define ICANON		0x0002	/* line by line, with editing */
#define ECHO		0x0008
#define ECHOE		0x0010
#define ECHOK		0x0020
#define ECHONL		0x0040
#define NOFLSH		0x0080
#define TOSTOP		0x0100
#define IEXTEN		0x8000

#define B0		0
#define B9600		9600
#define B38400		38400
#define B115200		115200

#define TCSANOW		0
#define TCSADRAIN	1
#define TCSAFLUSH	2

#define TCIFLUSH	0
#define TCOFLUSH	1
#define TCIOFLUSH	2

struct winsize {
	unsigned short ws_row;
	unsigned short ws_col;
	unsigned short ws_xpixel;
	unsigned short ws_ypixel;
};

/* ioctl requests (terminal class 't'). */
#define TCGETS		0x7401	/* struct termios */
#define TCSETS		0x7402	/* now */
#define TCSETSW		0x7403	/* after output drains */
#define TCSETSF		0x7404	/* after output drains, input flushed */
#define TIOCGWINSZ	0x7405	/* struct winsize */
#define TIOCSWINSZ	0x7406
#define TIOCGPGRP	0x7407	/* pid_t: the foreground process group */
#define TIOCSPGRP	0x7408
#define TIOCSCTTY	0x7409	/* make it the controlling terminal */
#define TCFLSH		0x740A	/* int: TCIFLUSH, ... */

int tcgetattr(int fd, struct termios *t);
int tcsetattr(int fd, int when, const struct termios *t);
int tcflush(int fd, int queue);
pid_t tcgetpgrp(int fd);
int tcsetpgrp(int fd, pid_t pgrp);
speed_t cfgetospeed(const struct termios *t);
speed_t cfgetispeed(const struct termios *t);
int cfsetospeed(struct termios *t, speed_t s);
int cfsetispeed(struct termios *t, speed_t s);
void cfmakeraw(struct termios *t);

#endif

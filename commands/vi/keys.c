/*
 * keys.c - vi: the terminal in raw mode, and keys read from it.
 *
 * Raw mode: no echo, no line editing, no signals from ^C or ^Z, CR not
 * turned into NL.  The arrow and other keys send ANSI sequences (ESC [
 * A ...); a lone ESC is told from the start of one by waiting a tenth
 * of a second for the '[' (or 'O') that would follow it.
 *
 * Entry points: term_raw, term_restore, key_read.
 */
#include <termios.h>
#include <unistd.h>
#include "vi.h"

static struct termios saved;
static int raw;

void term_raw(void)
{
	struct termios t;

	if (tcgetattr(0, &saved) < 0)
		return;
	t = saved;
	t.c_iflag &= ~(tcflag_t) (ICRNL | INLCR | IGNCR | IXON | ISTRIP);
	t.c_lflag &= ~(tcflag_t) (ICANON | ECHO | ECHOE | ECHOK | ECHONL |
	    ISIG | IEXTEN);
	t.c_cc[VMIN] = 1;
	t.c_cc[VTIME] = 0;
	if (tcsetattr(0, TCSAFLUSH, &t) == 0)
		raw = 1;
}

void term_restore(void)
{
	if (raw)
		tcsetattr(0, TCSAFLUSH, &saved);
	raw = 0;
}

/* One byte, or -1 if none came within a tenth of a second (wait) or
 * at all (the end of the input). */
static int byte(int wait)
{
	struct termios t, quick;
	unsigned char c;
	ssize_t n;

	if (!wait)
		return read(0, &c, 1) == 1 ? c : -1;
	if (tcgetattr(0, &t) < 0)
		return -1;
	quick = t;
	quick.c_cc[VMIN] = 0;
	quick.c_cc[VTIME] = 1;
	tcsetattr(0, TCSANOW, &quick);
	n = read(0, &c, 1);
	tcsetattr(0, TCSANOW, &t);
	return n == 1 ? c : -1;
}

/* The rest of ESC [ ...: the key it stands for, or ESC. */
static int sequence(void)
{
	int c = byte(1), d;

	if (c != '[' && c != 'O')
		return c < 0 ? ESC : (c | 0x10000);	/* ESC, then c */
	switch (d = byte(1)) {
	case 'A': return K_UP;
	case 'B': return K_DOWN;
	case 'C': return K_RIGHT;
	case 'D': return K_LEFT;
	case 'H': return K_HOME;
	case 'F': return K_END;
	case '3': case '5': case '6':
		if (byte(1) != '~')
			return ESC;
		return d == '3' ? K_DEL : d == '5' ? K_PGUP : K_PGDN;
	default:
		return ESC;
	}
}

int key_read(void)
{
	static int pending = -1;		/* a byte read after an ESC */
	int c;

	if (pending >= 0) {
		c = pending;
		pending = -1;
		return c;
	}
	if ((c = byte(0)) < 0)
		return K_EOF;
	if (c != ESC)
		return c;
	c = sequence();
	if (c & 0x10000) {
		pending = c & 0xff;
		return ESC;
	}
	return c;
}

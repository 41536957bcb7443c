/*
 * stty - show or change the settings of the terminal on standard input.
 *
 *	stty [-a] [-F DEVICE]			show (-a: every setting)
 *	stty [-F DEVICE] SETTING...		change
 *	stty [-F DEVICE] size			print "rows columns"
 *
 * A SETTING is a flag name (echo, icanon, isig, ...; a leading '-'
 * clears it), a control character and its value (intr ^C, erase ^?,
 * eof undef), "min N" or "time N", "rows N" or "cols N", or one of the
 * combinations raw, -raw, cooked and sane.  Nothing is changed unless
 * every setting on the line is understood.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>
#include <termios.h>
#include <sys/ioctl.h>

enum field { IFLAG, OFLAG, CFLAG, LFLAG };

static const struct flag {
	const char *name;
	enum field field;
	tcflag_t bit;
} flags[] = {
	{ "icrnl", IFLAG, ICRNL },	{ "inlcr", IFLAG, INLCR },
	{ "igncr", IFLAG, IGNCR },	{ "ixon", IFLAG, IXON },
	{ "ixoff", IFLAG, IXOFF },	{ "istrip", IFLAG, ISTRIP },
	{ "brkint", IFLAG, BRKINT },	{ "inpck", IFLAG, INPCK },
	{ "ignbrk", IFLAG, IGNBRK },
	{ "opost", OFLAG, OPOST },	{ "onlcr", OFLAG, ONLCR },
	{ "cread", CFLAG, CREAD },	{ "clocal", CFLAG, CLOCAL },
	{ "hupcl", CFLAG, HUPCL },
	{ "isig", LFLAG, ISIG },	{ "icanon", LFLAG, ICANON },
	{ "iexten", LFLAG, IEXTEN },	{ "echo", LFLAG, ECHO },
	{ "echoe", LFLAG, ECHOE },	{ "echok", LFLAG, ECHOK },
	{ "echonl", LFLAG, ECHONL },	{ "noflsh", LFLAG, NOFLSH },
	{ "tostop", LFLAG, TOSTOP },
};
#define NFLAGS	(sizeof(flags) / sizeof(flags[0]))

static const struct cchar {
	const char *name;
	int index;
} cchars[] = {
	{ "intr", VINTR }, { "quit", VQUIT }, { "erase", VERASE },
	{ "kill", VKILL }, { "eof", VEOF }, { "eol", VEOL },
	{ "susp", VSUSP }, { "werase", VWERASE }, { "start", VSTART },
	{ "stop", VSTOP },
};
#define NCCHARS	(sizeof(cchars) / sizeof(cchars[0]))

static void usage(void)
{
	fputs("usage: stty [-a] [-F device] [setting ...]\n", stderr);
	exit(1);
}

static tcflag_t *field_of(struct termios *t, enum field f)
{
	switch (f) {
	case IFLAG: return &t->c_iflag;
	case OFLAG: return &t->c_oflag;
	case CFLAG: return &t->c_cflag;
	default:    return &t->c_lflag;
	}
}

/* "^C", "^?", "x" or "<undef>" for a control character's value. */
static const char *show_cc(cc_t c, char *buf)
{
	if (c == 0)
		return "<undef>";
	if (c == 0x7F)
		return "^?";
	if (c < ' ')
		sprintf(buf, "^%c", c + '@');
	else
		sprintf(buf, "%c", c);
	return buf;
}

/* The value of "^C", "^?", "^-", "undef" or a single character; -1 if
 * it is none of those. */
static int parse_cc(const char *s)
{
	if (strcmp(s, "undef") == 0 || strcmp(s, "^-") == 0)
		return 0;
	if (s[0] == '^' && s[1] == '?' && s[2] == '\0')
		return 0x7F;
	if (s[0] == '^' && s[1] != '\0' && s[2] == '\0')
		return s[1] & 0x1F;
	if (s[0] != '\0' && s[1] == '\0')
		return (unsigned char) s[0];
	return -1;
}

/* A non-negative number no larger than max, or -1. */
static long parse_number(const char *s, long max)
{
	char *end;
	long v;

	errno = 0;
	v = strtol(s, &end, 10);
	if (*s == '\0' || *end != '\0' || errno != 0 || v < 0 || v > max)
		return -1;
	return v;
}

static void show(const struct termios *t, const struct winsize *ws,
	int all)
{
	char buf[8];
	size_t i, col = 0;

	printf("speed %u baud; rows %u; columns %u;\n",
		(unsigned) cfgetospeed(t), ws->ws_row, ws->ws_col);
	for (i = 0; i < NCCHARS; i++)
		if (all || cchars[i].index == VINTR || cchars[i].index == VEOF
		    || cchars[i].index == VERASE || cchars[i].index == VKILL)
			printf("%s = %s;%s", cchars[i].name,
			    show_cc(t->c_cc[cchars[i].index], buf),
			    (i + 1) % 5 == 0 ? "\n" : " ");
	printf("min = %u; time = %u;\n", t->c_cc[VMIN], t->c_cc[VTIME]);
	for (i = 0; i < NFLAGS; i++) {
		tcflag_t on = *field_of((struct termios *) t, flags[i].field)
			& flags[i].bit;
		if (!all && !on)
			continue;
		col += printf("%s%s ", on ? "" : "-", flags[i].name);
		if (col > 64) {
			putchar('\n');
			col = 0;
		}
	}
	if (col > 0)
		putchar('\n');
}

/* The settings a terminal starts with (the tty driver's defaults). */
static void sane(struct termios *t)
{
	t->c_iflag = ICRNL | IXON | BRKINT;
	t->c_oflag = OPOST | ONLCR;
	t->c_cflag = (t->c_cflag & ~CSIZE) | CS8 | CREAD;
	t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN;
	t->c_cc[VEOF] = 'D' & 0x1F;
	t->c_cc[VEOL] = 0;
	t->c_cc[VERASE] = 0x7F;
	t->c_cc[VINTR] = 'C' & 0x1F;
	t->c_cc[VKILL] = 'U' & 0x1F;
	t->c_cc[VQUIT] = '\\' & 0x1F;
	t->c_cc[VSUSP] = 'Z' & 0x1F;
	t->c_cc[VWERASE] = 'W' & 0x1F;
	t->c_cc[VMIN] = 1;
	t->c_cc[VTIME] = 0;
}

/* A flag name, possibly with '-'; true if it was one. */
static int set_flag(struct termios *t, const char *arg)
{
	int off = arg[0] == '-';
	size_t i;

	for (i = 0; i < NFLAGS; i++) {
		if (strcmp(arg + off, flags[i].name) != 0)
			continue;
		if (off)
			*field_of(t, flags[i].field) &= ~flags[i].bit;
		else
			*field_of(t, flags[i].field) |= flags[i].bit;
		return 1;
	}
	return 0;
}

/* A combination; true if arg named one. */
static int set_combination(struct termios *t, const char *arg)
{
	if (strcmp(arg, "raw") == 0) {
		cfmakeraw(t);
		return 1;
	}
	if (strcmp(arg, "-raw") == 0 || strcmp(arg, "cooked") == 0) {
		t->c_iflag |= ICRNL | BRKINT | IXON;
		t->c_oflag |= OPOST;
		t->c_lflag |= ISIG | ICANON | IEXTEN;
		return 1;
	}
	if (strcmp(arg, "sane") == 0) {
		sane(t);
		return 1;
	}
	return 0;
}

/* Applies argv's settings to t and ws; 0, or -1 with a message. */
static int apply(char **argv, struct termios *t, struct winsize *ws,
	int *size_asked)
{
	size_t i;
	long v;
	int c;

	for (; *argv != NULL; argv++) {
		const char *arg = *argv, *val = argv[1];

		if (strcmp(arg, "size") == 0) {
			*size_asked = 1;
			continue;
		}
		if (set_flag(t, arg) || set_combination(t, arg))
			continue;
		for (i = 0; i < NCCHARS; i++)
			if (strcmp(arg, cchars[i].name) == 0)
				break;
		if (i < NCCHARS || strcmp(arg, "min") == 0 ||
		    strcmp(arg, "time") == 0 || strcmp(arg, "rows") == 0 ||
		    strcmp(arg, "cols") == 0 || strcmp(arg, "columns") == 0) {
			if (val == NULL) {
				fprintf(stderr, "stty: %s: missing value\n",
				    arg);
				return -1;
			}
			argv++;
		} else {
			fprintf(stderr, "stty: %s: unknown setting\n", arg);
			return -1;
		}
		if (i < NCCHARS) {
			if ((c = parse_cc(val)) < 0)
				goto bad;
			t->c_cc[cchars[i].index] = (cc_t) c;
		} else if (arg[0] == 'm' || arg[0] == 't') {
			if ((v = parse_number(val, 255)) < 0)
				goto bad;
			t->c_cc[arg[0] == 'm' ? VMIN : VTIME] = (cc_t) v;
		} else {
			if ((v = parse_number(val, 65535)) < 0)
				goto bad;
			if (arg[0] == 'r')
				ws->ws_row = (unsigned short) v;
			else
				ws->ws_col = (unsigned short) v;
		}
		continue;
bad:
		fprintf(stderr, "stty: %s: bad value '%s'\n", arg, val);
		return -1;
	}
	return 0;
}

int main(int argc, char **argv)
{
	struct termios t, old;
	struct winsize ws, old_ws;
	int all = 0, fd = STDIN_FILENO, size_asked = 0;
	const char *dev = "standard input";

	/* Settings such as -echo look like options: take only -a and
	 * -F DEVICE, and only before the first setting. */
	for (; argc > 1; argc--, argv++) {
		if (strcmp(argv[1], "-a") == 0) {
			all = 1;
		} else if (strcmp(argv[1], "-F") == 0) {
			if (argc < 3 || fd != STDIN_FILENO)
				usage();
			dev = argv[2];
			if ((fd = open(dev, O_RDONLY | O_NONBLOCK)) < 0) {
				fprintf(stderr, "stty: %s: %s\n", dev,
				    strerror(errno));
				return 1;
			}
			argc--;
			argv++;
		} else {
			break;
		}
	}
	if (argc > 1 && strcmp(argv[1], "--") == 0) {
		argc--;
		argv++;
	}
	if (tcgetattr(fd, &t) < 0 || ioctl(fd, TIOCGWINSZ, &ws) < 0) {
		fprintf(stderr, "stty: %s: %s\n", dev, strerror(errno));
		return 1;
	}
	if (argc == 1) {
		show(&t, &ws, all);
		return 0;
	}
	if (all)
		usage();
	old = t;
	old_ws = ws;
	if (apply(argv + 1, &t, &ws, &size_asked) < 0)
		return 1;
	if (memcmp(&t, &old, sizeof(t)) != 0 &&
	    tcsetattr(fd, TCSADRAIN, &t) < 0) {
		fprintf(stderr, "stty: %s: %s\n", dev, strerror(errno));
		return 1;
	}
	if (memcmp(&ws, &old_ws, sizeof(ws)) != 0 &&
	    ioctl(fd, TIOCSWINSZ, &ws) < 0) {
		fprintf(stderr, "stty: %s: %s\n", dev, strerror(errno));
		return 1;
	}
	if (size_asked)
		printf("%u %u\n", ws.ws_row, ws.ws_col);
	return 0;
}

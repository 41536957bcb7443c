/*
 * tty.c - the terminal driver: the line discipline and the driver calls.
 *
 * Input arrives from the keyboard and the serial port as characters
 * (tty_input).  In canonical mode they are collected into lines that can
 * be edited (ERASE, KILL, WERASE) and are handed to a reader a line at a
 * time; EOF (^D) ends a read early.  INTR, QUIT and SUSP become signals
 * for the foreground process group (through PM, like kill(2)).  Echo and
 * output processing (NL to CR NL) follow termios.  A read with nothing
 * to take waits (the driver answers VFS later); a write is done at once.
 * select: a terminal is readable when a read would not wait (a complete
 * line or an EOF in canonical mode, MIN characters in raw mode) and
 * always writable; a select that waits for input is told when it comes.
 * The reads themselves (VMIN/VTIME, job control's hold) are read.c's.
 */
#include <stdio.h>
#include <string.h>
#include <signal.h>
#include <minix/pm.h>
#include "tty.h"

#define CONSOLE_MINOR	0
#define TTY00_MINOR	16
#define CTRL(c)		((c) & 0x1F)
#define CHUNK		256

struct tty console_tty;

static void default_termios(struct termios *t)
{
	memset(t, 0, sizeof(*t));
	t->c_iflag = ICRNL | IXON | BRKINT;
	t->c_oflag = OPOST | ONLCR;
	t->c_cflag = CS8 | CREAD;
	t->c_lflag = ISIG | ICANON | ECHO | ECHOE | ECHOK | IEXTEN;
	t->c_ispeed = t->c_ospeed = B115200;
	t->c_cc[VEOF] = CTRL('D');
	t->c_cc[VEOL] = 0;
	t->c_cc[VERASE] = 0x7F;
	t->c_cc[VINTR] = CTRL('C');
	t->c_cc[VKILL] = CTRL('U');
	t->c_cc[VMIN] = 1;
	t->c_cc[VQUIT] = CTRL('\\');
	t->c_cc[VSUSP] = CTRL('Z');
	t->c_cc[VTIME] = 0;
	t->c_cc[VWERASE] = CTRL('W');
}

/* The minors that name the console, each a bit in t_sel_names. */
static const int console_names[] = { CONSOLE_MINOR, TTY00_MINOR };
#define NR_NAMES	(sizeof(console_names) / sizeof(console_names[0]))

static struct tty *tty_of(int minor)
{
	return minor == CONSOLE_MINOR || minor == TTY00_MINOR
		? &console_tty : NULL;
}

static unsigned name_bit(int minor)
{
	size_t i;

	for (i = 0; i < NR_NAMES; i++)
		if (console_names[i] == minor)
			return 1u << i;
	return 0;
}

/* --- output ---------------------------------------------------------- */

/* Send raw bytes to every output device. */
static void put_raw(const char *buf, size_t n)
{
	screen_write(buf, n);
	rs_write(buf, n);
}

/* Output with termios processing (NL -> CR NL). */
void tty_output(struct tty *tp, const char *buf, size_t n)
{
	char out[2 * CHUNK];
	size_t i, o = 0;
	bool crlf = (tp->t_termios.c_oflag & (OPOST | ONLCR))
		== (OPOST | ONLCR);

	for (i = 0; i < n; i++) {
		if (buf[i] == '\n' && crlf)
			out[o++] = '\r';
		out[o++] = buf[i];
		if (o >= sizeof(out) - 2) {
			put_raw(out, o);
			o = 0;
		}
	}
	put_raw(out, o);
}

static void echo_char(struct tty *tp, char c)
{
	char seq[2] = { '^', (char) (c + '@') };

	if (!(tp->t_termios.c_lflag & ECHO))
		return;
	if ((unsigned char) c < ' ' && c != '\n' && c != '\t' && c != '\r') {
		tty_output(tp, seq, 2);		/* ^C and friends */
		return;
	}
	tty_output(tp, &c, 1);
}

static void echo_erase(struct tty *tp, int n)
{
	while (n-- > 0)
		if (tp->t_termios.c_lflag & ECHOE)
			tty_output(tp, "\b \b", 3);
}

/* --- input ----------------------------------------------------------- */

static void in_put(struct tty *tp, char c)
{
	if (tp->t_in_count == TTY_IN_SIZE)
		return;			/* full: the character is lost */
	tp->t_in[(tp->t_in_head + tp->t_in_count++) % TTY_IN_SIZE] = c;
}

/* Characters of the line being typed (after the last complete line). */
static size_t partial_len(struct tty *tp)
{
	size_t i, n = 0;

	for (i = tp->t_in_count; i > 0; i--) {
		char c = tp->t_in[(tp->t_in_head + i - 1) % TTY_IN_SIZE];
		if (c == '\n' || c == tp->t_termios.c_cc[VEOF]
		    || (tp->t_termios.c_cc[VEOL] != 0
			&& c == tp->t_termios.c_cc[VEOL]))
			break;
		n++;
	}
	return n;
}

static char last_char(struct tty *tp)
{
	return tp->t_in[(tp->t_in_head + tp->t_in_count - 1) % TTY_IN_SIZE];
}

static void erase_chars(struct tty *tp, size_t n)
{
	size_t have = partial_len(tp);

	if (n > have)
		n = have;
	tp->t_in_count -= n;
	echo_erase(tp, n);
}

static void word_erase(struct tty *tp)
{
	size_t have = partial_len(tp), n = 0;

	while (n < have && last_char(tp) == ' ') {
		tp->t_in_count--;
		n++;
	}
	while (n < have && last_char(tp) != ' ') {
		tp->t_in_count--;
		n++;
	}
	echo_erase(tp, n);
}

/* Signal the foreground process group, as kill(-pgrp, sig) would. */
static void signal_pgrp(struct tty *tp, int sig)
{
	if (tp->t_pgrp > 1)
		(void) pm_signal_group(tp->t_pgrp, sig);
}

/* A signal character: the input typed so far goes (unless NOFLSH). */
static bool isig(struct tty *tp, char c)
{
	const cc_t *cc = tp->t_termios.c_cc;
	int sig = 0;

	if (!(tp->t_termios.c_lflag & ISIG) || c == 0)
		return false;
	if (c == cc[VINTR])
		sig = SIGINT;
	else if (c == cc[VQUIT])
		sig = SIGQUIT;
	else if (c == cc[VSUSP])
		sig = SIGTSTP;
	if (sig == 0)
		return false;
	echo_char(tp, c);
	tty_output(tp, "\n", 1);
	if (!(tp->t_termios.c_lflag & NOFLSH))
		tp->t_in_count = tp->t_lines = 0;
	signal_pgrp(tp, sig);
	return true;
}

/* Canonical editing; true if c was an editing character. */
static bool icanon_edit(struct tty *tp, char c)
{
	const cc_t *cc = tp->t_termios.c_cc;

	if (c == cc[VERASE] || c == '\b') {
		erase_chars(tp, 1);
		return true;
	}
	if (c == cc[VKILL]) {
		erase_chars(tp, TTY_LINE_MAX + 1);
		return true;
	}
	if (c == cc[VWERASE] && (tp->t_termios.c_lflag & IEXTEN)) {
		word_erase(tp);
		return true;
	}
	return false;
}

static void input_char(struct tty *tp, char c)
{
	const struct termios *t = &tp->t_termios;

	if (c == '\r' && (t->c_iflag & IGNCR))
		return;
	if (c == '\r' && (t->c_iflag & ICRNL))
		c = '\n';
	else if (c == '\n' && (t->c_iflag & INLCR))
		c = '\r';
	if (isig(tp, c))
		return;
	if (!(t->c_lflag & ICANON)) {
		in_put(tp, c);
		echo_char(tp, c);
		return;
	}
	if (icanon_edit(tp, c))
		return;
	if (c == t->c_cc[VEOF]) {
		in_put(tp, c);
		tp->t_lines++;
		return;
	}
	if (c != '\n' && partial_len(tp) >= TTY_LINE_MAX)
		return;			/* the line is full */
	in_put(tp, c);
	if (c == '\n' || (t->c_cc[VEOL] != 0 && c == t->c_cc[VEOL]))
		tp->t_lines++;
	echo_char(tp, c);
}

/* A select waiting for input is told once a read would not wait. */
static void select_check(struct tty *tp)
{
	size_t i;

	if (!(tp->t_sel_ops & CDEV_OP_RD) || !tty_readable(tp))
		return;
	for (i = 0; i < NR_NAMES; i++)
		if (tp->t_sel_names & (1u << i))
			driver_select_notify(tp->t_sel_watcher,
				console_names[i], CDEV_OP_RD);
	tp->t_sel_ops = tp->t_sel_names = 0;
}

/* There may be more to read: a waiting read first, then selects. */
static void input_changed(struct tty *tp)
{
	tty_finish_read(tp);
	select_check(tp);
}

void tty_input(struct tty *tp, const char *buf, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		input_char(tp, buf[i]);
	input_changed(tp);
	tty_input_came(tp);
}

/* --- driver calls ---------------------------------------------------- */

static int tty_open(int minor, int access, const struct driver_req *req)
{
	struct tty *tp = tty_of(minor);

	if (tp == NULL)
		return -ENXIO;
	tp->t_open_count++;
	if (req->dr_ctty_pgrp > 0)	/* a new session's terminal */
		tty_set_foreground(tp, req->dr_ctty_pgrp);
	return OK;
}

static int tty_close(int minor, const struct driver_req *req)
{
	struct tty *tp = tty_of(minor);

	if (tp != NULL && tp->t_open_count > 0)
		tp->t_open_count--;
	return OK;
}

ssize_t tty_write(struct tty *tp, const struct tty_io *wr)
{
	char buf[CHUNK];
	size_t done = 0, n;
	int r;

	while (done < wr->count) {
		n = wr->count - done < CHUNK ? wr->count - done : CHUNK;
		if ((r = sys_safecopyfrom(wr->owner, wr->grant, done, buf,
		    n)) != OK)
			return done > 0 ? (ssize_t) done : r;
		tty_output(tp, buf, n);
		done += n;
	}
	return done;
}

static ssize_t tty_transfer(int minor, int write, uint64_t pos,
	endpoint_t owner, cp_grant_id_t grant, size_t off, size_t count,
	int flags, const struct driver_req *req)
{
	struct tty *tp = tty_of(minor);
	struct tty_io io = { *req, owner, grant, count };

	if (tp == NULL)
		return -ENXIO;
	if (write && (tp->t_termios.c_lflag & TOSTOP)
	    && tty_in_background(tp, req))
		return tty_background_change(tp, &io, flags);
	if (write)
		return tty_write(tp, &io);
	if (count == 0)
		return 0;
	return tty_read(tp, &io, flags);
}

/* A new window size; the foreground group hears of a change. */
static int set_winsize(struct tty *tp, endpoint_t owner, cp_grant_id_t grant)
{
	struct winsize ws;
	int r;

	if ((r = sys_safecopyfrom(owner, grant, 0, &ws, sizeof(ws))) != OK)
		return r;
	if (memcmp(&ws, &tp->t_winsize, sizeof(ws)) != 0) {
		tp->t_winsize = ws;
		signal_pgrp(tp, SIGWINCH);
	}
	return OK;
}

/* Carry out an ioctl (io->count holds its request code). */
int tty_control(struct tty *tp, const struct tty_io *io)
{
	endpoint_t owner = io->owner;
	cp_grant_id_t grant = io->grant;
	int r, pgrp;

	switch (io->count) {
	case TCGETS:
		return sys_safecopyto(owner, grant, 0, &tp->t_termios,
			sizeof(tp->t_termios));
	case TCSETSF:
		tp->t_in_count = tp->t_lines = 0;
		/* fall through */
	case TCSETS:
	case TCSETSW:
		r = sys_safecopyfrom(owner, grant, 0, &tp->t_termios,
			sizeof(tp->t_termios));
		input_changed(tp);	/* a new mode may make it readable */
		return r;
	case TIOCGWINSZ:
		return sys_safecopyto(owner, grant, 0, &tp->t_winsize,
			sizeof(tp->t_winsize));
	case TIOCSWINSZ:
		return set_winsize(tp, owner, grant);
	case TIOCGPGRP:
		return sys_safecopyto(owner, grant, 0, &tp->t_pgrp,
			sizeof(tp->t_pgrp));
	case TIOCSPGRP:
		if ((r = sys_safecopyfrom(owner, grant, 0, &pgrp,
		    sizeof(pgrp))) != OK)
			return r;
		if (pgrp <= 0)
			return -EINVAL;
		tty_set_foreground(tp, pgrp);
		input_changed(tp);
		return OK;
	case TCFLSH:
		tp->t_in_count = tp->t_lines = 0;
		return OK;
	case TIOCSCTTY:
		return OK;
	default:
		return -ENOTTY;
	}
}

/* Requests that change the terminal: job control holds them back from a
 * background group, as it holds writes with TOSTOP. */
static bool changes_terminal(unsigned long request)
{
	switch (request) {
	case TCSETS: case TCSETSW: case TCSETSF:
	case TIOCSWINSZ: case TIOCSPGRP: case TCFLSH:
		return true;
	default:
		return false;
	}
}

static int tty_ioctl(int minor, unsigned long request, endpoint_t owner,
	cp_grant_id_t grant, const struct driver_req *req)
{
	struct tty *tp = tty_of(minor);
	struct tty_io io = { *req, owner, grant, request };

	if (tp == NULL)
		return -ENXIO;
	if (changes_terminal(request) && tty_in_background(tp, req))
		return tty_background_change(tp, &io, 0);
	return tty_control(tp, &io);
}

static int tty_cancel(int minor, endpoint_t user, uint32_t id)
{
	struct tty *tp = tty_of(minor);

	if (tp != NULL) {
		tty_cancel_read(tp, id);
		tty_cancel_held(tp, id);
	}
	return OK;
}

/* Output never waits; input is ready when a read would not wait. */
static int tty_select(int minor, unsigned ops, endpoint_t watcher)
{
	struct tty *tp = tty_of(minor);
	unsigned ready = ops & CDEV_OP_WR;

	if (tp == NULL)
		return -ENXIO;
	if ((ops & CDEV_OP_RD) && tty_readable(tp))
		ready |= CDEV_OP_RD;
	if ((ops & CDEV_NOTIFY) && (ops & ~ready & CDEV_OP_RD)) {
		tp->t_sel_ops |= CDEV_OP_RD;
		tp->t_sel_names |= name_bit(minor);
		tp->t_sel_watcher = watcher;
	}
	return ready;
}

static void tty_intr(uint32_t mask)
{
	if (mask & (1u << KBD_HOOK))
		kbd_interrupt();
	if (mask & (1u << RS232_HOOK))
		rs_interrupt();
}

/* A notification from the kernel: its log grew (screen.c draws it). */
static void tty_other(message *m)
{
	if (m->m_source == SYSTEM)
		screen_kernel_news();
}

static const struct driver tty_driver = {
	.dr_name = "tty",
	.dr_open = tty_open,
	.dr_close = tty_close,
	.dr_transfer = tty_transfer,
	.dr_ioctl = tty_ioctl,
	.dr_cancel = tty_cancel,
	.dr_select = tty_select,
	.dr_intr = tty_intr,
	.dr_alarm = tty_alarm,
	.dr_other = tty_other,
};

/* A live update's new version (SEF_INIT_LU) has the terminal's state
 * already (lu.c) and the devices as the old one left them: it only maps
 * the screen. */
static int init(int type, sef_init_info_t *info)
{
	struct tty *tp = &console_tty;
	int r, rows, cols;

	if (type == SEF_INIT_LU)
		return screen_map();
	memset(tp, 0, sizeof(*tp));
	default_termios(&tp->t_termios);
	if ((r = screen_init()) == -ENODEV)
		printf("tty: no screen to draw on: the console is the serial "
			"port\n");
	else if (r != OK)
		printf("tty: no screen (%d)\n", r);
	screen_size(&rows, &cols);
	tp->t_winsize.ws_row = rows;
	tp->t_winsize.ws_col = cols;
	if ((r = kbd_init()) != OK)
		printf("tty: no keyboard (%d)\n", r);
	if ((r = rs_init(type == SEF_INIT_FRESH)) != OK)
		printf("tty: no serial port (%d)\n", r);
	return OK;
}

int main(void)
{
	sef_setcb_lu_state_save(tty_lu_save);
	sef_setcb_lu_state_restore(tty_lu_restore);
	driver_startup(init);
	driver_task(&tty_driver);
	return 0;
}

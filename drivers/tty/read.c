/*
 * read.c - the terminal's reads: when one can be answered, what it
 * takes, and the VMIN/VTIME timer.
 *
 * One read waits at a time (t_read); reads from groups not in the
 * foreground are job control's (jobctl.c).
 */
#include <string.h>
#include <signal.h>
#include <minix/com.h>
#include <minix/config.h>
#include "tty.h"

/* Could a read be answered now?  Without ICANON, as POSIX has it: MIN
 * bytes are there, or (TIME > 0) the timer ran out: with MIN 0 it runs
 * from the read, with MIN > 0 from the last byte, once one came; MIN 0
 * and TIME 0 is a poll. */
bool tty_readable(struct tty *tp)
{
	cc_t min = tp->t_termios.c_cc[VMIN], time = tp->t_termios.c_cc[VTIME];

	if (tp->t_termios.c_lflag & ICANON)
		return tp->t_lines > 0;
	if (tp->t_in_count >= (min > 0 ? min : 1u))
		return true;
	if (time == 0)
		return min == 0;
	return tp->t_timed_out && (min == 0 || tp->t_in_count > 0);
}

/* --- VTIME: the read timer ------------------------------------------- */

static bool timed_read(const struct tty *tp)
{
	return !(tp->t_termios.c_lflag & ICANON)
		&& tp->t_termios.c_cc[VTIME] > 0;
}

/* (Re)start the timer: TIME tenths of a second from now. */
static void timer_start(struct tty *tp)
{
	uint32_t user, sys, now, ticks;

	ticks = (tp->t_termios.c_cc[VTIME] * HZ + 9) / 10;
	if (sys_times(SELF, &user, &sys, &now, NULL) != OK)
		return;
	tp->t_deadline = now + ticks;
	tp->t_timer_on = true;
	tp->t_timed_out = false;
	(void) sys_setalarm(tp->t_deadline, 1);
}

static void timer_stop(struct tty *tp)
{
	if (tp->t_timer_on)
		(void) sys_setalarm(0, 0);
	tp->t_timer_on = tp->t_timed_out = false;
}

/* A read waits: its timer starts now (MIN 0) or with the bytes that
 * come (MIN > 0); a byte that comes restarts it. */
static void timer_on_wait(struct tty *tp, bool byte_came)
{
	if (!tp->t_reading || !timed_read(tp))
		return;
	if (tp->t_termios.c_cc[VMIN] == 0 ? !tp->t_timer_on
	    : tp->t_in_count > 0 && (byte_came || !tp->t_timer_on))
		timer_start(tp);
}

/* The clock: an alarm set before the last restart is too early. */
void tty_alarm(uint32_t stamp)
{
	struct tty *tp = &console_tty;

	if (!tp->t_timer_on || (int32_t) (stamp - tp->t_deadline) < 0)
		return;
	tp->t_timer_on = false;
	tp->t_timed_out = true;
	tty_finish_read(tp);
}

/* Move what a read may take into its grant; returns bytes or an error. */
static int take_input(struct tty *tp, endpoint_t owner, cp_grant_id_t grant,
	size_t count)
{
	char buf[TTY_IN_SIZE];
	bool canon = tp->t_termios.c_lflag & ICANON;
	size_t n = 0;
	char c;

	while (n < count && tp->t_in_count > 0) {
		c = tp->t_in[tp->t_in_head];
		tp->t_in_head = (tp->t_in_head + 1) % TTY_IN_SIZE;
		tp->t_in_count--;
		if (canon && c == tp->t_termios.c_cc[VEOF]) {
			tp->t_lines--;
			break;			/* EOF: not passed on */
		}
		buf[n++] = c;
		if (canon && (c == '\n' || (tp->t_termios.c_cc[VEOL] != 0
		    && c == tp->t_termios.c_cc[VEOL]))) {
			tp->t_lines--;
			break;
		}
	}
	if (n > 0 && sys_safecopyto(owner, grant, 0, buf, n) != OK)
		return -EFAULT;
	return n;
}

/* The waiting read is answered once it can be; then a read its group
 * had held back takes its place. */
void tty_finish_read(struct tty *tp)
{
	int r;

	if (!tp->t_reading || !tty_readable(tp))
		return;
	tp->t_reading = false;
	timer_stop(tp);
	r = take_input(tp, tp->t_read.owner, tp->t_read.grant,
		tp->t_read.count);
	driver_reply(&tp->t_read.req, r);
	tty_release_held(tp);		/* (each held read once: it ends) */
	tty_finish_read(tp);
}

/* --- waiting -------------------------------------------------------- */

/* rd waits for input, unless another read already does. */
bool tty_wait_read(struct tty *tp, const struct tty_io *rd)
{
	if (tp->t_reading)
		return false;
	tp->t_reading = true;
	tp->t_read = *rd;
	timer_on_wait(tp, false);
	return true;
}

/* A read request: answered now, or waiting (-EDONTREPLY). */
ssize_t tty_read(struct tty *tp, const struct tty_io *rd, int flags)
{
	if (tty_in_background(tp, &rd->req))
		return tty_background_read(tp, rd, flags);
	if (tp->t_reading)
		return -EBUSY;		/* one reader at a time */
	timer_stop(tp);			/* a new read, a new timer */
	if (tty_readable(tp))
		return take_input(tp, rd->owner, rd->grant, rd->count);
	if (flags & CDEV_NONBLOCK)
		return -EAGAIN;
	(void) tty_wait_read(tp, rd);
	return -EDONTREPLY;
}

/* The waiting read stops waiting; the caller answers it or keeps it. */
struct tty_io tty_unwait_read(struct tty *tp)
{
	tp->t_reading = false;
	timer_stop(tp);
	return tp->t_read;
}

/* The waiting read, if its id is this, ends with EINTR. */
void tty_cancel_read(struct tty *tp, uint32_t id)
{
	struct tty_io rd;

	if (tp->t_reading && tp->t_read.req.dr_id == id) {
		rd = tty_unwait_read(tp);
		driver_reply(&rd.req, -EINTR);
	}
}

/* Input came: a waiting read's interbyte timer starts again. */
void tty_input_came(struct tty *tp)
{
	timer_on_wait(tp, true);
}

/*
 * jobctl.c - job control at the terminal: reads, changes of its settings
 * and (with TOSTOP) writes from process groups not in the foreground.
 *
 * VFS gives the caller's group on reads, writes and ioctls of its
 * controlling terminal.  For one in the background, PM decides
 * (PM_JOBSIG, as only it knows signal dispositions and the process
 * tree): its group gets SIGTTIN (a read) or SIGTTOU (a write or change)
 * and the request is held here, apart from the foreground's, until a
 * TIOCSPGRP gives the group the terminal (after `fg` a stopped job goes
 * on with what it asked for); or the caller ignores or blocks that
 * signal, and then a read fails with EIO while a write or change goes
 * ahead; or its group is orphaned, with no shell left to continue it,
 * and the request fails with EIO.
 *
 * A read already waiting when its group leaves the foreground (^Z
 * stopped it; the shell took the terminal back) steps aside the same
 * way: it is held until its group is given the terminal again, so that
 * the shell can read meanwhile and, after `fg`, the stopped reader goes
 * on as if its read had been restarted.
 */
#include <signal.h>
#include <minix/pm.h>
#include "tty.h"

/* A request on the caller's controlling terminal (VFS gives its group)
 * from a group that is not the foreground one. */
bool tty_in_background(const struct tty *tp, const struct driver_req *req)
{
	return req->dr_pgrp > 0 && tp->t_pgrp > 1 && req->dr_pgrp != tp->t_pgrp;
}

/* Keep io until its group has the terminal (-EDONTREPLY). */
static ssize_t hold(struct tty *tp, const struct tty_io *io, int flags)
{
	int i;

	if (flags & CDEV_NONBLOCK)
		return -EAGAIN;
	for (i = 0; i < TTY_HELD; i++) {
		if (!tp->t_held_used[i]) {
			tp->t_held_used[i] = true;
			tp->t_held[i] = *io;
			return -EDONTREPLY;
		}
	}
	return -EIO;			/* too many requests in the background */
}

ssize_t tty_background_read(struct tty *tp, const struct tty_io *rd,
	int flags)
{
	int r = pm_job_signal(rd->req.dr_user, SIGTTIN);

	return r == JOBSIG_SENT ? hold(tp, rd, flags) : -EIO;
}

/* A write (only with TOSTOP set: without it, anyone may write) or an
 * ioctl that changes the terminal. */
static ssize_t perform(struct tty *tp, const struct tty_io *io)
{
	if (io->req.dr_type == CDEV_WRITE)
		return tty_write(tp, io);
	return tty_control(tp, io);
}

ssize_t tty_background_change(struct tty *tp, const struct tty_io *io,
	int flags)
{
	int r = pm_job_signal(io->req.dr_user, SIGTTOU);

	if (r == JOBSIG_SENT)
		return hold(tp, io, flags);
	if (r == JOBSIG_IGNORED)
		return perform(tp, io);
	return -EIO;
}

/* The terminal's foreground group is now pgrp (TIOCSPGRP, or the open
 * of a new session's terminal). */
void tty_set_foreground(struct tty *tp, pid_t pgrp)
{
	struct tty_io rd;

	tp->t_pgrp = pgrp;
	if (tp->t_reading && tty_in_background(tp, &tp->t_read.req)) {
		rd = tty_unwait_read(tp);
		if (hold(tp, &rd, 0) != -EDONTREPLY)
			driver_reply(&rd.req, -EIO);
	}
	tty_release_held(tp);
}

/* The foreground group's held requests go on: its writes and ioctls
 * are done, its read waits for input (if no other read does). */
void tty_release_held(struct tty *tp)
{
	struct tty_io io;
	int i;

	for (i = 0; i < TTY_HELD; i++) {
		if (!tp->t_held_used[i]
		    || tp->t_held[i].req.dr_pgrp != tp->t_pgrp)
			continue;
		io = tp->t_held[i];
		if (io.req.dr_type != CDEV_READ) {
			tp->t_held_used[i] = false;
			driver_reply(&io.req, perform(tp, &io));
		} else if (tty_wait_read(tp, &io)) {
			tp->t_held_used[i] = false;
		}
	}
}

/* The held request with this id ends with EINTR (a signal came). */
void tty_cancel_held(struct tty *tp, uint32_t id)
{
	int i;

	for (i = 0; i < TTY_HELD; i++) {
		if (tp->t_held_used[i] && tp->t_held[i].req.dr_id == id) {
			tp->t_held_used[i] = false;
			driver_reply(&tp->t_held[i].req, -EINTR);
		}
	}
}

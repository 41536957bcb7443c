/*
 * wait.c - waiting for the device to reach a state, within the deadline
 * of the command in flight.
 *
 * The status register is the truth; an interrupt only says "look again".
 * So a stale notification (from a command abandoned by a reset, or by an
 * instance of this driver that died) costs one status read and nothing
 * else.  While we wait we keep answering RS's heartbeat (sef_receive does
 * that) and queue the requests other clients send meanwhile
 * (driver_mq_queue): libdriver serves them when the current one is done.
 *
 * One alarm serves every wait: set to the command's deadline, or to the
 * next tick while we poll a state that raises no interrupt.
 *
 * Entry points: ch_arm(), ch_disarm(), ch_sleep(), ch_wait().
 */
#include <minix/syslib.h>
#include <minix/driver.h>
#include "at_wini.h"

#define POLL_SPINS	64	/* status reads before sleeping a tick */

static bool alarm_is_deadline;	/* the alarm set is c_deadline's */

static uint32_t uptime(void)
{
	uint32_t now;
	int r;

	if ((r = sys_times(NONE, NULL, NULL, &now, NULL)) != OK)
		panic("at_wini: sys_times: %d", r);
	return now;
}

static bool after(uint32_t a, uint32_t b)	/* a >= b, across wraps */
{
	return (int32_t) (a - b) >= 0;
}

/* The command starting now must be over in ticks. */
void ch_arm(struct channel *ch, uint32_t ticks)
{
	ch->c_deadline = uptime() + ticks;
	alarm_is_deadline = false;	/* set when we first sleep */
}

void ch_disarm(struct channel *ch)
{
	(void) sys_setalarm(0, 0);
	alarm_is_deadline = false;
}

/* Sleep until an interrupt (OK), the next tick if tick (OK), or the
 * deadline (-ETIMEDOUT). */
static int sleep_event(struct channel *ch, bool tick)
{
	message m;

	if (tick) {
		(void) sys_setalarm(1, 0);
		alarm_is_deadline = false;
	} else if (!alarm_is_deadline) {
		(void) sys_setalarm(ch->c_deadline, 1);
		alarm_is_deadline = true;
	}
	for (;;) {
		if (driver_receive(ANY, &m) != OK)
			continue;
		if (!is_notify(m.m_type)) {	/* another client: later */
			if (driver_mq_queue(&m) != OK) {
				m.m_type = -EIO;
				(void) ipc_sendnb(m.m_source, &m);
			}
			continue;
		}
		if (m.m_source == HARDWARE)
			return OK;
		if (m.m_source != CLOCK)
			continue;		/* no other notification matters */
		alarm_is_deadline = false;
		if (after(m.m_notify.timestamp, ch->c_deadline))
			return -ETIMEDOUT;
		if (tick)
			return OK;
		/* an alarm from before this deadline: ours still stands,
		 * but set it again in case that one was it */
		(void) sys_setalarm(ch->c_deadline, 1);
		alarm_is_deadline = true;
	}
}

/* Let a tick pass (or an interrupt come): -ETIMEDOUT past the deadline. */
int ch_sleep(struct channel *ch)
{
	return sleep_event(ch, true);
}

static bool reached(enum want want, uint8_t st)
{
	switch (want) {
	case W_READY:
		return !(st & (ST_BSY | ST_DRQ));
	case W_DATA:
		return !(st & ST_BSY) && (st & ST_DRQ);
	case W_DONE:
		return !(st & ST_BSY);
	}
	return false;
}

/* Wait until the status shows want; *st is the last status read.  A
 * device that reports an error (ERR or DF with BSY clear) ends the wait
 * with -EIO, except for W_READY: ERR then is from the previous command. */
int ch_wait(struct channel *ch, enum want want, enum how how, uint8_t *st)
{
	int spins = 0, r;

	for (;;) {
		*st = ch_in(ch, REG_STATUS);	/* acknowledges INTRQ */
		if (want != W_READY && !(*st & ST_BSY)
		    && (*st & (ST_ERR | ST_DF)))
			return -EIO;
		if (reached(want, *st))
			return OK;
		if (how == WAIT_POLL && ++spins < POLL_SPINS)
			continue;
		if ((r = sleep_event(ch, how == WAIT_POLL)) != OK)
			return r;
	}
}

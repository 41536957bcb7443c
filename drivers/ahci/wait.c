/*
 * wait.c - waiting for the controller within a deadline.
 *
 * The registers are the truth; an interrupt only says "look again", so
 * a stale one (from a command a reset ended, or from a dead instance of
 * this driver) costs one look.  While we wait, sef_receive (inside
 * driver_receive) keeps answering RS's heartbeat, and requests of other
 * clients are set aside with driver_mq_queue for libdriver to serve once
 * the current one is done.
 *
 * One alarm serves every wait: at the deadline, or at the next tick when
 * we poll something that raises no interrupt.
 *
 * Entry points: wait_arm(), wait_disarm(), wait_event().
 */
#include <minix/syslib.h>
#include <minix/driver.h>
#include "ahci.h"

static uint32_t deadline;
static bool alarm_is_deadline;		/* the alarm set is the deadline's */

static uint32_t uptime(void)
{
	uint32_t now;
	int r;

	if ((r = sys_times(NONE, NULL, NULL, &now, NULL)) != OK)
		panic("ahci: sys_times: %d", r);
	return now;
}

static bool reached(uint32_t now, uint32_t when)	/* across wraps */
{
	return (int32_t) (now - when) >= 0;
}

/* What starts now must be over within ticks. */
void wait_arm(uint32_t ticks)
{
	deadline = uptime() + ticks;
	alarm_is_deadline = false;	/* set when we first sleep */
}

/* The wait is over: no alarm should come for it. */
void wait_disarm(void)
{
	(void) sys_setalarm(0, 0);
	alarm_is_deadline = false;
}

/* A message that is not for us now: a request waits its turn. */
static void set_aside(message *m)
{
	if (driver_mq_queue(m) != OK) {
		m->m_type = -EIO;
		(void) ipc_sendnb(m->m_source, m);
	}
}

/* Sleep until an interrupt came (it is acknowledged: OK), the next tick
 * if tick (OK), or the deadline (-ETIMEDOUT). */
int wait_event(bool tick)
{
	message m;

	if (tick) {
		(void) sys_setalarm(1, 0);
		alarm_is_deadline = false;
	} else if (!alarm_is_deadline) {
		(void) sys_setalarm(deadline, 1);
		alarm_is_deadline = true;
	}
	for (;;) {
		if (driver_receive(ANY, &m) != OK)
			continue;
		if (!is_notify(m.m_type)) {
			set_aside(&m);
			continue;
		}
		if (m.m_source == HARDWARE) {
			hba_ack();
			return OK;
		}
		if (m.m_source != CLOCK)
			continue;
		alarm_is_deadline = false;
		if (reached(m.m_notify.timestamp, deadline))
			return -ETIMEDOUT;
		if (tick)
			return OK;
		(void) sys_setalarm(deadline, 1);	/* an older alarm */
		alarm_is_deadline = true;
	}
}

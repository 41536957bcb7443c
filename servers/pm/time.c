/*
 * time.c - time of day, alarms and sleeping.
 *
 * The time is the boot time (from the CMOS clock) plus the ticks since
 * boot; stime moves the boot time.  Alarms and sleeps share one kernel
 * alarm, set for the earliest of them.  alarm() is setitimer's
 * ITIMER_REAL without an interval; the CPU-time timers (ITIMER_VIRTUAL,
 * ITIMER_PROF) count ticks only the kernel sees, so the kernel keeps
 * them (SYS_VTIMER).
 */
#include <sys/time.h>
#include <string.h>
#include <minix/config.h>
#include "pm.h"

/* Arm the kernel alarm for the next alarm or wakeup, if any.  (What
 * sys_setalarm() returns is the old alarm's time left, which for an
 * alarm a program set far off may look like an error: it is not
 * looked at.) */
void set_timer(void)
{
	uint32_t next = 0, t;
	int i;

	for (i = 0; i < NR_MPROCS; i++) {
		if (!(mproc[i].mp_flags & MP_IN_USE))
			continue;
		t = mproc[i].mp_alarm;
		if (t != 0 && (next == 0 || t < next))
			next = t;
		t = (mproc[i].mp_flags & MP_SLEEPING) ? mproc[i].mp_wakeup : 0;
		if (t != 0 && (next == 0 || t < next))
			next = t;
	}
	(void) sys_setalarm(next, 1);
}

void expire_timers(void)
{
	uint32_t now = uptime_now();
	struct mproc *rmp;
	int i;

	for (i = 0; i < NR_MPROCS; i++) {
		rmp = &mproc[i];
		if (!(rmp->mp_flags & MP_IN_USE) || (rmp->mp_flags & MP_ZOMBIE))
			continue;
		if ((rmp->mp_flags & MP_SLEEPING) && rmp->mp_wakeup <= now) {
			rmp->mp_flags &= ~MP_SLEEPING;
			reply(rmp, 0);
		}
		if (rmp->mp_alarm != 0 && rmp->mp_alarm <= now) {
			/* An interval timer keeps its beat, unless it has
			 * fallen a whole interval behind. */
			rmp->mp_alarm = rmp->mp_alarm_ival == 0 ? 0
				: rmp->mp_alarm + rmp->mp_alarm_ival > now
				? rmp->mp_alarm + rmp->mp_alarm_ival
				: now + rmp->mp_alarm_ival;
			sig_proc(rmp, SIGALRM);
		}
	}
	set_timer();
}

/* The ticks rmp's alarm has still to go: at least 1 while it is set
 * (one that is due but not yet seen to is not gone). */
static uint32_t alarm_left(struct mproc *rmp, uint32_t now)
{
	if (rmp->mp_alarm == 0)
		return 0;
	return rmp->mp_alarm > now ? rmp->mp_alarm - now : 1;
}

/* When ticks from now comes, as far ahead as PM keeps time: never 0
 * (no alarm), never wrapped round to a time already past. */
static uint32_t deadline(uint32_t now, uint32_t ticks)
{
	if (ticks > ALARM_TICKS_MAX)
		ticks = ALARM_TICKS_MAX;
	return now + ticks < now ? UINT32_MAX : now + ticks;
}

static void set_alarm(struct mproc *rmp, uint32_t now, uint32_t ticks,
	uint32_t interval)
{
	rmp->mp_alarm = ticks == 0 ? 0 : deadline(now, ticks);
	rmp->mp_alarm_ival = ticks == 0 ? 0 : interval;
	set_timer();
}

int do_alarm(void)
{
	uint32_t now = uptime_now(), left = alarm_left(mp, now);

	set_alarm(mp, now, m_in.m_pm_alarm.ticks, 0);
	return (int) left;
}

/* setitimer and getitimer: the reply is the timer as it was. */
int do_itimer(void)
{
	struct m_pm_itimer a = m_in.m_pm_itimer;
	uint32_t now, old = 0, old_ival = 0;
	message m;
	int r;

	if (a.which == ITIMER_REAL) {
		now = uptime_now();
		old = alarm_left(mp, now);
		old_ival = mp->mp_alarm_ival;
		if (a.set)
			set_alarm(mp, now, a.value, a.interval);
	} else if (a.which == ITIMER_VIRTUAL || a.which == ITIMER_PROF) {
		r = sys_vtimer(mp->mp_endpoint, a.which == ITIMER_VIRTUAL
			? VT_VIRTUAL : VT_PROF, a.set, a.value, a.interval,
			&old, &old_ival);
		if (r != OK)
			return r;
	} else {
		return -EINVAL;
	}
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_itimer.which = a.which;
	m.m_pm_itimer.value = old;
	m.m_pm_itimer.interval = old_ival;
	return reply_last(&m);
}

int do_sleep(void)
{
	uint32_t ticks = m_in.m_pm_sleep.ticks;

	if (ticks == 0)
		return 0;
	mp->mp_wakeup = deadline(uptime_now(), ticks);
	mp->mp_flags |= MP_SLEEPING;
	set_timer();
	return -EDONTREPLY;
}

int do_time(void)
{
	uint32_t up = uptime_now();
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_time_reply.sec = (int64_t) boot_time + up / HZ;
	m.m_pm_time_reply.nsec = (up % HZ) * (1000000000 / HZ);
	return reply_last(&m);
}

int do_stime(void)
{
	if (mp->mp_euid != 0)
		return -EPERM;
	boot_time = m_in.m_pm_stime.sec - uptime_now() / HZ;
	return OK;
}

int do_times(void)
{
	uint32_t user = 0, sys = 0, up = 0;
	message m;
	int r;

	if ((r = sys_times(mp->mp_endpoint, &user, &sys, &up, NULL)) != OK)
		return r;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_times_reply.user = user;
	m.m_pm_times_reply.sys = sys;
	m.m_pm_times_reply.child_user = mp->mp_child_utime;
	m.m_pm_times_reply.child_sys = mp->mp_child_stime;
	m.m_pm_times_reply.uptime = up;
	return reply_last(&m);
}

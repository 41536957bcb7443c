/*
 * time.c - time of day, alarms and sleeping.
 *
 * The time is the boot time (from the CMOS clock) plus the ticks since
 * boot; stime moves the boot time.  Alarms and sleeps share one kernel
 * alarm, set for the earliest of them.
 */
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
			rmp->mp_alarm = 0;
			sig_proc(rmp, SIGALRM);
		}
	}
	set_timer();
}

int do_alarm(void)
{
	uint32_t now = uptime_now(), ticks = m_in.m_pm_alarm.ticks;
	int left = mp->mp_alarm > now ? (int) (mp->mp_alarm - now) : 0;

	mp->mp_alarm = ticks == 0 ? 0 : now + ticks;
	set_timer();
	return left;
}

int do_sleep(void)
{
	uint32_t ticks = m_in.m_pm_sleep.ticks;

	if (ticks == 0)
		return 0;
	mp->mp_wakeup = uptime_now() + ticks;
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
	reply_msg(mp, &m);
	return -EDONTREPLY;
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
	reply_msg(mp, &m);
	return -EDONTREPLY;
}

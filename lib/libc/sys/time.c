/*
 * time.c - the clock, alarms and sleeping (PM keeps time: boot time plus
 * ticks since boot).
 */
#include <unistd.h>
#include <time.h>
#include <sys/time.h>
#include <sys/times.h>
#include <signal.h>
#include <minix/config.h>
#include "syscall.h"

static int get_time(message *m)
{
	msg_clear(m);
	return _syscall(PM, PM_TIME, m);
}

time_t time(time_t *t)
{
	message m;
	time_t now;

	if (get_time(&m) < 0)
		return (time_t) -1;
	now = m.m_pm_time_reply.sec;
	if (t != NULL)
		*t = now;
	return now;
}

int gettimeofday(struct timeval *tv, void *tz)
{
	message m;

	if (get_time(&m) < 0)
		return -1;
	tv->tv_sec = m.m_pm_time_reply.sec;
	tv->tv_usec = m.m_pm_time_reply.nsec / 1000;
	return 0;
}

int settimeofday(const struct timeval *tv, const void *tz)
{
	message m;

	msg_clear(&m);
	m.m_pm_stime.sec = tv->tv_sec;
	return _syscall(PM, PM_STIME, &m) < 0 ? -1 : 0;
}

clock_t times(struct tms *buf)
{
	message m;

	msg_clear(&m);
	if (_syscall(PM, PM_TIMES, &m) < 0)
		return (clock_t) -1;
	buf->tms_utime = m.m_pm_times_reply.user;
	buf->tms_stime = m.m_pm_times_reply.sys;
	buf->tms_cutime = m.m_pm_times_reply.child_user;
	buf->tms_cstime = m.m_pm_times_reply.child_sys;
	return m.m_pm_times_reply.uptime;
}

clock_t clock(void)
{
	struct tms t;

	if (times(&t) == (clock_t) -1)
		return (clock_t) -1;
	return (t.tms_utime + t.tms_stime) * (CLOCKS_PER_SEC / HZ);
}

unsigned int alarm(unsigned int seconds)
{
	message m;
	int r;

	msg_clear(&m);
	m.m_pm_alarm.ticks = seconds * HZ;
	r = _syscall(PM, PM_ALARM, &m);
	return r < 0 ? 0 : (unsigned) (r + HZ - 1) / HZ;
}

/* Sleep ticks; returns the ticks left if a signal cut it short. */
static int sleep_ticks(uint32_t ticks)
{
	message m;

	msg_clear(&m);
	m.m_pm_sleep.ticks = ticks;
	return _syscall(PM, PM_SLEEP, &m);
}

unsigned int sleep(unsigned int seconds)
{
	int left = sleep_ticks(seconds * HZ);

	return left <= 0 ? 0 : (unsigned) (left + HZ - 1) / HZ;
}

int usleep(unsigned int usec)
{
	uint32_t ticks = (usec + 1000000 / HZ - 1) / (1000000 / HZ);

	return sleep_ticks(ticks) == 0 ? 0 : -1;
}

int pause(void)
{
	sigset_t cur;

	if (sigprocmask(SIG_BLOCK, NULL, &cur) < 0)
		return -1;
	return sigsuspend(&cur);
}

int nanosleep(const struct timespec *req, struct timespec *rem)
{
	uint64_t ticks = req->tv_sec * (uint64_t) HZ
		+ (req->tv_nsec + 999999999 / HZ) / (1000000000 / HZ);
	int left = sleep_ticks(ticks);

	if (left > 0 && rem != NULL) {
		rem->tv_sec = left / HZ;
		rem->tv_nsec = (left % HZ) * (1000000000 / HZ);
	}
	return left == 0 ? 0 : -1;
}

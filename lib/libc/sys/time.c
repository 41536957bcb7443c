/*
 * time.c - the clock, alarms, interval timers and sleeping (PM keeps
 * time: boot time plus ticks since boot).
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

/* Seconds as ticks, as far as PM keeps time ahead (ALARM_TICKS_MAX):
 * an alarm or a sleep further off than that is that far off, never
 * wrapped round to one that comes at once. */
static uint32_t secs_to_ticks(unsigned int seconds)
{
	return seconds >= ALARM_TICKS_MAX / HZ ? ALARM_TICKS_MAX
		: seconds * HZ;
}

unsigned int alarm(unsigned int seconds)
{
	message m;
	int r;

	msg_clear(&m);
	m.m_pm_alarm.ticks = secs_to_ticks(seconds);
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
	int left = sleep_ticks(secs_to_ticks(seconds));

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

#define USEC_PER_TICK	(1000000 / HZ)

/* A timeval as ticks, rounded up so that a timer never runs short; -1
 * for one that is not a time. */
static int64_t to_ticks(const struct timeval *tv)
{
	int64_t t;

	if (tv->tv_sec < 0 || tv->tv_usec < 0 || tv->tv_usec >= 1000000)
		return -1;
	if (tv->tv_sec > ALARM_TICKS_MAX / HZ)
		return ALARM_TICKS_MAX;
	t = tv->tv_sec * HZ + (tv->tv_usec + USEC_PER_TICK - 1) / USEC_PER_TICK;
	return t > ALARM_TICKS_MAX ? ALARM_TICKS_MAX : t;
}

static void from_ticks(uint32_t ticks, struct timeval *tv)
{
	tv->tv_sec = ticks / HZ;
	tv->tv_usec = (ticks % HZ) * USEC_PER_TICK;
}

/* PM_ITIMER: sets the timer when value is not NULL, and gives what it
 * was in *old when that is not NULL. */
static int itimer(int which, const struct itimerval *value,
	struct itimerval *old)
{
	int64_t v = 0, iv = 0;
	message m;

	if (value != NULL && ((v = to_ticks(&value->it_value)) < 0
	    || (iv = to_ticks(&value->it_interval)) < 0)) {
		errno = EINVAL;
		return -1;
	}
	msg_clear(&m);
	m.m_pm_itimer.which = which;
	m.m_pm_itimer.set = value != NULL;
	m.m_pm_itimer.value = (uint32_t) v;
	m.m_pm_itimer.interval = (uint32_t) iv;
	if (_syscall(PM, PM_ITIMER, &m) < 0)
		return -1;
	if (old != NULL) {
		from_ticks(m.m_pm_itimer.value, &old->it_value);
		from_ticks(m.m_pm_itimer.interval, &old->it_interval);
	}
	return 0;
}

int getitimer(int which, struct itimerval *value)
{
	return itimer(which, NULL, value);
}

int setitimer(int which, const struct itimerval *restrict value,
	struct itimerval *restrict old)
{
	if (value == NULL) {
		errno = EFAULT;
		return -1;
	}
	return itimer(which, value, old);
}

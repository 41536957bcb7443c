/*
 * sys/time.h - time of day with microseconds, and interval timers.
 */
#ifndef _SYS_TIME_H
#define _SYS_TIME_H

#include <sys/types.h>

struct timeval {
	time_t tv_sec;
	long tv_usec;
};

/* setitimer: a signal after it_value, then every it_interval.  Times are
 * kept in clock ticks (1/HZ s), rounded up. */
#define ITIMER_REAL	0	/* wall time: SIGALRM (shared with alarm) */
#define ITIMER_VIRTUAL	1	/* the process's user time: SIGVTALRM */
#define ITIMER_PROF	2	/* its user and system time: SIGPROF */

struct itimerval {
	struct timeval it_interval;
	struct timeval it_value;
};

int gettimeofday(struct timeval *tv, void *tz);
int settimeofday(const struct timeval *tv, const void *tz);
int getitimer(int which, struct itimerval *value);
int setitimer(int which, const struct itimerval *restrict value,
    struct itimerval *restrict old);

#endif

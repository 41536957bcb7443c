/*
 * time.h - calendar time, in UTC: Resurgo has no time zones, so local
 * time is UTC.
 */
#ifndef _TIME_H
#define _TIME_H

#include <stddef.h>

typedef long long	time_t;		/* seconds since 1970, UTC */
typedef unsigned long	clock_t;	/* ticks of CLOCKS_PER_SEC */

/* clock() counts the kernel's ticks: HZ in <minix/config.h>. */
#define CLOCKS_PER_SEC	100

struct tm {
	int tm_sec;	/* 0-60 */
	int tm_min;	/* 0-59 */
	int tm_hour;	/* 0-23 */
	int tm_mday;	/* 1-31 */
	int tm_mon;	/* 0-11 */
	int tm_year;	/* years since 1900 */
	int tm_wday;	/* 0-6, Sunday = 0 */
	int tm_yday;	/* 0-365 */
	int tm_isdst;	/* always 0 */
};

#ifndef _STRUCT_TIMESPEC
#define _STRUCT_TIMESPEC
struct timespec {
	time_t tv_sec;
	long tv_nsec;
};
#endif

time_t time(time_t *t);
clock_t clock(void);
int nanosleep(const struct timespec *req, struct timespec *rem);
double difftime(time_t end, time_t start);
time_t mktime(struct tm *tm);
time_t timegm(struct tm *tm);
struct tm *gmtime(const time_t *t);
struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm);
struct tm *localtime(const time_t *t);
struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm);
char *asctime(const struct tm *tm);
char *asctime_r(const struct tm *restrict tm, char *restrict buf);
char *ctime(const time_t *t);
char *ctime_r(const time_t *t, char *buf);
size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
    const struct tm *restrict tm);

#endif

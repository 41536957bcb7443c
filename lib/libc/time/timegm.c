/*
 * timegm.c - seconds since 1970 from broken-down time: timegm(), and
 * mktime(), the same in Resurgo's UTC-only world; also difftime().
 *
 * Fields out of their ranges (61 seconds, month 14, day 0) carry into the
 * next larger one, as mktime() must allow, and the structure is rewritten
 * with the normalized values, its weekday and day of year.
 */
#include <errno.h>
#include <time.h>
#include "time_impl.h"

static long long floor_div(long long a, long long b)
{
	return a / b - (a % b < 0);
}

/* Days from 1970-01-01 to January 1 of year y. */
static long long days_before_year(long long y)
{
	long long p = y - 1;
	long long leaps = floor_div(p, 4) - floor_div(p, 100) + floor_div(p, 400);

	return 365 * (y - 1970) + leaps - 477;	/* 477 leap days before 1970 */
}

time_t timegm(struct tm *tm)
{
	static const short before[12] = {
		0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334,
	};
	long long mon = tm->tm_mon, year = 1900LL + tm->tm_year + floor_div(mon, 12);
	long long days;
	time_t t;

	mon -= floor_div(mon, 12) * 12;
	days = days_before_year(year) + before[mon] + (mon >= 2 && is_leap(year))
	    + tm->tm_mday - 1;
	t = days * 86400 + tm->tm_hour * 3600LL + tm->tm_min * 60LL + tm->tm_sec;
	if (gmtime_r(&t, tm) == NULL) {
		errno = EOVERFLOW;
		return -1;
	}
	return t;
}

time_t mktime(struct tm *tm)
{
	return timegm(tm);
}

double difftime(time_t end, time_t start)
{
	return (double) (end - start);
}

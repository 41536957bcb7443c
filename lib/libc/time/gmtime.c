/*
 * gmtime.c - broken-down time from seconds since 1970: gmtime(),
 * gmtime_r(), and localtime() and localtime_r(), which are the same as
 * Resurgo keeps time in UTC.
 *
 * Days are counted from 2000-03-01, the day after a leap day that ends a
 * 400-year cycle, in years that begin in March: then leap days fall at
 * the end of a year, of each 4-, 100- and 400-year cycle, and every cycle
 * has a fixed length with no correction in the middle.
 */
#include <errno.h>
#include <limits.h>
#include <time.h>
#include "time_impl.h"

#define SECS_PER_DAY	86400LL
#define DAYS_1970_TO_MARCH_2000	11017	/* 30 years, 7 leap days, Jan+Feb */
#define DAYS_400Y	146097
#define DAYS_100Y	36524
#define DAYS_4Y		1461

const char *const __time_day_names[7] = {
	"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday",
};

const char *const __time_month_names[12] = {
	"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December",
};

/* Floor division and its remainder, for times before 1970. */
static long long floor_div(long long a, long long b, long long *rem)
{
	long long q = a / b, r = a % b;

	if (r < 0) {
		r += b;
		q--;
	}
	*rem = r;
	return q;
}

/* Fills year, month, day of month and day of year from days since 1970. */
static int set_date(long long days, struct tm *tm)
{
	/* Days before each month of a March-based year. */
	static const short before[12] = {
		0, 31, 61, 92, 122, 153, 184, 214, 245, 275, 306, 337,
	};
	long long d, q400 = floor_div(days - DAYS_1970_TO_MARCH_2000, DAYS_400Y, &d);
	long long q100 = d / DAYS_100Y, q4, q1, year;
	int m = 11;

	if (q100 == 4)
		q100 = 3;		/* the cycle's final leap day */
	d -= q100 * DAYS_100Y;
	q4 = d / DAYS_4Y;
	d -= q4 * DAYS_4Y;
	q1 = d / 365;
	if (q1 == 4)
		q1 = 3;
	d -= q1 * 365;
	year = 2000 + 400 * q400 + 100 * q100 + 4 * q4 + q1;
	while (before[m] > d)
		m--;
	tm->tm_mday = (int) (d - before[m]) + 1;
	if (m >= 10) {			/* January and February */
		year++;
		tm->tm_mon = m - 10;
		tm->tm_yday = (int) d - 306;
	} else {
		tm->tm_mon = m + 2;
		tm->tm_yday = (int) d + 59 + is_leap(year);
	}
	if (year - 1900 > INT_MAX || year - 1900 < INT_MIN)
		return -1;
	tm->tm_year = (int) (year - 1900);
	return 0;
}

struct tm *gmtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	long long secs, wday;
	long long days = floor_div(*t, SECS_PER_DAY, &secs);

	if (set_date(days, tm) != 0) {
		errno = EOVERFLOW;
		return NULL;
	}
	floor_div(days + 4, 7, &wday);	/* 1970-01-01 was a Thursday */
	tm->tm_wday = (int) wday;
	tm->tm_hour = (int) (secs / 3600);
	tm->tm_min = (int) (secs / 60 % 60);
	tm->tm_sec = (int) (secs % 60);
	tm->tm_isdst = 0;
	return tm;
}

struct tm *gmtime(const time_t *t)
{
	static struct tm tm;

	return gmtime_r(t, &tm);
}

struct tm *localtime_r(const time_t *restrict t, struct tm *restrict tm)
{
	return gmtime_r(t, tm);
}

struct tm *localtime(const time_t *t)
{
	return gmtime(t);
}

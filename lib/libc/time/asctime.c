/*
 * asctime.c - the classic date line "Sun Sep 16 01:03:52 1973\n":
 * asctime(), asctime_r(), ctime(), ctime_r().
 */
#include <stdio.h>
#include <time.h>
#include "time_impl.h"

#define ASCTIME_LEN	26	/* what C and POSIX promise room for */

/* Names out of range print as "???" rather than reading past a table. */
static const char *name(const char *const *names, int i, int n)
{
	return i >= 0 && i < n ? names[i] : "???";
}

char *asctime_r(const struct tm *restrict tm, char *restrict buf)
{
	snprintf(buf, ASCTIME_LEN, "%.3s %.3s%3d %.2d:%.2d:%.2d %d\n",
	    name(__time_day_names, tm->tm_wday, 7),
	    name(__time_month_names, tm->tm_mon, 12),
	    tm->tm_mday, tm->tm_hour, tm->tm_min, tm->tm_sec,
	    1900 + tm->tm_year);
	return buf;
}

char *asctime(const struct tm *tm)
{
	static char buf[ASCTIME_LEN];

	return asctime_r(tm, buf);
}

char *ctime_r(const time_t *t, char *buf)
{
	struct tm tm;

	return localtime_r(t, &tm) != NULL ? asctime_r(&tm, buf) : NULL;
}

char *ctime(const time_t *t)
{
	struct tm *tm = localtime(t);

	return tm != NULL ? asctime(tm) : NULL;
}

/*
 * test_time.c - calendar time: gmtime() on known dates (epoch, leap days,
 * before 1970, far years), gmtime/timegm round trips over many dates
 * checked against the host, mktime() normalizing out-of-range fields,
 * asctime() and ctime(), and every strftime() conversion.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "harness.h"
#include "rs.h"

static void date(const char *name, long long t, int y, int mon, int d, int h,
    int mi, int s, int wday, int yday)
{
	rs_time_t tt = t;
	struct rs_tm tm;

	if (rs_gmtime_r(&tt, &tm) == NULL) {
		t_check(name, 0, "NULL");
		return;
	}
	t_check(name, tm.tm_year + 1900 == y && tm.tm_mon + 1 == mon &&
	    tm.tm_mday == d && tm.tm_hour == h && tm.tm_min == mi &&
	    tm.tm_sec == s && tm.tm_wday == wday && tm.tm_yday == yday &&
	    tm.tm_isdst == 0,
	    "got %d-%02d-%02d %02d:%02d:%02d wday %d yday %d",
	    tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min,
	    tm.tm_sec, tm.tm_wday, tm.tm_yday);
}

static void test_known(void)
{
	date("gmtime epoch", 0, 1970, 1, 1, 0, 0, 0, 4, 0);
	date("gmtime one second before", -1, 1969, 12, 31, 23, 59, 59, 3, 364);
	date("gmtime leap day 2000", 951782400, 2000, 2, 29, 0, 0, 0, 2, 59);
	date("gmtime end of leap 2000", 978307199, 2000, 12, 31, 23, 59, 59, 0,
	    365);
	date("gmtime 2038 rollover", 2147483648LL, 2038, 1, 19, 3, 14, 8, 2, 18);
	date("gmtime 1900 not leap", -2203891200LL, 1900, 3, 1, 0, 0, 0, 4, 59);
	date("gmtime year 1", -62135596800LL, 1, 1, 1, 0, 0, 0, 1, 0);
	date("gmtime year 9999", 253402300799LL, 9999, 12, 31, 23, 59, 59, 5,
	    364);
	date("gmtime 2100-02-28", 4107456000LL, 2100, 2, 28, 0, 0, 0, 0, 58);
	{
		rs_time_t huge = INT64_MAX;

		rs_errno = 0;
		t_check("gmtime year overflow", rs_gmtime(&huge) == NULL &&
		    rs_errno == 42, "errno %d", rs_errno);
	}
}

static uint64_t rng = 0x6a09e667f3bcc909ULL;

static uint64_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static int same_tm(const struct rs_tm *a, const struct tm *b)
{
	return a->tm_sec == b->tm_sec && a->tm_min == b->tm_min &&
	    a->tm_hour == b->tm_hour && a->tm_mday == b->tm_mday &&
	    a->tm_mon == b->tm_mon && a->tm_year == b->tm_year &&
	    a->tm_wday == b->tm_wday && a->tm_yday == b->tm_yday;
}

/* Can the host's time_t (32 bits on some) hold t? */
static int host_can(rs_time_t t)
{
	return (rs_time_t) (time_t) t == t;
}

static void test_round_trips(void)
{
	t_begin("every day 1600-2400 matches the host and round-trips");
	for (long long day = -135140; day < 157000 && !t_failed(); day++) {
		rs_time_t t = day * 86400 + (long long) (next_random() % 86400);
		time_t ht = (time_t) t;
		struct rs_tm mine;
		struct tm host;

		rs_gmtime_r(&t, &mine);
		if (host_can(t) && gmtime_r(&ht, &host) != NULL &&
		    !same_tm(&mine, &host))
			t_fail("t=%lld: %d-%d-%d vs %d-%d-%d", t, mine.tm_year,
			    mine.tm_mon, mine.tm_mday, host.tm_year, host.tm_mon,
			    host.tm_mday);
		if (rs_timegm(&mine) != t)
			t_fail("timegm(gmtime(%lld)) = %lld", t, rs_timegm(&mine));
	}
	t_end();

	t_begin("200000 random times over +-3000 years");
	for (int i = 0; i < 200000 && !t_failed(); i++) {
		rs_time_t t = (long long) (next_random() % 190000000000ULL) -
		    95000000000LL;
		time_t ht = (time_t) t;
		struct rs_tm mine;
		struct tm host;

		rs_gmtime_r(&t, &mine);
		if (rs_timegm(&mine) != t || (host_can(t) &&
		    gmtime_r(&ht, &host) != NULL && !same_tm(&mine, &host)))
			t_fail("t=%lld", t);
	}
	t_end();
}

static void test_mktime(void)
{
	struct rs_tm tm = { 0 };
	rs_time_t t;

	tm.tm_year = 100;
	tm.tm_mon = 13;			/* February 2001 */
	tm.tm_mday = 29;		/* is March 1 */
	tm.tm_hour = 25;		/* plus a day and an hour */
	tm.tm_sec = -1;
	tm.tm_isdst = 1;
	t = rs_mktime(&tm);
	t_check("mktime normalizes", tm.tm_year == 101 && tm.tm_mon == 2 &&
	    tm.tm_mday == 2 && tm.tm_hour == 0 && tm.tm_min == 59 &&
	    tm.tm_sec == 59 && tm.tm_wday == 5 && tm.tm_yday == 60 &&
	    tm.tm_isdst == 0 && t == 983494799,
	    "%d-%d-%d %d:%d:%d wday %d t=%lld", tm.tm_year, tm.tm_mon,
	    tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, tm.tm_wday, t);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 70;
	tm.tm_mon = -1;			/* December 1969 */
	tm.tm_mday = 31;
	t_int("mktime negative month", rs_mktime(&tm), -86400);
	memset(&tm, 0, sizeof(tm));
	tm.tm_year = 124;
	tm.tm_mday = 0;			/* December 31, 2023 */
	t_check("mktime day 0", rs_timegm(&tm) == 1703980800 && tm.tm_mday == 31
	    && tm.tm_mon == 11 && tm.tm_year == 123, "t=%lld", (long long)
	    rs_timegm(&tm));
	t_check("difftime", rs_difftime(100, 40) == 60.0, "wrong");
}

static void test_text(void)
{
	rs_time_t t = 0, t2 = 116987032;
	struct rs_tm tm;
	char buf[128];

	t_str("asctime", rs_asctime(rs_gmtime(&t)), "Thu Jan  1 00:00:00 1970\n");
	t_str("ctime", rs_ctime(&t2), "Sun Sep 16 00:23:52 1973\n");
	rs_gmtime_r(&t2, &tm);

#define S(fmt, want) do { \
	rs_strftime(buf, sizeof(buf), fmt, &tm); \
	t_str("strftime " fmt, buf, want); \
} while (0)
	S("%a %A", "Sun Sunday");
	S("%b %B %h", "Sep September Sep");
	S("%c", "Sun Sep 16 00:23:52 1973");
	S("%C", "19");
	S("%d %e", "16 16");
	S("%D", "09/16/73");
	S("%F", "1973-09-16");
	S("%H %I %p", "00 12 AM");
	S("%j", "259");
	S("%m %M %S", "09 23 52");
	S("%n%t%%", "\n\t%");
	S("%r", "12:23:52 AM");
	S("%R %T", "00:23 00:23:52");
	S("%s", "116987032");
	S("%u %w", "7 0");
	S("%U %W", "37 37");
	S("%x %X", "09/16/73 00:23:52");
	S("%y %Y", "73 1973");
	S("%z %Z", "+0000 UTC");
	S("%Ey %Od", "73 16");
	S("%q stays", "%q stays");
	S("", "");
	t_int("strftime too small", (long long) rs_strftime(buf, 5, "%Y-%m", &tm),
	    0);
	t_int("strftime exact fit", (long long) rs_strftime(buf, 5, "%Y", &tm), 4);
}

/* The host, in the C locale and UTC, must agree on random times. */
static void test_strftime_host(void)
{
	static const char fmt[] = "%a %A %b %B %c %C %d %D %e %F %H %I %j %m %M "
	    "%p %r %R %S %s %T %u %U %w %W %x %X %y %Y %%";
	char mine[512], host[512];

	setenv("TZ", "UTC", 1);
	tzset();
	t_begin("strftime agrees with the host on 20000 times");
	for (int i = 0; i < 20000 && !t_failed(); i++) {
		rs_time_t t = (long long) (next_random() % 8000000000ULL) -
		    2000000000LL;
		time_t ht = (time_t) t;
		struct rs_tm tm;
		struct tm htm;

		if (!host_can(t))
			continue;
		rs_gmtime_r(&t, &tm);
		gmtime_r(&ht, &htm);
		rs_strftime(mine, sizeof(mine), fmt, &tm);
		strftime(host, sizeof(host), fmt, &htm);
		if (strcmp(mine, host) != 0)
			t_fail("t=%lld:\n  got  %s\n  want %s", t, mine, host);
	}
	t_end();
}

int main(void)
{
	fake_files_reset();
	test_known();
	test_round_trips();
	test_mktime();
	test_text();
	test_strftime_host();
	return t_done();
}

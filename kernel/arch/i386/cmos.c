/*
 * cmos.c - the battery-backed clock, read once at boot for the date.
 */
#include "kernel.h"

#define CMOS_INDEX	0x70
#define CMOS_DATA	0x71
#define RTC_SEC		0x00
#define RTC_MIN		0x02
#define RTC_HOUR	0x04
#define RTC_DAY		0x07
#define RTC_MONTH	0x08
#define RTC_YEAR	0x09
#define RTC_STATUS_A	0x0A
#define RTC_STATUS_B	0x0B
#define RTC_UIP		0x80	/* update in progress */
#define RTC_BINARY	0x04
#define RTC_24H		0x02

static int cmos_read(int reg)
{
	outb(CMOS_INDEX, reg);
	return inb(CMOS_DATA);
}

static int from_bcd(int v)
{
	return (v >> 4) * 10 + (v & 0x0F);
}

/* Days from 1970-01-01 to y-m-d (proleptic Gregorian). */
static uint32_t days_since_epoch(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = y / 400;
	yoe = y - era * 400;
	doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return era * 146097 + doe - 719468;
}

uint32_t cmos_boot_time(void)
{
	int sec, min, hour, day, mon, year, b, spin = 100000;

	while ((cmos_read(RTC_STATUS_A) & RTC_UIP) && --spin > 0)
		;
	sec = cmos_read(RTC_SEC);
	min = cmos_read(RTC_MIN);
	hour = cmos_read(RTC_HOUR);
	day = cmos_read(RTC_DAY);
	mon = cmos_read(RTC_MONTH);
	year = cmos_read(RTC_YEAR);
	b = cmos_read(RTC_STATUS_B);
	if (!(b & RTC_BINARY)) {
		sec = from_bcd(sec);
		min = from_bcd(min);
		hour = from_bcd(hour & 0x7F) | (hour & 0x80);
		day = from_bcd(day);
		mon = from_bcd(mon);
		year = from_bcd(year);
	}
	if (!(b & RTC_24H) && (hour & 0x80))
		hour = ((hour & 0x7F) + 12) % 24;
	year += year < 70 ? 2000 : 1900;
	if (mon < 1 || mon > 12 || day < 1 || day > 31)
		return 0;
	return days_since_epoch(year, mon, day) * 86400
		+ hour * 3600 + min * 60 + sec;
}

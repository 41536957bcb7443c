/*
 * time_impl.h - calendar arithmetic shared by the files of time/.
 */
#ifndef _TIME_IMPL_H
#define _TIME_IMPL_H

extern const char *const __time_day_names[7];	/* Sunday first */
extern const char *const __time_month_names[12];

/* Is y (a full year, e.g. 2024) a Gregorian leap year? */
static inline int is_leap(long long y)
{
	return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
}

#endif

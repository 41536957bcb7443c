/*
 * strftime.c - format a broken-down time, C locale.
 *
 * Conversions: %a %A %b %B %c %C %d %D %e %F %h %H %I %j %m %M %n %p %r
 * %R %s %S %t %T %u %U %w %W %x %X %y %Y %z %Z %%; the E and O modifiers
 * are accepted and ignored.  Composite ones (%c %D %F %r %R %T %x %X) are
 * expanded by formatting their equivalent.  An unknown conversion is
 * copied as written.
 */
#include <string.h>
#include <time.h>
#include "time_impl.h"

struct out {
	char *o_buf;
	size_t o_max;		/* room, NUL included */
	size_t o_len;		/* may pass o_max: then the result is 0 */
};

static void put(struct out *o, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++, o->o_len++) {
		if (o->o_len < o->o_max)
			o->o_buf[o->o_len] = s[i];
	}
}

static void put_str(struct out *o, const char *s)
{
	put(o, s, strlen(s));
}

/* v in at least width digits, padded with pad ('0' or ' '). */
static void put_num(struct out *o, long long v, int width, char pad)
{
	char buf[24], *p = buf + sizeof(buf);
	unsigned long long u = v < 0 ? 0 - (unsigned long long) v : (unsigned long long) v;

	do {
		*--p = (char) ('0' + u % 10);
		u /= 10;
		width--;
	} while (u != 0);
	for (; width > (v < 0); width--)
		*--p = pad;
	if (v < 0)
		*--p = '-';
	put(o, p, (size_t) (buf + sizeof(buf) - p));
}

static const char *name(const char *const *names, int i, int n)
{
	return i >= 0 && i < n ? names[i] : "?";
}

static void format(struct out *o, const char *fmt, const struct tm *tm);

/* Week of the year, weeks starting on first_day (0 Sunday, 1 Monday). */
static int week_number(const struct tm *tm, int first_day)
{
	return (tm->tm_yday + 7 - (tm->tm_wday - first_day + 7) % 7) / 7;
}

/* The composite conversions, as the formats they stand for. */
static const char *composite(char c)
{
	switch (c) {
	case 'c': return "%a %b %e %H:%M:%S %Y";
	case 'D': return "%m/%d/%y";
	case 'F': return "%Y-%m-%d";
	case 'r': return "%I:%M:%S %p";
	case 'R': return "%H:%M";
	case 'T': return "%H:%M:%S";
	case 'x': return "%m/%d/%y";
	case 'X': return "%H:%M:%S";
	default: return NULL;
	}
}

/* One conversion; false if c is not one. */
static int convert(struct out *o, char c, const struct tm *tm)
{
	long long year = 1900LL + tm->tm_year;
	int hour12 = tm->tm_hour % 12 == 0 ? 12 : tm->tm_hour % 12;
	struct tm copy;

	switch (c) {
	case 'a': put(o, name(__time_day_names, tm->tm_wday, 7), 3); break;
	case 'A': put_str(o, name(__time_day_names, tm->tm_wday, 7)); break;
	case 'b': case 'h':
		put(o, name(__time_month_names, tm->tm_mon, 12), 3); break;
	case 'B': put_str(o, name(__time_month_names, tm->tm_mon, 12)); break;
	case 'C': put_num(o, year / 100 - (year % 100 < 0), 2, '0'); break;
	case 'd': put_num(o, tm->tm_mday, 2, '0'); break;
	case 'e': put_num(o, tm->tm_mday, 2, ' '); break;
	case 'H': put_num(o, tm->tm_hour, 2, '0'); break;
	case 'I': put_num(o, hour12, 2, '0'); break;
	case 'j': put_num(o, tm->tm_yday + 1, 3, '0'); break;
	case 'm': put_num(o, tm->tm_mon + 1, 2, '0'); break;
	case 'M': put_num(o, tm->tm_min, 2, '0'); break;
	case 'n': put(o, "\n", 1); break;
	case 't': put(o, "\t", 1); break;
	case 'p': put_str(o, tm->tm_hour < 12 ? "AM" : "PM"); break;
	case 'S': put_num(o, tm->tm_sec, 2, '0'); break;
	case 's':
		copy = *tm;
		put_num(o, timegm(&copy), 1, '0');
		break;
	case 'u': put_num(o, tm->tm_wday == 0 ? 7 : tm->tm_wday, 1, '0'); break;
	case 'w': put_num(o, tm->tm_wday, 1, '0'); break;
	case 'U': put_num(o, week_number(tm, 0), 2, '0'); break;
	case 'W': put_num(o, week_number(tm, 1), 2, '0'); break;
	case 'y': put_num(o, (year % 100 + 100) % 100, 2, '0'); break;
	case 'Y': put_num(o, year, 1, '0'); break;
	case 'z': put_str(o, "+0000"); break;
	case 'Z': put_str(o, "UTC"); break;
	case '%': put(o, "%", 1); break;
	default:
		if (composite(c) == NULL)
			return 0;
		format(o, composite(c), tm);
		break;
	}
	return 1;
}

static void format(struct out *o, const char *fmt, const struct tm *tm)
{
	while (*fmt != '\0') {
		const char *start = fmt;

		if (*fmt != '%') {
			put(o, fmt++, 1);
			continue;
		}
		fmt++;
		if (*fmt == 'E' || *fmt == 'O')
			fmt++;
		if (*fmt == '\0' || !convert(o, *fmt, tm)) {
			put(o, start, (size_t) (fmt - start) + (*fmt != '\0'));
			if (*fmt == '\0')
				break;
		}
		fmt++;
	}
}

/* Answers the length written, or 0 if it (and its NUL) did not fit. */
size_t strftime(char *restrict s, size_t max, const char *restrict fmt,
    const struct tm *restrict tm)
{
	struct out o = { s, max, 0 };

	format(&o, fmt, tm);
	if (o.o_len >= max) {
		if (max > 0)
			s[0] = '\0';
		return 0;
	}
	s[o.o_len] = '\0';
	return o.o_len;
}

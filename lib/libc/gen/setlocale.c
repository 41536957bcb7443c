/*
 * setlocale.c - locales: only "C" (alias "POSIX") exists, so setlocale()
 * accepts that alone and localeconv() describes it.
 */
#include <locale.h>
#include <limits.h>
#include <string.h>

char *setlocale(int category, const char *locale)
{
	if (category < LC_CTYPE || category > LC_ALL)
		return NULL;
	if (locale == NULL || *locale == '\0' || strcmp(locale, "C") == 0 ||
	    strcmp(locale, "POSIX") == 0)
		return "C";
	return NULL;
}

struct lconv *localeconv(void)
{
	static struct lconv c_locale = {
		".", "", "", "", "", "", "", "", "", "",
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX, CHAR_MAX,
		CHAR_MAX, CHAR_MAX,
	};

	return &c_locale;
}

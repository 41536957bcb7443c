/*
 * date - print the date and time.
 *
 *	date [-u] [+format]
 *
 * The time is in UTC (Resurgo keeps no time zones; -u is accepted for
 * that reason).  The default format is "Thu Nov 27 02:25:14 UTC 2026";
 * +format is given to strftime().
 */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#define DEFAULT_FORMAT	"%a %b %e %H:%M:%S UTC %Y"

static void usage(void)
{
	fputs("usage: date [-u] [+format]\n", stderr);
	exit(1);
}

int main(int argc, char **argv)
{
	char buf[1024];
	const char *format = DEFAULT_FORMAT;
	time_t now;
	int c;

	while ((c = getopt(argc, argv, "u")) != -1)
		if (c != 'u')
			usage();
	if (optind < argc && argv[optind][0] == '+')
		format = argv[optind++] + 1;
	if (optind < argc)
		usage();
	now = time(NULL);
	buf[0] = '\0';
	if (strftime(buf, sizeof(buf), format, gmtime(&now)) == 0 &&
	    *format != '\0') {
		fputs("date: the format gives too long a string\n", stderr);
		return 1;
	}
	puts(buf);
	return 0;
}

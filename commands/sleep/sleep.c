/*
 * sleep - wait for a number of seconds.
 *
 *	sleep seconds
 *
 * The number may have a fraction ("0.25"); it is kept to microseconds.
 */
#include <stdio.h>
#include <ctype.h>
#include <unistd.h>

static void usage(void)
{
	fputs("usage: sleep seconds\n", stderr);
}

/* Parses "S", "S.F" or ".F" into whole seconds and microseconds. */
static int parse_time(const char *s, unsigned long *sec, unsigned long *usec)
{
	unsigned long scale = 100000;
	int digits = 0;

	*sec = *usec = 0;
	for (; isdigit((unsigned char) *s); s++, digits++)
		*sec = *sec * 10 + (unsigned long) (*s - '0');
	if (*s == '.')
		for (s++; isdigit((unsigned char) *s); s++, digits++) {
			*usec += (unsigned long) (*s - '0') * scale;
			scale /= 10;
		}
	return digits > 0 && *s == '\0';
}

int main(int argc, char **argv)
{
	unsigned long sec, usec;

	if (argc > 1 && argv[1][0] == '-' && argv[1][1] == '-' &&
	    argv[1][2] == '\0') {
		argv++;
		argc--;
	}
	if (argc != 2) {
		usage();
		return 1;
	}
	if (!parse_time(argv[1], &sec, &usec)) {
		fprintf(stderr, "sleep: invalid time interval '%s'\n", argv[1]);
		usage();
		return 1;
	}
	while (sec > 0)
		sec = sleep((unsigned) sec);
	if (usec > 0)
		usleep((unsigned) usec);
	return 0;
}

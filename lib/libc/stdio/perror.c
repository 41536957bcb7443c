/*
 * perror.c - print "s: <message for errno>" on stderr.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>

void perror(const char *s)
{
	const char *msg = strerror(errno);

	if (s != NULL && *s != '\0')
		fprintf(stderr, "%s: %s\n", s, msg);
	else
		fprintf(stderr, "%s\n", msg);
}

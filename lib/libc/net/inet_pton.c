/*
 * inet_pton.c - addresses as text and back, strictly: inet_pton and
 * inet_ntop.  Only AF_INET: four decimal numbers of at most three
 * digits, 0 to 255, without leading zeros, separated by single dots.
 */
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>

int inet_pton(int af, const char *src, void *dst)
{
	uint8_t b[4];
	int i, v, digits;

	if (af != AF_INET) {
		errno = EAFNOSUPPORT;
		return -1;
	}
	for (i = 0; i < 4; i++) {
		if (i > 0 && *src++ != '.')
			return 0;
		for (v = 0, digits = 0; *src >= '0' && *src <= '9'; src++) {
			if (digits > 0 && v == 0)
				return 0;	/* a leading zero */
			v = v * 10 + (*src - '0');
			if (++digits > 3 || v > 255)
				return 0;
		}
		if (digits == 0)
			return 0;
		b[i] = (uint8_t) v;
	}
	if (*src != '\0')
		return 0;
	memcpy(dst, b, 4);
	return 1;
}

const char *inet_ntop(int af, const void *src, char *dst, socklen_t size)
{
	const uint8_t *b = src;
	char buf[INET_ADDRSTRLEN];

	if (af != AF_INET) {
		errno = EAFNOSUPPORT;
		return NULL;
	}
	snprintf(buf, sizeof(buf), "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	if (strlen(buf) + 1 > size) {
		errno = ENOSPC;
		return NULL;
	}
	strcpy(dst, buf);
	return dst;
}

/*
 * inet_addr.c - IPv4 addresses in the traditional text forms:
 * inet_aton, inet_addr, inet_ntoa.
 *
 * inet_aton takes what 4.2BSD took: one to four parts separated by dots,
 * each decimal, octal (a leading 0) or hexadecimal (0x); the last part
 * fills the bytes the others left (a.b.c.d, a.b.c with c 16 bits, a.b
 * with b 24 bits, a alone 32 bits).  inet_pton is the strict one.
 */
#include <ctype.h>
#include <stdio.h>
#include <arpa/inet.h>

/* One part at *cp: its value, or -1 if there is no number there or it is
 * too big for 32 bits. */
static long long part(const char **cp)
{
	const char *s = *cp;
	unsigned long long v = 0;
	int base = 10, digits = 0, d;

	if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
		base = 16;
		s += 2;
	} else if (s[0] == '0') {
		base = 8;
	}
	for (;; s++, digits++) {
		if (isdigit((unsigned char) *s))
			d = *s - '0';
		else if (base == 16 && isxdigit((unsigned char) *s))
			d = tolower((unsigned char) *s) - 'a' + 10;
		else
			break;
		if (d >= base)
			return -1;
		v = v * base + d;
		if (v > 0xFFFFFFFFull)
			return -1;
	}
	if (digits == 0 && base != 8)
		return -1;
	*cp = s;
	return (long long) v;
}

int inet_aton(const char *cp, struct in_addr *addr)
{
	static const uint32_t max[4] = { 0xFFFFFFFF, 0xFFFFFF, 0xFFFF, 0xFF };
	long long v[4];
	uint32_t a = 0;
	int n = 0, i;

	for (;;) {
		if (n == 4 || (v[n] = part(&cp)) < 0)
			return 0;
		n++;
		if (*cp != '.')
			break;
		cp++;
	}
	if (*cp != '\0' && !isspace((unsigned char) *cp))
		return 0;
	for (i = 0; i < n - 1; i++) {
		if (v[i] > 0xFF)
			return 0;
		a |= (uint32_t) v[i] << (24 - 8 * i);
	}
	if ((uint32_t) v[n - 1] > max[n - 1])
		return 0;
	a |= (uint32_t) v[n - 1];
	if (addr != NULL)
		addr->s_addr = htonl(a);
	return 1;
}

in_addr_t inet_addr(const char *cp)
{
	struct in_addr a;

	return inet_aton(cp, &a) ? a.s_addr : INADDR_NONE;
}

char *inet_ntoa(struct in_addr in)
{
	static char buf[INET_ADDRSTRLEN];

	return (char *) inet_ntop(AF_INET, &in, buf, sizeof(buf));
}

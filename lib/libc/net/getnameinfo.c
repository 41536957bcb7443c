/*
 * getnameinfo.c - an address and port as names: the host from
 * /etc/hosts, the service from /etc/services, or both as numbers.
 */
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include "netdb_impl.h"

static int put(char *buf, socklen_t len, const char *s)
{
	if (strlen(s) + 1 > len)
		return EAI_OVERFLOW;
	strcpy(buf, s);
	return 0;
}

static int host_name(struct in_addr a, char *host, socklen_t len, int flags)
{
	struct hosts_entry e;
	char num[INET_ADDRSTRLEN];

	if (!(flags & NI_NUMERICHOST) && _hosts_byaddr(a, &e))
		return put(host, len, e.he_name[0]);
	if (flags & NI_NAMEREQD)
		return EAI_NONAME;
	inet_ntop(AF_INET, &a, num, sizeof(num));
	return put(host, len, num);
}

static int serv_name(int port, char *serv, socklen_t len, int flags)
{
	char name[NI_MAXSERV];

	if (!(flags & NI_NUMERICSERV) && _services_byport(port,
	    (flags & NI_DGRAM) ? "udp" : "tcp", name, sizeof(name)))
		return put(serv, len, name);
	snprintf(name, sizeof(name), "%d", port);
	return put(serv, len, name);
}

int getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host,
	socklen_t hostlen, char *serv, socklen_t servlen, int flags)
{
	const struct sockaddr_in *sin = (const struct sockaddr_in *) sa;
	int r;

	if (sa == NULL || salen < sizeof(*sin) || sa->sa_family != AF_INET)
		return EAI_FAMILY;
	if ((host == NULL || hostlen == 0) && (serv == NULL || servlen == 0))
		return EAI_NONAME;
	if (host != NULL && hostlen > 0
	    && (r = host_name(sin->sin_addr, host, hostlen, flags)) != 0)
		return r;
	if (serv != NULL && servlen > 0
	    && (r = serv_name(ntohs(sin->sin_port), serv, servlen, flags)) != 0)
		return r;
	return 0;
}

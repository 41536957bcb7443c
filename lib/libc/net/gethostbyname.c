/*
 * gethostbyname.c - the old interfaces: gethostbyname, gethostbyaddr,
 * getservbyname.  Each answers in a static buffer that the next call
 * overwrites; a failure sets h_errno (HOST_NOT_FOUND).
 */
#include <string.h>
#include <arpa/inet.h>
#include "netdb_impl.h"

int h_errno;

static struct hostent host;
static struct in_addr host_addr;
static char *host_addrs[2] = { (char *) &host_addr, NULL };
static char *host_aliases[HOST_NAMES];
static char host_name[HOST_LINE];

/* Answer with addr, named name, with the aliases of e (or none). */
static struct hostent *answer(struct in_addr addr, const char *name,
	const struct hosts_entry *e)
{
	int i, n = 0;

	host_addr = addr;
	strncpy(host_name, name, sizeof(host_name) - 1);
	host_name[sizeof(host_name) - 1] = '\0';
	for (i = 1; e != NULL && i < e->he_nnames && n < HOST_NAMES - 1; i++)
		host_aliases[n++] = e->he_name[i];
	host_aliases[n] = NULL;
	host.h_name = host_name;
	host.h_aliases = host_aliases;
	host.h_addrtype = AF_INET;
	host.h_length = sizeof(struct in_addr);
	host.h_addr_list = host_addrs;
	return &host;
}

struct hostent *gethostbyname(const char *name)
{
	static struct hosts_entry e;
	struct in_addr a;

	if (name != NULL && inet_aton(name, &a))
		return answer(a, name, NULL);
	if (name == NULL || !_hosts_byname(name, &e)) {
		h_errno = HOST_NOT_FOUND;
		return NULL;
	}
	return answer(e.he_addr, e.he_name[0], &e);
}

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type)
{
	static struct hosts_entry e;
	struct in_addr a;

	if (type != AF_INET || len < sizeof(a)) {
		h_errno = HOST_NOT_FOUND;
		return NULL;
	}
	memcpy(&a, addr, sizeof(a));
	if (!_hosts_byaddr(a, &e)) {
		h_errno = HOST_NOT_FOUND;
		return NULL;
	}
	return answer(a, e.he_name[0], &e);
}

struct servent *getservbyname(const char *name, const char *proto)
{
	static struct servent s;
	static char sname[32], sproto[8];
	static char *aliases[1];
	int port;

	if (proto == NULL)
		proto = "tcp";
	if (!_services_byname(name, proto, &port))
		return NULL;
	strncpy(sname, name, sizeof(sname) - 1);
	strncpy(sproto, proto, sizeof(sproto) - 1);
	s.s_name = sname;
	s.s_aliases = aliases;
	s.s_port = htons((uint16_t) port);
	s.s_proto = sproto;
	return &s;
}

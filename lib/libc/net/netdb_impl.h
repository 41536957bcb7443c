/*
 * netdb_impl.h - what the name functions of lib/libc/net share: reading
 * /etc/hosts and /etc/services.
 */
#ifndef _NETDB_IMPL_H
#define _NETDB_IMPL_H

#include <netdb.h>

#define HOSTS_FILE	"/etc/hosts"
#define SERVICES_FILE	"/etc/services"
#define HOST_NAMES	8		/* a name and its aliases, per line */
#define HOST_LINE	256

struct hosts_entry {
	struct in_addr he_addr;
	int he_nnames;
	char *he_name[HOST_NAMES];	/* into he_line */
	char he_line[HOST_LINE];
};

/* The first line of /etc/hosts that names name (in any case), or that
 * has addr: 1 found, 0 not. */
int _hosts_byname(const char *name, struct hosts_entry *e);
int _hosts_byaddr(struct in_addr addr, struct hosts_entry *e);

/* /etc/services: the port (host order) of a service name for proto
 * ("tcp", "udp"), or the name of a port; 1 found, 0 not. */
int _services_byname(const char *name, const char *proto, int *port);
int _services_byport(int port, const char *proto, char *name, size_t len);

/* A number 0..65535 and nothing else: 1, and *port set. */
int _numeric_port(const char *s, int *port);

#endif

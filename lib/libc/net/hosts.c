/*
 * hosts.c - /etc/hosts and /etc/services, read a line at a time.
 *
 * /etc/hosts: an address, then the host's name and its aliases, blanks
 * between; /etc/services: a name, port/protocol, then aliases.  '#'
 * starts a comment; lines that do not parse are skipped.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <arpa/inet.h>
#include "netdb_impl.h"

/* Cut line (comments dropped) into at most max words. */
static int words(char *line, char **w, int max)
{
	char *p, *save = NULL;
	int n = 0;

	if ((p = strchr(line, '#')) != NULL)
		*p = '\0';
	for (p = strtok_r(line, " \t\r\n", &save); p != NULL && n < max;
	    p = strtok_r(NULL, " \t\r\n", &save))
		w[n++] = p;
	return n;
}

/* The next entry of /etc/hosts with an IPv4 address: 1, or 0 at the
 * end. */
static int next_host(FILE *f, struct hosts_entry *e)
{
	char *w[HOST_NAMES + 1];
	int n, i;

	while (fgets(e->he_line, sizeof(e->he_line), f) != NULL) {
		n = words(e->he_line, w, HOST_NAMES + 1);
		if (n < 2 || inet_pton(AF_INET, w[0], &e->he_addr) != 1)
			continue;
		e->he_nnames = n - 1;
		for (i = 1; i < n; i++)
			e->he_name[i - 1] = w[i];
		return 1;
	}
	return 0;
}

static int find_host(struct hosts_entry *e, const char *name,
	const struct in_addr *addr)
{
	FILE *f = fopen(HOSTS_FILE, "r");
	int found = 0, i;

	if (f == NULL)
		return 0;
	while (!found && next_host(f, e)) {
		if (addr != NULL) {
			found = e->he_addr.s_addr == addr->s_addr;
			continue;
		}
		for (i = 0; i < e->he_nnames && !found; i++)
			found = strcasecmp(e->he_name[i], name) == 0;
	}
	fclose(f);
	return found;
}

int _hosts_byname(const char *name, struct hosts_entry *e)
{
	return find_host(e, name, NULL);
}

int _hosts_byaddr(struct in_addr addr, struct hosts_entry *e)
{
	return find_host(e, NULL, &addr);
}

int _numeric_port(const char *s, int *port)
{
	char *end;
	long v;

	if (*s < '0' || *s > '9')
		return 0;
	v = strtol(s, &end, 10);
	if (*end != '\0' || v < 0 || v > 65535)
		return 0;
	*port = (int) v;
	return 1;
}

/* Look through /etc/services for a line whose name (or alias) is name,
 * or whose port is port, with protocol proto. */
static int find_service(const char *name, int port, const char *proto,
	int *portp, char *out, size_t len)
{
	char line[HOST_LINE], *w[HOST_NAMES + 2], *slash;
	FILE *f = fopen(SERVICES_FILE, "r");
	int n, i, p, found = 0;

	if (f == NULL)
		return 0;
	while (!found && fgets(line, sizeof(line), f) != NULL) {
		if ((n = words(line, w, HOST_NAMES + 2)) < 2
		    || (slash = strchr(w[1], '/')) == NULL)
			continue;
		*slash = '\0';
		if (strcmp(slash + 1, proto) != 0 || !_numeric_port(w[1], &p))
			continue;
		for (i = 0; i < n && !found; i++)
			found = name != NULL ? (i != 1 && strcmp(w[i], name) == 0)
				: (i == 0 && p == port);
		if (found && portp != NULL)
			*portp = p;
		if (found && out != NULL)
			snprintf(out, len, "%s", w[0]);
	}
	fclose(f);
	return found;
}

int _services_byname(const char *name, const char *proto, int *port)
{
	return find_service(name, 0, proto, port, NULL, 0);
}

int _services_byport(int port, const char *proto, char *name, size_t len)
{
	return find_service(NULL, port, proto, NULL, name, len);
}

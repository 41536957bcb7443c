/*
 * getaddrinfo.c - getaddrinfo, freeaddrinfo, gai_strerror (RFC 3493's
 * interface, IPv4 only).
 *
 * A host is a numeric address (inet_aton's forms) or a name in
 * /etc/hosts; no host is the wildcard (AI_PASSIVE) or the loopback
 * address.  A service is a port number or a name in /etc/services.
 * Without a socket type the answer has a stream (TCP) and a datagram
 * (UDP) entry.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include "netdb_impl.h"

#define AI_KNOWN	(AI_PASSIVE | AI_CANONNAME | AI_NUMERICHOST \
			| AI_NUMERICSERV | AI_V4MAPPED | AI_ALL | AI_ADDRCONFIG)

struct ai_block {			/* one entry and its address */
	struct addrinfo ai;
	struct sockaddr_in sin;
};

static int check_hints(const struct addrinfo *h)
{
	if (h->ai_flags & ~AI_KNOWN)
		return EAI_BADFLAGS;
	if (h->ai_family != AF_UNSPEC && h->ai_family != AF_INET)
		return EAI_FAMILY;
	if (h->ai_socktype != 0 && h->ai_socktype != SOCK_STREAM
	    && h->ai_socktype != SOCK_DGRAM && h->ai_socktype != SOCK_RAW)
		return EAI_SOCKTYPE;
	if ((h->ai_socktype == SOCK_STREAM && h->ai_protocol != 0
	    && h->ai_protocol != IPPROTO_TCP)
	    || (h->ai_socktype == SOCK_DGRAM && h->ai_protocol != 0
	    && h->ai_protocol != IPPROTO_UDP))
		return EAI_SOCKTYPE;
	return 0;
}

/* The host's address, and its canonical name into canon. */
static int find_host(const char *node, int flags, struct in_addr *a,
	char *canon, size_t len)
{
	struct hosts_entry e;

	if (node == NULL) {
		a->s_addr = htonl((flags & AI_PASSIVE) ? INADDR_ANY
			: INADDR_LOOPBACK);
		snprintf(canon, len, "%s", "localhost");
		return 0;
	}
	if (inet_aton(node, a)) {
		snprintf(canon, len, "%s", node);
		return 0;
	}
	if ((flags & AI_NUMERICHOST) || !_hosts_byname(node, &e))
		return EAI_NONAME;
	*a = e.he_addr;
	snprintf(canon, len, "%s", e.he_name[0]);
	return 0;
}

/* The service's port for socket type type (host order), or -1 if a name
 * is not known for that type's protocol. */
static int find_port(const char *service, int flags, int type, int *err)
{
	int port;

	*err = 0;
	if (service == NULL)
		return 0;
	if (_numeric_port(service, &port))
		return port;
	if (flags & AI_NUMERICSERV) {
		*err = EAI_NONAME;
		return -1;
	}
	if (type == SOCK_RAW)
		return -1;
	if (_services_byname(service, type == SOCK_DGRAM ? "udp" : "tcp",
	    &port))
		return port;
	return -1;
}

static struct addrinfo *new_entry(int type, struct in_addr a, int port)
{
	struct ai_block *b = calloc(1, sizeof(*b));

	if (b == NULL)
		return NULL;
	b->sin.sin_family = AF_INET;
	b->sin.sin_port = htons((uint16_t) port);
	b->sin.sin_addr = a;
	b->ai.ai_family = AF_INET;
	b->ai.ai_socktype = type;
	b->ai.ai_protocol = type == SOCK_STREAM ? IPPROTO_TCP
		: type == SOCK_DGRAM ? IPPROTO_UDP : 0;
	b->ai.ai_addrlen = sizeof(b->sin);
	b->ai.ai_addr = (struct sockaddr *) &b->sin;
	return &b->ai;
}

/* The entries, one per socket type asked, in *res. */
static int make_list(const struct addrinfo *h, struct in_addr a,
	const char *service, const char *canon, struct addrinfo **res)
{
	static const int types[] = { SOCK_STREAM, SOCK_DGRAM };
	struct addrinfo *head = NULL, **tail = &head, *ai;
	int i, port, err = EAI_SERVICE;

	for (i = 0; i < 2 || (h->ai_socktype == SOCK_RAW && i < 3); i++) {
		int type = i < 2 ? types[i] : SOCK_RAW;
		if (h->ai_socktype != 0 && h->ai_socktype != type)
			continue;
		if ((port = find_port(service, h->ai_flags, type, &err)) < 0)
			continue;
		if ((ai = new_entry(type, a, port)) == NULL) {
			freeaddrinfo(head);
			return EAI_MEMORY;
		}
		if (head == NULL && (h->ai_flags & AI_CANONNAME)
		    && (ai->ai_canonname = strdup(canon)) == NULL) {
			free(ai);
			return EAI_MEMORY;
		}
		*tail = ai;
		tail = &ai->ai_next;
	}
	if (head == NULL)
		return err != 0 ? err : EAI_SERVICE;
	*res = head;
	return 0;
}

int getaddrinfo(const char *node, const char *service,
	const struct addrinfo *hints, struct addrinfo **res)
{
	struct addrinfo none;
	char canon[HOST_LINE];
	struct in_addr a;
	int r;

	if (hints == NULL) {
		memset(&none, 0, sizeof(none));
		hints = &none;
	}
	if ((r = check_hints(hints)) != 0)
		return r;
	if (node == NULL && service == NULL)
		return EAI_NONAME;
	if ((r = find_host(node, hints->ai_flags, &a, canon, sizeof(canon))))
		return r;
	return make_list(hints, a, service, canon, res);
}

void freeaddrinfo(struct addrinfo *ai)
{
	struct addrinfo *next;

	for (; ai != NULL; ai = next) {
		next = ai->ai_next;
		free(ai->ai_canonname);
		free(ai);		/* its address is in the same block */
	}
}

const char *gai_strerror(int code)
{
	static const char *const text[] = {
		[0] = "Success",
		[EAI_AGAIN] = "Temporary failure in name resolution",
		[EAI_BADFLAGS] = "Invalid flags",
		[EAI_FAIL] = "Non-recoverable failure in name resolution",
		[EAI_FAMILY] = "Address family not supported",
		[EAI_MEMORY] = "Out of memory",
		[EAI_NONAME] = "Name or service not known",
		[EAI_SERVICE] = "Service not supported for socket type",
		[EAI_SOCKTYPE] = "Socket type not supported",
		[EAI_SYSTEM] = "System error",
		[EAI_OVERFLOW] = "Argument buffer overflow",
	};

	if (code < 0 || code >= (int) (sizeof(text) / sizeof(text[0]))
	    || text[code] == NULL)
		return "Unknown error";
	return text[code];
}

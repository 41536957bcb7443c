/*
 * netdb.h - names of hosts and services.
 *
 * Host names are found in /etc/hosts; numeric addresses are taken as
 * they are.  There is no DNS client: a name that /etc/hosts does not
 * list is not found.
 */
#ifndef _NETDB_H
#define _NETDB_H

#include <stdint.h>
#include <sys/socket.h>
#include <netinet/in.h>

struct hostent {
	char *h_name;
	char **h_aliases;
	int h_addrtype;
	int h_length;
	char **h_addr_list;
};
#define h_addr	h_addr_list[0]

struct servent {
	char *s_name;
	char **s_aliases;
	int s_port;			/* network byte order */
	char *s_proto;
};

struct addrinfo {
	int ai_flags;
	int ai_family;
	int ai_socktype;
	int ai_protocol;
	socklen_t ai_addrlen;
	struct sockaddr *ai_addr;
	char *ai_canonname;
	struct addrinfo *ai_next;
};

/* ai_flags */
#define AI_PASSIVE	0x01		/* no host: the wildcard address */
#define AI_CANONNAME	0x02
#define AI_NUMERICHOST	0x04		/* the host must be numeric */
#define AI_NUMERICSERV	0x08
#define AI_V4MAPPED	0x10
#define AI_ALL		0x20
#define AI_ADDRCONFIG	0x40

/* getnameinfo flags */
#define NI_NOFQDN	0x01
#define NI_NUMERICHOST	0x02
#define NI_NAMEREQD	0x04
#define NI_NUMERICSERV	0x08
#define NI_NUMERICSCOPE	0x10
#define NI_DGRAM	0x20
#define NI_MAXHOST	1025
#define NI_MAXSERV	32

/* getaddrinfo and getnameinfo errors */
#define EAI_AGAIN	1
#define EAI_BADFLAGS	2
#define EAI_FAIL	3
#define EAI_FAMILY	4
#define EAI_MEMORY	5
#define EAI_NONAME	6
#define EAI_SERVICE	7
#define EAI_SOCKTYPE	8
#define EAI_SYSTEM	9
#define EAI_OVERFLOW	10

/* h_errno */
#define HOST_NOT_FOUND	1
#define TRY_AGAIN	2
#define NO_RECOVERY	3
#define NO_DATA		4

extern int h_errno;

struct hostent *gethostbyname(const char *name);
struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type);
struct servent *getservbyname(const char *name, const char *proto);
int getaddrinfo(const char *node, const char *service,
	const struct addrinfo *hints, struct addrinfo **res);
void freeaddrinfo(struct addrinfo *ai);
const char *gai_strerror(int code);
int getnameinfo(const struct sockaddr *sa, socklen_t salen, char *host,
	socklen_t hostlen, char *serv, socklen_t servlen, int flags);

#endif

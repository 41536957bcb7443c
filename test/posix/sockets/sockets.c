/*
 * sockets - the socket calls over the loopback interface.
 */
#include <sys/socket.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include "t.h"

static struct sockaddr_in loop(int port)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = htons(port);
	a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
	return a;
}

static void udp_loopback_echo(void)
{
	struct sockaddr_in a = loop(7000), from;
	socklen_t len = sizeof(from);
	char buf[64];
	int s, c;

	T_SYS(s = socket(AF_INET, SOCK_DGRAM, 0));
	T_SYS(c = socket(AF_INET, SOCK_DGRAM, 0));
	T_SYS(bind(s, (struct sockaddr *) &a, sizeof(a)));
	T_EQ(sendto(c, "hello", 5, 0, (struct sockaddr *) &a, sizeof(a)), 5);
	T_EQ(recvfrom(s, buf, sizeof(buf), 0, (struct sockaddr *) &from, &len), 5);
	T_CHECK(memcmp(buf, "hello", 5) == 0, "wrong data");
	T_EQ(len, sizeof(from));
	T_EQ(from.sin_addr.s_addr, htonl(INADDR_LOOPBACK));
}

static void tcp_loopback_echo(void)
{
	struct sockaddr_in a = loop(7001);
	char buf[64];
	int l, c, s;

	T_SYS(l = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(bind(l, (struct sockaddr *) &a, sizeof(a)));
	T_SYS(listen(l, 5));
	T_SYS(c = socket(AF_INET, SOCK_STREAM, 0));
	T_SYS(connect(c, (struct sockaddr *) &a, sizeof(a)));
	T_SYS(s = accept(l, NULL, NULL));
	T_EQ(write(c, "ping", 4), 4);
	T_EQ(read(s, buf, sizeof(buf)), 4);
	T_EQ(write(s, "pong!", 5), 5);
	T_EQ(read(c, buf, sizeof(buf)), 5);
	T_CHECK(memcmp(buf, "pong!", 5) == 0, "wrong data");
	T_SYS(close(c));
	T_EQ(read(s, buf, sizeof(buf)), 0);
	T_SYS(close(s));
	T_SYS(close(l));
}

static const struct t_case cases[] = {
	{ "udp_loopback_echo", udp_loopback_echo, 0 },
	{ "tcp_loopback_echo", tcp_loopback_echo, 0 },
	{ NULL, NULL, 0 }
};

int main(int argc, char **argv)
{
	return t_main(argc, argv, cases, NULL);
}

/*
 * netstat - show the network's sockets or its interfaces.
 *
 *	netstat [-a]	TCP connections, and with -a listeners and UDP
 *			and raw sockets too
 *	netstat -i	each interface's counters
 *
 * Addresses are always numeric.  It asks INET through the ioctls of
 * <sys/sockio.h> (SIOCGPCBINFO, SIOCGIFINFO) on a UDP socket of its
 * own, which therefore shows in its own listing.
 */
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include <sys/sockio.h>
#include <arpa/inet.h>

static int sock = -1;

static void usage(void)
{
	fprintf(stderr, "usage: netstat [-a | -i]\n");
	exit(2);
}

static int ask(unsigned long req, void *arg)
{
	if (sock < 0 && (sock = socket(AF_INET, SOCK_DGRAM, 0)) < 0) {
		fprintf(stderr, "netstat: no network (socket: %s)\n",
		    strerror(errno));
		exit(1);
	}
	return ioctl(sock, req, arg);
}

/* "ADDR:PORT", with * for any address or no port. */
static const char *endpoint(struct in_addr a, uint16_t port, char *buf,
	size_t size)
{
	char host[INET_ADDRSTRLEN] = "*";

	if (a.s_addr != 0)
		inet_ntop(AF_INET, &a, host, sizeof(host));
	if (port == 0)
		snprintf(buf, size, "%s:*", host);
	else
		snprintf(buf, size, "%s:%u", host, ntohs(port));
	return buf;
}

static const char *proto_name(const struct pcbinfo *pi)
{
	static char buf[16];

	if (!pi->pi_raw)
		return pi->pi_proto == IPPROTO_TCP ? "tcp" : "udp";
	if (pi->pi_proto == IPPROTO_ICMP)
		return "icmp";
	snprintf(buf, sizeof(buf), "raw%u", pi->pi_proto);
	return buf;
}

/* Without -a only connections show: not listeners, not datagrams. */
static bool shown(const struct pcbinfo *pi, bool all)
{
	return all || (pi->pi_proto == IPPROTO_TCP && !pi->pi_raw
	    && strcmp(pi->pi_state, "LISTEN") != 0);
}

static int sockets(bool all)
{
	char local[32], foreign[32];
	struct pcbinfo pi;
	uint32_t i;

	printf("%-5s %6s %6s  %-21s  %-21s  %s\n", "Proto", "Recv-Q",
	    "Send-Q", "Local Address", "Foreign Address", "State");
	for (i = 0;; i++) {
		memset(&pi, 0, sizeof(pi));
		pi.pi_index = i;
		if (ask(SIOCGPCBINFO, &pi) < 0) {
			if (errno == ENXIO)
				return 0;
			fprintf(stderr, "netstat: %s\n", strerror(errno));
			return 1;
		}
		if (!shown(&pi, all))
			continue;
		pi.pi_state[sizeof(pi.pi_state) - 1] = '\0';
		printf("%-5s %6u %6u  %-21s  %-21s  %s\n", proto_name(&pi),
		    pi.pi_rcvq, pi.pi_sndq,
		    endpoint(pi.pi_laddr, pi.pi_lport, local, sizeof(local)),
		    endpoint(pi.pi_faddr, pi.pi_fport, foreign,
		    sizeof(foreign)), pi.pi_state);
	}
}

static int interfaces(void)
{
	char addr[INET_ADDRSTRLEN];
	const struct if_counters *c;
	struct ifinfo ifi;
	uint32_t i;

	printf("%-6s %5s %-15s %9s %6s %6s %9s %6s %6s %12s %12s\n",
	    "Name", "Mtu", "Address", "Ipkts", "Ierrs", "Idrop", "Opkts",
	    "Oerrs", "Odrop", "Ibytes", "Obytes");
	for (i = 0;; i++) {
		memset(&ifi, 0, sizeof(ifi));
		ifi.ifi_index = i;
		if (ask(SIOCGIFINFO, &ifi) < 0)
			return i > 0 ? 0 : 1;
		ifi.ifi_name[IFNAMSIZ - 1] = '\0';
		inet_ntop(AF_INET, &ifi.ifi_addr, addr, sizeof(addr));
		c = &ifi.ifi_stats;
		printf("%-6s %5u %-15s %9u %6u %6u %9u %6u %6u %12llu %12llu\n",
		    ifi.ifi_name, ifi.ifi_mtu, addr, c->ifc_ipackets,
		    c->ifc_ierrors, c->ifc_idrops, c->ifc_opackets,
		    c->ifc_oerrors, c->ifc_odrops,
		    (unsigned long long) c->ifc_ibytes,
		    (unsigned long long) c->ifc_obytes);
	}
}

int main(int argc, char **argv)
{
	bool all = false, ifs = false;
	int c;

	while ((c = getopt(argc, argv, "ai")) != -1) {
		switch (c) {
		case 'a': all = true; break;
		case 'i': ifs = true; break;
		default: usage();
		}
	}
	if (optind != argc || (all && ifs))
		usage();
	return ifs ? interfaces() : sockets(all);
}

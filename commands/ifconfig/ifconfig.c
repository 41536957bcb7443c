/*
 * ifconfig - show and change the network interfaces.
 *
 *	ifconfig [-a]			every interface
 *	ifconfig IF			one
 *	ifconfig IF SETTING...		change it (root)
 *	ifconfig -f FILE		each line of FILE is "IF SETTING..."
 *
 * SETTINGs: ADDR [netmask MASK] (a static address; the mask defaults
 * to the address's class), gateway GW (the default route, 0 for none),
 * up, down, dhcp (ask DHCP for the address), renew (the DHCP lease, now),
 * fallback ADDR netmask MASK [gateway GW] (what to use if DHCP finds no
 * server).  /etc/rc applies /etc/inet.conf with -f at boot; an interface
 * that is not there yet takes its line when its driver comes.
 *
 * It talks to INET through the ioctls of <sys/sockio.h> on a UDP socket.
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

#define MAXWORDS	16

static int sock = -1;
static const char *prog = "ifconfig";

static void usage(void)
{
	fprintf(stderr,
	    "usage: ifconfig [-a]\n"
	    "       ifconfig IF\n"
	    "       ifconfig IF [ADDR [netmask MASK]] [gateway GW] [up|down]\n"
	    "                   [dhcp] [renew]\n"
	    "                   [fallback ADDR netmask MASK [gateway GW]]\n"
	    "       ifconfig -f FILE\n");
	exit(2);
}

static int ask(unsigned long req, void *arg)
{
	if (sock < 0 && (sock = socket(AF_INET, SOCK_DGRAM, 0)) < 0) {
		fprintf(stderr, "%s: no network (socket: %s)\n", prog,
		    strerror(errno));
		exit(1);
	}
	return ioctl(sock, req, arg);
}

static const char *addr(struct in_addr a)
{
	static char buf[4][INET_ADDRSTRLEN];
	static int n;
	char *s = buf[n++ % 4];

	inet_ntop(AF_INET, &a, s, INET_ADDRSTRLEN);
	return s;
}

static void print_flags(unsigned f)
{
	static const struct { unsigned bit; const char *name; } names[] = {
		{ IFF_UP, "UP" }, { IFF_BROADCAST, "BROADCAST" },
		{ IFF_LOOPBACK, "LOOPBACK" }, { IFF_RUNNING, "RUNNING" },
	};
	const char *sep = "";
	size_t i;

	printf("flags=%x<", f);
	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (f & names[i].bit) {
			printf("%s%s", sep, names[i].name);
			sep = ",";
		}
	printf(">");
}

/* Where the address comes from, and the DHCP client's state. */
static const char *config_name(const struct ifinfo *ifi)
{
	static const char *const how[] = { "none", "static", "dhcp",
		"fallback" };
	static const char *const dhcp[] = { "off", "selecting", "requesting",
		"bound", "renewing", "rebinding" };
	static char buf[64];

	if (ifi->ifi_config > IFCONF_FALLBACK || ifi->ifi_dhcp > IFDHCP_REBINDING)
		return "?";
	if (ifi->ifi_dhcp == IFDHCP_OFF)
		return how[ifi->ifi_config];
	if (ifi->ifi_dhcp >= IFDHCP_BOUND)
		snprintf(buf, sizeof(buf), "%s (%s, lease %us)",
		    how[ifi->ifi_config], dhcp[ifi->ifi_dhcp],
		    (unsigned) ifi->ifi_lease);
	else
		snprintf(buf, sizeof(buf), "%s (dhcp %s)",
		    how[ifi->ifi_config], dhcp[ifi->ifi_dhcp]);
	return buf;
}

static void show(const struct ifinfo *ifi)
{
	static const char *const link[] = { "unknown", "down", "up" };
	const struct if_counters *c = &ifi->ifi_stats;
	const uint8_t *h = ifi->ifi_hwaddr;

	printf("%s: ", ifi->ifi_name);
	print_flags(ifi->ifi_flags);
	printf(" mtu %u\n", (unsigned) ifi->ifi_mtu);
	printf("\tinet %s netmask %s", addr(ifi->ifi_addr),
	    addr(ifi->ifi_netmask));
	if (ifi->ifi_broadaddr.s_addr != 0)
		printf(" broadcast %s", addr(ifi->ifi_broadaddr));
	printf("\n\tconfig %s", config_name(ifi));
	if (ifi->ifi_gateway.s_addr != 0)
		printf(" gateway %s", addr(ifi->ifi_gateway));
	if (ifi->ifi_fb_addr.s_addr != 0)
		printf("\n\tfallback %s netmask %s gateway %s",
		    addr(ifi->ifi_fb_addr), addr(ifi->ifi_fb_netmask),
		    addr(ifi->ifi_fb_gateway));
	printf("\n");
	if (!(ifi->ifi_flags & IFF_LOOPBACK))
		printf("\tether %02x:%02x:%02x:%02x:%02x:%02x  driver %s  "
		    "link %s  restarts %u\n", h[0], h[1], h[2], h[3], h[4],
		    h[5], ifi->ifi_driver, link[ifi->ifi_link < 3
		    ? ifi->ifi_link : 0], (unsigned) ifi->ifi_restarts);
	printf("\tRX packets %u bytes %llu errors %u dropped %u\n",
	    c->ifc_ipackets, (unsigned long long) c->ifc_ibytes,
	    c->ifc_ierrors, c->ifc_idrops);
	printf("\tTX packets %u bytes %llu errors %u dropped %u "
	    "collisions %u\n", c->ifc_opackets,
	    (unsigned long long) c->ifc_obytes, c->ifc_oerrors,
	    c->ifc_odrops, c->ifc_collisions);
}

static int show_one(const char *name)
{
	struct ifinfo ifi;

	memset(&ifi, 0, sizeof(ifi));
	strncpy(ifi.ifi_name, name, IFNAMSIZ - 1);
	if (ask(SIOCGIFINFO, &ifi) < 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, name,
		    errno == ENXIO ? "no such interface" : strerror(errno));
		return 1;
	}
	show(&ifi);
	return 0;
}

static int show_all(void)
{
	struct ifinfo ifi;
	unsigned i;

	for (i = 0;; i++) {
		memset(&ifi, 0, sizeof(ifi));
		ifi.ifi_index = i;
		if (ask(SIOCGIFINFO, &ifi) < 0)
			break;
		show(&ifi);
	}
	return 0;
}

static int get_addr(const char *s, struct in_addr *a)
{
	if (inet_pton(AF_INET, s, a) != 1) {
		fprintf(stderr, "%s: bad address '%s'\n", prog, s);
		return -1;
	}
	return 0;
}

/* The mask an address's class implies (what a bare ADDR gets). */
static struct in_addr class_mask(struct in_addr a)
{
	uint32_t h = ntohl(a.s_addr);
	struct in_addr m;

	m.s_addr = htonl(h < 0x80000000u ? 0xFF000000u : h < 0xC0000000u
	    ? 0xFFFF0000u : 0xFFFFFF00u);
	return m;
}

/* "netmask MASK" and "gateway GW" after an address. */
static int addr_options(char **w, int n, int *i, struct ifset *s,
    bool *mask, bool *gw)
{
	for (; *i + 1 < n; *i += 2) {
		if (strcmp(w[*i], "netmask") == 0) {
			if (get_addr(w[*i + 1], &s->ifs_netmask) < 0)
				return -1;
			*mask = true;
		} else if (strcmp(w[*i], "gateway") == 0) {
			if (get_addr(w[*i + 1], &s->ifs_gateway) < 0)
				return -1;
			*gw = true;
		} else {
			break;
		}
	}
	return 0;
}

/* Turn the settings words into an ifset. */
static int parse_settings(char **w, int n, struct ifset *s)
{
	bool mask = false, gw = false;
	int i = 0;

	while (i < n) {
		const char *k = w[i++];
		if (strcmp(k, "up") == 0) {
			s->ifs_set |= IFS_UP;
		} else if (strcmp(k, "down") == 0) {
			s->ifs_set |= IFS_DOWN;
		} else if (strcmp(k, "dhcp") == 0) {
			s->ifs_set |= IFS_DHCP;
		} else if (strcmp(k, "renew") == 0) {
			s->ifs_set |= IFS_RENEW;
		} else if (strcmp(k, "gateway") == 0 && i < n) {
			if (get_addr(w[i++], &s->ifs_gateway) < 0)
				return -1;
			s->ifs_set |= IFS_GATEWAY;
		} else if ((strcmp(k, "fallback") == 0 && i < n)
		    || inet_pton(AF_INET, k, &s->ifs_addr) == 1) {
			bool fb = strcmp(k, "fallback") == 0;
			if (fb && get_addr(w[i++], &s->ifs_addr) < 0)
				return -1;
			if (addr_options(w, n, &i, s, &mask, &gw) < 0)
				return -1;
			if (!mask)
				s->ifs_netmask = class_mask(s->ifs_addr);
			s->ifs_set |= fb ? IFS_FALLBACK : IFS_ADDR;
			if (gw && !fb)
				s->ifs_set |= IFS_GATEWAY;
		} else if (k[0] >= '0' && k[0] <= '9') {
			fprintf(stderr, "%s: bad address '%s'\n", prog, k);
			return -1;
		} else {
			fprintf(stderr, "%s: unknown setting '%s'\n", prog, k);
			return -1;
		}
	}
	return 0;
}

static int configure(char **w, int n, bool later)
{
	struct ifset s;

	memset(&s, 0, sizeof(s));
	if (n < 2 || strlen(w[0]) >= IFNAMSIZ) {
		if (n >= 1 && strlen(w[0]) >= IFNAMSIZ)
			fprintf(stderr, "%s: bad interface '%s'\n", prog, w[0]);
		return -1;
	}
	strcpy(s.ifs_name, w[0]);
	if (parse_settings(w + 1, n - 1, &s) < 0)
		return -1;
	if (later)
		s.ifs_set |= IFS_LATER;
	if (ask(SIOCSIFINFO, &s) < 0) {
		fprintf(stderr, "%s: %s: %s\n", prog, w[0], errno == ENXIO
		    ? "no such interface" : errno == EPERM
		    ? "only root may change an interface" : strerror(errno));
		return 1;
	}
	return 0;
}

/* Every line of file: "IF SETTING...", '#' starts a comment. */
static int apply_file(const char *file)
{
	char line[256], *w[MAXWORDS], *p, *save;
	int n, lineno = 0, bad = 0;
	FILE *f = fopen(file, "r");

	if (f == NULL) {
		fprintf(stderr, "%s: %s: %s\n", prog, file, strerror(errno));
		return 1;
	}
	while (fgets(line, sizeof(line), f) != NULL) {
		lineno++;
		if ((p = strchr(line, '#')) != NULL)
			*p = '\0';
		n = 0;
		for (p = strtok_r(line, " \t\r\n", &save); p != NULL
		    && n < MAXWORDS; p = strtok_r(NULL, " \t\r\n", &save))
			w[n++] = p;
		if (n == 0)
			continue;
		if (configure(w, n, true) != 0) {
			fprintf(stderr, "%s: %s:%d: not applied\n", prog, file,
			    lineno);
			bad = 1;
		}
	}
	fclose(f);
	return bad;
}

int main(int argc, char **argv)
{
	int r;

	if (argc == 1 || (argc == 2 && strcmp(argv[1], "-a") == 0))
		return show_all();
	if (argc == 3 && strcmp(argv[1], "-f") == 0)
		return apply_file(argv[2]);
	if (argv[1][0] == '-')
		usage();
	if (argc == 2)
		return show_one(argv[1]);
	if ((r = configure(argv + 1, argc - 1, false)) < 0)
		usage();
	return r;
}

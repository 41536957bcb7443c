/*
 * route.c - the routing table: where a datagram for an address goes
 * out, and to which next hop.
 *
 * The table is made from the interfaces: a route to each usable
 * interface's own network, and a default route through the gateway of
 * the first usable interface that has one.  Local addresses (ours, and
 * 127/8) never get here: ip.c sends them to lo.  The longest prefix
 * wins.
 *
 * Entry points: route_lookup, route_iface_changed.
 */
#include "inet.h"

#define NR_ROUTES	(2 * NR_IFACES)

struct route {
	ipaddr_t r_dest;
	ipaddr_t r_mask;
	ipaddr_t r_gateway;		/* 0: the destination is on the link */
	struct iface *r_if;
};

static struct route routes[NR_ROUTES];
static int nroutes;

static void add(ipaddr_t dest, ipaddr_t mask, ipaddr_t gw, struct iface *ifp)
{
	if (nroutes < NR_ROUTES)
		routes[nroutes++] = (struct route) { dest & mask, mask, gw, ifp };
}

/* An interface changed: make the table again. */
void route_iface_changed(struct iface *ifp)
{
	bool have_default = false;
	struct iface *i;
	int n;

	nroutes = 0;
	for (n = 0; n < NR_IFACES; n++) {
		i = &ifaces[n];
		if (!i->if_used || !iface_usable(i) || i->if_addr == 0)
			continue;
		add(i->if_addr, i->if_mask, 0, i);
		if (i->if_gateway != 0 && !have_default) {
			add(0, 0, i->if_gateway, i);
			have_default = true;
		}
	}
}

static int prefix_len(ipaddr_t mask)
{
	return __builtin_popcount(mask);
}

/* The interface for dst, and the next hop there; NULL: no route. */
struct iface *route_lookup(ipaddr_t dst, ipaddr_t *nexthop)
{
	struct route *best = NULL;
	int i;

	for (i = 0; i < nroutes; i++) {
		if ((dst & routes[i].r_mask) != routes[i].r_dest
		    || !iface_usable(routes[i].r_if))
			continue;
		if (best == NULL
		    || prefix_len(routes[i].r_mask) > prefix_len(best->r_mask))
			best = &routes[i];
	}
	if (best == NULL)
		return NULL;
	*nexthop = best->r_gateway != 0 ? best->r_gateway : dst;
	return best->r_if;
}

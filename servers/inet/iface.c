/*
 * iface.c - the network interfaces: lo, and one per network driver
 * (eth0, eth1, ...), each with its address, mask, default gateway,
 * flags and counters.
 *
 * An interface is usable when it is up (ifconfig's word; the default)
 * and running (its driver is there and configured).  Every change of
 * address or state reaches the routes and ARP, and is saved in DS so
 * that a restarted INET starts where it was (ifconf.c).
 *
 * Entry points: iface_new, iface_by_name, iface_by_index,
 * iface_for_addr, iface_usable, iface_set_addr, iface_clear_addr,
 * iface_updown, iface_bcast.
 */
#include <stdio.h>
#include "inet.h"

struct iface ifaces[NR_IFACES];

/* A new interface named prefix plus the first free number (lo has no
 * number). */
struct iface *iface_new(const char *prefix)
{
	char name[IFNAMSIZ];
	int i, n;

	for (n = 0; n < NR_IFACES; n++) {
		snprintf(name, sizeof(name), strcmp(prefix, "lo") == 0 ? "%s"
			: "%s%d", prefix, n);
		if (iface_by_name(name) == NULL)
			break;
	}
	for (i = 0; i < NR_IFACES && ifaces[i].if_used; i++)
		;
	if (i == NR_IFACES || n == NR_IFACES)
		return NULL;
	memset(&ifaces[i], 0, sizeof(ifaces[i]));
	ifaces[i].if_used = true;
	ifaces[i].if_index = i;
	strcpy(ifaces[i].if_name, name);
	ifaces[i].if_flags = IFF_UP;
	ifaces[i].if_mtu = ETH_MTU;
	return &ifaces[i];
}

struct iface *iface_by_name(const char *name)
{
	int i;

	for (i = 0; i < NR_IFACES; i++)
		if (ifaces[i].if_used && strcmp(ifaces[i].if_name, name) == 0)
			return &ifaces[i];
	return NULL;
}

/* The n-th interface in use (ifconfig lists them so). */
struct iface *iface_by_index(int n)
{
	int i;

	for (i = 0; i < NR_IFACES; i++)
		if (ifaces[i].if_used && n-- == 0)
			return &ifaces[i];
	return NULL;
}

/* The interface that has address addr. */
struct iface *iface_for_addr(ipaddr_t addr)
{
	int i;

	for (i = 0; i < NR_IFACES; i++)
		if (ifaces[i].if_used && ifaces[i].if_addr == addr && addr != 0)
			return &ifaces[i];
	return NULL;
}

bool iface_usable(const struct iface *ifp)
{
	return (ifp->if_flags & (IFF_UP | IFF_RUNNING)) == (IFF_UP | IFF_RUNNING);
}

ipaddr_t iface_bcast(const struct iface *ifp)
{
	return ifp->if_addr | ~ifp->if_mask;
}

static void changed(struct iface *ifp)
{
	route_iface_changed(ifp);
	arp_iface_changed(ifp);
	ifconf_save(ifp);
}

/* ifp's address is addr/mask with gateway, from how (IFCONF_*). */
void iface_set_addr(struct iface *ifp, ipaddr_t addr, ipaddr_t mask,
	ipaddr_t gateway, uint32_t how)
{
	bool same = ifp->if_addr == addr && ifp->if_mask == mask
		&& ifp->if_gateway == gateway && ifp->if_config == how;

	ifp->if_addr = addr;
	ifp->if_mask = mask;
	ifp->if_gateway = gateway;
	ifp->if_config = how;
	if (!same) {
		printf("inet: %s is %s", ifp->if_name, ip_ntoa(addr));
		printf("/%s", ip_ntoa(mask));
		if (gateway != 0)
			printf(" gateway %s", ip_ntoa(gateway));
		printf("\n");
	}
	changed(ifp);
}

void iface_clear_addr(struct iface *ifp)
{
	ifp->if_addr = ifp->if_mask = ifp->if_gateway = 0;
	ifp->if_config = IFCONF_NONE;
	changed(ifp);
}

/* ifconfig up / down. */
void iface_updown(struct iface *ifp, bool up)
{
	if (up)
		ifp->if_flags |= IFF_UP;
	else
		ifp->if_flags &= ~IFF_UP;
	changed(ifp);
}

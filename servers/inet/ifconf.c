/*
 * ifconf.c - an interface's configuration: what ifconfig sees and
 * changes (SIOCGIFINFO, SIOCSIFINFO), and the copy kept in DS so that a
 * restarted INET takes up where the last one was.
 *
 * Each Ethernet interface's configuration is a blob in DS under
 * "inet.nic.<driver label>" (the driver's label, because a restarted
 * INET meets the drivers again in DS's order, not in the old one): its
 * name, whether it is up, how it got its address (DHCP, static, the
 * fallback) and that address, mask and gateway, and the fallback.  DS
 * never waits for INET, so INET may call it.  INET never reads a file:
 * /etc/inet.conf is applied by `ifconfig -f` from /etc/rc (docs/net.md).
 *
 * Entry points: ifconf_get, ifconf_set, ifconf_save, ifconf_restore.
 */
#include <stdio.h>
#include <minix/ds.h>
#include "inet.h"

#define KEY_PREFIX	"inet.nic."

struct saved {				/* the blob in DS */
	uint32_t sv_version;
	char sv_name[IFNAMSIZ];
	uint32_t sv_up;
	uint32_t sv_config;		/* IFCONF_* */
	ipaddr_t sv_addr, sv_mask, sv_gateway;
	ipaddr_t sv_fb_addr, sv_fb_mask, sv_fb_gateway;
};

#define SAVED_VERSION	1

/* Settings for interfaces that are not there yet (ifconfig -f at boot
 * may come before INET has heard of the network driver). */
static struct ifset pending[NR_IFACES];

static void apply_pending(struct iface *ifp);

static void key_of(const struct iface *ifp, char *key)
{
	snprintf(key, DS_MAX_KEYLEN, "%s%s", KEY_PREFIX, ndev_label(ifp));
}

void ifconf_save(struct iface *ifp)
{
	char key[DS_MAX_KEYLEN];
	struct saved sv;

	if (ifp->if_ndev == NULL)
		return;			/* lo is always the same */
	memset(&sv, 0, sizeof(sv));
	sv.sv_version = SAVED_VERSION;
	strcpy(sv.sv_name, ifp->if_name);
	sv.sv_up = (ifp->if_flags & IFF_UP) != 0;
	sv.sv_config = ifp->if_config;
	sv.sv_addr = ifp->if_addr;
	sv.sv_mask = ifp->if_mask;
	sv.sv_gateway = ifp->if_gateway;
	sv.sv_fb_addr = ifp->if_fb_addr;
	sv.sv_fb_mask = ifp->if_fb_mask;
	sv.sv_fb_gateway = ifp->if_fb_gateway;
	key_of(ifp, key);
	(void) ds_publish_mem(key, &sv, sizeof(sv), DSF_OVERWRITE);
}

/* A new interface for a driver: what an earlier INET kept of it, or
 * what ifconfig -f said for it before it came. */
void ifconf_restore(struct iface *ifp)
{
	char key[DS_MAX_KEYLEN];
	struct saved sv;
	size_t len = sizeof(sv);

	key_of(ifp, key);
	if (ds_retrieve_mem(key, &sv, &len) != OK || len != sizeof(sv)
	    || sv.sv_version != SAVED_VERSION) {
		apply_pending(ifp);
		return;
	}
	sv.sv_name[IFNAMSIZ - 1] = '\0';
	if (strcmp(sv.sv_name, ifp->if_name) != 0
	    && iface_by_name(sv.sv_name) == NULL)
		strcpy(ifp->if_name, sv.sv_name);
	if (!sv.sv_up)
		ifp->if_flags &= ~IFF_UP;
	ifp->if_fb_addr = sv.sv_fb_addr;
	ifp->if_fb_mask = sv.sv_fb_mask;
	ifp->if_fb_gateway = sv.sv_fb_gateway;
	if (sv.sv_config == IFCONF_STATIC || sv.sv_config == IFCONF_DHCP)
		iface_set_addr(ifp, sv.sv_addr, sv.sv_mask, sv.sv_gateway,
			sv.sv_config);
	printf("inet: %s: configuration of driver %s taken up again\n",
		ifp->if_name, ndev_label(ifp));
}

int ifconf_get(struct ifinfo *ifi)
{
	struct iface *ifp;

	ifi->ifi_name[IFNAMSIZ - 1] = '\0';
	ifp = ifi->ifi_name[0] != '\0' ? iface_by_name(ifi->ifi_name)
		: iface_by_index((int) ifi->ifi_index);
	if (ifp == NULL)
		return -ENXIO;
	memset(ifi, 0, sizeof(*ifi));
	ifi->ifi_index = (uint32_t) ifp->if_index;
	strcpy(ifi->ifi_name, ifp->if_name);
	strncpy(ifi->ifi_driver, ndev_label(ifp), sizeof(ifi->ifi_driver) - 1);
	ifi->ifi_flags = ifp->if_flags;
	ifi->ifi_mtu = ifp->if_mtu;
	memcpy(ifi->ifi_hwaddr, ifp->if_hwaddr, ETH_ALEN);
	ifi->ifi_addr.s_addr = ifp->if_addr;
	ifi->ifi_netmask.s_addr = ifp->if_mask;
	ifi->ifi_broadaddr.s_addr = ifp->if_addr != 0 && ifp->if_ndev != NULL
		? iface_bcast(ifp) : 0;
	ifi->ifi_gateway.s_addr = ifp->if_gateway;
	ifi->ifi_config = ifp->if_config;
	ifi->ifi_dhcp = dhcp_state(ifp);
	ifi->ifi_lease = dhcp_lease_left(ifp);
	ifi->ifi_restarts = (uint32_t) ndev_restarts(ifp);
	ifi->ifi_fb_addr.s_addr = ifp->if_fb_addr;
	ifi->ifi_fb_netmask.s_addr = ifp->if_fb_mask;
	ifi->ifi_fb_gateway.s_addr = ifp->if_fb_gateway;
	ifi->ifi_stats = ifp->if_stats;
	ifi->ifi_link = ifp->if_ndev != NULL ? IFLINK_UNKNOWN : IFLINK_UP;
	ndev_counters(ifp, &ifi->ifi_link, &ifi->ifi_stats);
	ndev_getstat(ifp);		/* fresher counters next time */
	return OK;
}

/* A netmask is ones then zeros. */
static bool good_mask(ipaddr_t mask)
{
	uint32_t inv = ~ntohl(mask);

	return (inv & (inv + 1)) == 0 && inv != 0xFFFFFFFF;
}

static bool good_host(ipaddr_t a)
{
	return a != 0 && a != IP_BCAST && !IN_MULTICAST(a) && !IN_LOOP(a);
}

/* Check an ifset against ifp before anything changes. */
static int check_set(const struct ifset *ifs, const struct iface *ifp)
{
	uint32_t known = IFS_ADDR | IFS_GATEWAY | IFS_UP | IFS_DOWN | IFS_DHCP
		| IFS_FALLBACK | IFS_RENEW | IFS_LATER;
	ipaddr_t net_addr = (ifs->ifs_set & IFS_ADDR) ? ifs->ifs_addr.s_addr
		: ifp->if_addr;
	ipaddr_t net_mask = (ifs->ifs_set & IFS_ADDR)
		? ifs->ifs_netmask.s_addr : ifp->if_mask;

	if ((ifs->ifs_set & ~known) || ifs->ifs_set == 0
	    || (ifs->ifs_set & (IFS_UP | IFS_DOWN)) == (IFS_UP | IFS_DOWN)
	    || (ifs->ifs_set & (IFS_ADDR | IFS_DHCP)) == (IFS_ADDR | IFS_DHCP))
		return -EINVAL;
	if (ifp->if_ndev == NULL && (ifs->ifs_set & ~(IFS_UP | IFS_DOWN)))
		return -EINVAL;		/* lo only goes up and down */
	if ((ifs->ifs_set & (IFS_ADDR | IFS_FALLBACK))
	    && (!good_host(ifs->ifs_addr.s_addr)
	    || !good_mask(ifs->ifs_netmask.s_addr)))
		return -EINVAL;
	if ((ifs->ifs_set & IFS_GATEWAY) && ifs->ifs_gateway.s_addr != 0
	    && (!good_host(ifs->ifs_gateway.s_addr)
	    || (ifs->ifs_gateway.s_addr & net_mask) != (net_addr & net_mask)))
		return -ENETUNREACH;	/* not on the interface's network */
	if ((ifs->ifs_set & IFS_RENEW) && ifp->if_dhcp == NULL)
		return -EINVAL;
	return OK;
}

static void set_fallback(struct iface *ifp, const struct ifset *ifs)
{
	ifp->if_fb_addr = ifs->ifs_addr.s_addr;
	ifp->if_fb_mask = ifs->ifs_netmask.s_addr;
	ifp->if_fb_gateway = ifs->ifs_gateway.s_addr;
	if (ifp->if_config == IFCONF_FALLBACK)
		iface_set_addr(ifp, ifp->if_fb_addr, ifp->if_fb_mask,
			ifp->if_fb_gateway, IFCONF_FALLBACK);
	else
		ifconf_save(ifp);
}

/* Change ifp as ifs says (checked). */
static void apply(const struct ifset *ifs, struct iface *ifp)
{
	if (ifs->ifs_set & (IFS_UP | IFS_DOWN))
		iface_updown(ifp, (ifs->ifs_set & IFS_UP) != 0);
	if (ifs->ifs_set & IFS_ADDR) {
		dhcp_stop(ifp);
		iface_set_addr(ifp, ifs->ifs_addr.s_addr,
			ifs->ifs_netmask.s_addr, (ifs->ifs_set & IFS_GATEWAY)
			? ifs->ifs_gateway.s_addr : ifp->if_gateway,
			IFCONF_STATIC);
	} else if (ifs->ifs_set & IFS_FALLBACK) {
		set_fallback(ifp, ifs);
	} else if (ifs->ifs_set & IFS_GATEWAY) {
		iface_set_addr(ifp, ifp->if_addr, ifp->if_mask,
			ifs->ifs_gateway.s_addr, ifp->if_config);
	}
	if ((ifs->ifs_set & IFS_DHCP) && (ifp->if_dhcp == NULL
	    || ifp->if_config == IFCONF_STATIC)) {
		if (ifp->if_config == IFCONF_STATIC)
			iface_clear_addr(ifp);
		dhcp_start(ifp);	/* (one already at work goes on) */
	}
	if (ifs->ifs_set & IFS_RENEW)
		dhcp_renew(ifp);
}

/* Keep ifs for the interface it names, which is not there yet. */
static int keep_pending(const struct ifset *ifs)
{
	int i, free_slot = -1;

	for (i = 0; i < NR_IFACES; i++) {
		if (pending[i].ifs_name[0] == '\0') {
			if (free_slot < 0)
				free_slot = i;
		} else if (strcmp(pending[i].ifs_name, ifs->ifs_name) == 0) {
			free_slot = i;
			break;
		}
	}
	if (free_slot < 0 || strncmp(ifs->ifs_name, "eth", 3) != 0)
		return -ENXIO;
	pending[free_slot] = *ifs;
	pending[free_slot].ifs_name[IFNAMSIZ - 1] = '\0';
	pending[free_slot].ifs_set &= ~IFS_LATER;
	return OK;
}

/* A new interface takes what was kept for it. */
static void apply_pending(struct iface *ifp)
{
	int i;

	for (i = 0; i < NR_IFACES; i++) {
		if (strcmp(pending[i].ifs_name, ifp->if_name) != 0)
			continue;
		if (check_set(&pending[i], ifp) == OK)
			apply(&pending[i], ifp);
		memset(&pending[i], 0, sizeof(pending[i]));
	}
}

int ifconf_set(const struct ifset *ifs, uint32_t uid)
{
	char name[IFNAMSIZ];
	struct iface *ifp;
	int r;

	if (uid != 0)
		return -EPERM;
	memcpy(name, ifs->ifs_name, IFNAMSIZ);
	name[IFNAMSIZ - 1] = '\0';
	if ((ifp = iface_by_name(name)) == NULL)
		return (ifs->ifs_set & IFS_LATER) ? keep_pending(ifs) : -ENXIO;
	if ((r = check_set(ifs, ifp)) != OK)
		return r;
	apply(ifs, ifp);
	return OK;
}

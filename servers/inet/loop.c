/*
 * loop.c - the loopback interface, lo: 127.0.0.1/8, and the way to our
 * own addresses.
 *
 * What is sent to lo is queued and delivered from the main loop, after
 * the message being handled, so that a layer never re-enters itself
 * (a TCP segment sent to ourselves arrives as a new event).
 *
 * Entry points: loop_init, loop_run, loop_pending.
 */
#include "inet.h"

static struct iface *lo;
static struct pktq loopq;

#define LOOP_QMAX	1024		/* packets in flight through lo */

static void loop_output(struct iface *ifp, struct pkt *p, ipaddr_t nexthop)
{
	if (loopq.q_len >= LOOP_QMAX) {
		ifp->if_stats.ifc_odrops++;
		pkt_free(p);
		return;
	}
	ifp->if_stats.ifc_opackets++;
	ifp->if_stats.ifc_obytes += p->p_len;
	pktq_put(&loopq, p);
}

void loop_init(void)
{
	lo = iface_new("lo");
	lo->if_flags = IFF_UP | IFF_RUNNING | IFF_LOOPBACK;
	lo->if_mtu = LO_MTU;
	lo->if_output = loop_output;
	lo->if_addr = IP_LOOPBACK;
	lo->if_mask = htonl(0xFF000000);
	lo->if_config = IFCONF_STATIC;
}

bool loop_pending(void)
{
	return loopq.q_len > 0;
}

/* Deliver what lo has, including what that sends in turn. */
void loop_run(void)
{
	struct pkt *p;

	while ((p = pktq_get(&loopq)) != NULL) {
		lo->if_stats.ifc_ipackets++;
		lo->if_stats.ifc_ibytes += p->p_len;
		p->p_if = lo;
		ip_input(lo, p);
	}
}

/* The loopback interface (ip.c sends our own addresses there). */
struct iface *loop_iface(void)
{
	return lo;
}

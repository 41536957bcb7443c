/*
 * traffic.c - nettest's traffic with QEMU's gateway: the receives it
 * keeps waiting at the driver, the ARP requests it sends, the answers it
 * takes in and counts, configuring the driver and reading its counters.
 *
 * Entry points: collect(), post_receives(), forget_old(), send_arp(),
 * arp_once(), exchanges(), find_gateway(), configure(), get_stats(),
 * raw().
 */
#include <string.h>
#include "nettest.h"

uint8_t mac[NDEV_HWADDR_LEN], gateway[NDEV_HWADDR_LEN];
bool have_gateway;		/* its address is known */

static struct req *rx[NDEV_RECV_MAX];	/* receives waiting */
int nrx;
static struct req *tx[NDEV_SEND_MAX];	/* sends not answered yet */
int ntx;

struct seen seen;

static void remove_at(struct req **set, int *n, int i)
{
	nt_release(set[i]);
	set[i] = set[--*n];
}

static void took_frame(const struct req *r)
{
	uint8_t gw[NDEV_HWADDR_LEN];

	if (r->r_status <= 0) {
		seen.recv_errors++;
		return;
	}
	seen.frames++;
	seen.frame_bytes += r->r_status;
	if (arp_is_gateway_reply(r->r_frame, r->r_status, mac, gw)
	    && (!have_gateway || memcmp(gw, gateway, sizeof(gw)) == 0)) {
		memcpy(gateway, gw, sizeof(gw));
		have_gateway = true;
		seen.arp_replies++;
	} else {
		seen.other_frames++;
	}
}

/* Take in the sends and receives that were answered. */
void collect(void)
{
	int i;

	for (i = nrx - 1; i >= 0; i--) {
		if (!rx[i]->r_answered)
			continue;
		took_frame(rx[i]);
		remove_at(rx, &nrx, i);
	}
	for (i = ntx - 1; i >= 0; i--) {
		if (!tx[i]->r_answered)
			continue;
		if (tx[i]->r_status > 0) {
			seen.sent++;
			seen.sent_bytes += tx[i]->r_status;
		} else {
			seen.send_errors++;
		}
		remove_at(tx, &ntx, i);
	}
}

/* Keep want receives waiting, in 1 to 3 pieces. */
void post_receives(int want)
{
	while (nrx < want)
		rx[nrx] = nt_recv(1 + nrx % 3, NDEV_FRAME_MAX), nrx++;
}

/* The driver is another instance now: what the old one held is lost. */
void forget_old(void)
{
	while (nrx > 0)
		remove_at(rx, &nrx, nrx - 1);
	while (ntx > 0)
		remove_at(tx, &ntx, ntx - 1);
}

void send_arp(int pieces)
{
	uint8_t frame[ARP_FRAME];
	size_t len = arp_request(frame, mac);

	tx[ntx++] = nt_send(frame, len, pieces);
}

/* One ARP request, and the gateway's answer to it: OK, -ETIMEDOUT, or
 * the send's error. */
int arp_once(int pieces, uint32_t ticks)
{
	uint32_t want = seen.arp_replies + 1, errors = seen.send_errors;
	uint32_t deadline = nt_now() + ticks;
	struct req *r;

	post_receives(POSTED);
	send_arp(pieces);
	while (seen.arp_replies < want || ntx > 0) {
		if (nt_now() >= deadline)
			return -ETIMEDOUT;
		if (nt_wait(deadline - nt_now(), &r) == EV_DRIVER_UP)
			return -EDEADSRCDST;
		collect();
		if (seen.send_errors > errors)
			return -EIO;
		post_receives(POSTED);
	}
	return OK;
}

/* Configure the driver: OK or why not; the address into mac. */
int configure(struct m_ndev_conf_reply *rep)
{
	struct req *r = nt_conf(NDEV_MODE_BCAST);
	int s = nt_finish(r, 5 * SECOND);

	*rep = r->r_conf;
	nt_release(r);
	if (s == OK)
		memcpy(mac, rep->hwaddr, NDEV_HWADDR_LEN);
	return s;
}

int get_stats(struct ndev_stat *st)
{
	struct req *r = nt_getstat();
	int s = nt_finish(r, 5 * SECOND);

	*st = r->r_stat;
	nt_release(r);
	collect();		/* every answer sent before this one is in */
	return s;
}

/* The first exchange, tried a few times: the link may come up late,
 * and QEMU's e1000 takes no frame for a second after its receive
 * control is written (as configuring does).  The answer teaches us the
 * gateway's address. */
int find_gateway(void)
{
	int tries, s = -ETIMEDOUT;

	for (tries = 0; tries < 5 && s == -ETIMEDOUT; tries++)
		s = arp_once(1, SECOND);
	return s;
}

/* n exchanges, the request in 1 to 3 pieces: how many failed. */
int exchanges(int n, int *first_error)
{
	int i, s, bad = 0;

	*first_error = OK;
	for (i = 0; i < n; i++) {
		if ((s = arp_once(1 + i % 3, ANSWER_MAX)) == OK)
			continue;
		if (bad++ == 0)
			*first_error = s;
	}
	return bad;
}

int raw(int type, cp_grant_id_t grant, uint32_t count)
{
	struct req *r = nt_raw(type, grant, count);
	int s = nt_finish(r, 5 * SECOND);

	nt_release(r);
	return s;
}

/*
 * nettest.c - a network driver's client, as INET will be one, saying
 * what each step got (test/qemu/test_net.py).  It only ever talks to
 * QEMU's virtual gateway, 10.0.2.2, by ARP.
 *
 * usage (as a service; its system.conf entry lets it reach the drivers):
 *	service up /usr/tests/nettest -args "DRIVER basic|restart|stream"
 *
 * basic:   configure the driver, ask the gateway for its address, then
 *          many more times through vectors of 1 to 3 pieces, compare the
 *          driver's counters with what was seen, and make bad requests.
 * restart: as far as the first answer; then wait for the driver's new
 *          instance (the test kills the old one), check what a request to
 *          the dead one and a request before configuring get, and carry
 *          on with the new one.
 * stream:  keep several frames in flight until the driver has come back
 *          (the test kills it mid-stream) and many more were answered;
 *          say how many were lost.
 * Each case prints "ok N name" or "not ok N name: why"; then
 * "N passed, M failed", "nettest: done", and nettest ends.  The cases
 * and the summary also go to /tmp/nettest.out: on the console, the
 * shell's prompt may come in the middle of them.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "nettest.h"

#define POSTED		4		/* receives kept waiting */
#define WINDOW		4		/* stream: requests in flight */
#define MANY		500		/* basic: exchanges in the loop */
#define AFTER		300		/* stream: answers after the restart */

#define REPORT		"/tmp/nettest.out"

static int ncase, passed, failed;
static FILE *report;			/* the cases again, and nothing else */
static uint8_t mac[NDEV_HWADDR_LEN], gateway[NDEV_HWADDR_LEN];
static bool have_gateway;		/* its address is known */

static struct req *rx[NDEV_RECV_MAX];	/* receives waiting */
static int nrx;
static struct req *tx[NDEV_SEND_MAX];	/* sends not answered yet */
static int ntx;

static struct {				/* what the client saw */
	uint32_t sent, sent_bytes, send_errors;
	uint32_t frames, frame_bytes, recv_errors;
	uint32_t arp_replies, other_frames;
} seen;

/* A line for the console and for the report. */
static void say(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	if (report != NULL) {
		va_start(ap, fmt);
		vfprintf(report, fmt, ap);
		va_end(ap);
	}
}

static void result(const char *name, bool ok, const char *fmt, ...)
{
	va_list ap;

	char why[160] = "";

	ncase++;
	if (ok)
		passed++;
	else
		failed++;
	if (!ok) {
		va_start(ap, fmt);
		vsnprintf(why, sizeof(why), fmt, ap);
		va_end(ap);
	}
	say("%s %d %s%s%s\n", ok ? "ok" : "not ok", ncase, name,
		ok ? "" : ": ", why);
}

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
static void collect(void)
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
static void post_receives(int want)
{
	while (nrx < want)
		rx[nrx] = nt_recv(1 + nrx % 3, NDEV_FRAME_MAX), nrx++;
}

/* The driver is another instance now: what the old one held is lost. */
static void forget_old(void)
{
	while (nrx > 0)
		remove_at(rx, &nrx, nrx - 1);
	while (ntx > 0)
		remove_at(tx, &ntx, ntx - 1);
}

static void send_arp(int pieces)
{
	uint8_t frame[ARP_FRAME];
	size_t len = arp_request(frame, mac);

	tx[ntx++] = nt_send(frame, len, pieces);
}

/* One ARP request, and the gateway's answer to it: OK, -ETIMEDOUT, or
 * the send's error. */
static int arp_once(int pieces, uint32_t ticks)
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
static int configure(struct m_ndev_conf_reply *rep)
{
	struct req *r = nt_conf(NDEV_MODE_BCAST);
	int s = nt_finish(r, 5 * SECOND);

	*rep = r->r_conf;
	nt_release(r);
	if (s == OK)
		memcpy(mac, rep->hwaddr, NDEV_HWADDR_LEN);
	return s;
}

static int get_stats(struct ndev_stat *st)
{
	struct req *r = nt_getstat();
	int s = nt_finish(r, 5 * SECOND);

	*st = r->r_stat;
	nt_release(r);
	collect();		/* every answer sent before this one is in */
	return s;
}

static void print_mac(const char *what, const uint8_t *a)
{
	printf("nettest: %s %02x:%02x:%02x:%02x:%02x:%02x\n", what, a[0],
		a[1], a[2], a[3], a[4], a[5]);
}

/* The first exchange, tried a few times: the link may come up late,
 * and QEMU's e1000 takes no frame for a second after its receive
 * control is written (as configuring does).  The answer teaches us the
 * gateway's address. */
static int find_gateway(void)
{
	int tries, s = -ETIMEDOUT;

	for (tries = 0; tries < 5 && s == -ETIMEDOUT; tries++)
		s = arp_once(1, SECOND);
	return s;
}

/* n exchanges, the request in 1 to 3 pieces: how many failed. */
static int exchanges(int n, int *first_error)
{
	int i, s, bad = 0;

	*first_error = OK;
	for (i = 0; i < n; i++) {
		if ((s = arp_once(1 + i % 3, 2 * SECOND)) == OK)
			continue;
		if (bad++ == 0)
			*first_error = s;
	}
	return bad;
}

/* --- basic ---------------------------------------------------------------- */

static void the_first_frames(void)
{
	struct m_ndev_conf_reply rep;
	struct req *r;
	int s;

	r = nt_raw(NDEV_GETSTAT, GRANT_INVALID, 0);
	s = nt_finish(r, 5 * SECOND);
	nt_release(r);
	result("a_request_before_conf_is_not_connected", s == -ENOTCONN,
		"status %d", s);
	s = configure(&rep);
	result("conf_gives_the_cards_address", s == OK && !(mac[0] & 1)
		&& (mac[0] | mac[1] | mac[2] | mac[3] | mac[4] | mac[5]) != 0,
		"status %d", s);
	print_mac("address", mac);
	result("conf_says_the_link_is_up", rep.link == NDEV_LINK_UP,
		"link %u", rep.link);
	result("conf_keeps_the_mode", rep.mode == NDEV_MODE_BCAST,
		"mode %u", rep.mode);
	s = find_gateway();
	result("the_gateway_answers_arp", s == OK, "status %d", s);
	print_mac("gateway", gateway);
}

static void many_frames_and_the_counters(void)
{
	struct ndev_stat a, b;
	uint32_t sent, bytes, frames, fbytes;
	int s1, s2, bad, err;

	s1 = get_stats(&a);
	sent = seen.sent, bytes = seen.sent_bytes;
	frames = seen.frames, fbytes = seen.frame_bytes;
	bad = exchanges(MANY, &err);
	result("many_frames_each_answered", bad == 0,
		"%d of %d failed, the first with %d", bad, MANY, err);
	s2 = get_stats(&b);
	printf("nettest: sent %u, received %u\n", seen.sent - sent,
		seen.frames - frames);
	result("getstat_counts_what_was_sent", s1 == OK && s2 == OK
		&& b.ns_tx_frames - a.ns_tx_frames == seen.sent - sent
		&& b.ns_tx_bytes - a.ns_tx_bytes == seen.sent_bytes - bytes,
		"status %d/%d, driver %u frames, client %u", s1, s2,
		b.ns_tx_frames - a.ns_tx_frames, seen.sent - sent);
	result("getstat_counts_what_was_received",
		b.ns_rx_frames - a.ns_rx_frames == seen.frames - frames
		&& b.ns_rx_bytes - a.ns_rx_bytes == seen.frame_bytes - fbytes,
		"driver %u frames, client %u", b.ns_rx_frames - a.ns_rx_frames,
		seen.frames - frames);
	result("no_errors_or_drops_were_counted", b.ns_rx_errors == 0
		&& b.ns_tx_errors == 0 && b.ns_rx_dropped == 0,
		"rx errors %u, tx errors %u, dropped %u", b.ns_rx_errors,
		b.ns_tx_errors, b.ns_rx_dropped);
}

/* A request through a vector we make up ourselves; its answer. */
static int with_vector(int type, const struct iovec_s *iov, uint32_t n)
{
	cp_grant_id_t g = cpf_grant_direct(nt_driver(), (vir_bytes) iov,
		n * sizeof(*iov), CPF_READ);
	struct req *r = nt_raw(type, g, n);
	int s = nt_finish(r, 5 * SECOND);

	nt_release(r);
	(void) cpf_revoke(g);
	return s;
}

static int raw(int type, cp_grant_id_t grant, uint32_t count)
{
	struct req *r = nt_raw(type, grant, count);
	int s = nt_finish(r, 5 * SECOND);

	nt_release(r);
	return s;
}

/* A send or receive of len bytes (contents of no matter). */
static int sized(int type, size_t len)
{
	static const uint8_t zero[FRAME_ROOM];
	struct req *r = type == NDEV_SEND ? nt_send(zero, len, 1)
		: nt_recv(2, len);
	int s = nt_finish(r, 5 * SECOND);

	nt_release(r);
	return s;
}

static void bad_vectors(void)
{
	static uint8_t frame[ARP_FRAME];
	cp_grant_id_t g = cpf_grant_direct(nt_driver(), (vir_bytes) frame,
		sizeof(frame), CPF_READ);
	struct iovec_s bad_piece[] = { { g, 14 }, { 4321, ARP_FRAME - 14 } };
	struct iovec_s huge[] = { { g, 0xFFFFFFFF }, { g, 0xFFFFFFFF } };
	int s1, s2, s3;

	arp_request(frame, mac);
	s1 = raw(NDEV_SEND, 4321, 1);
	s2 = raw(NDEV_RECV, 4321, 1);
	result("a_vector_through_a_bad_grant_is_refused", s1 == -EPERM
		&& s2 == -EPERM, "send %d, receive %d", s1, s2);
	s1 = with_vector(NDEV_SEND, bad_piece, 2);
	result("a_piece_through_a_bad_grant_is_refused", s1 == -EPERM,
		"status %d", s1);
	s1 = raw(NDEV_SEND, g, 0);
	s2 = raw(NDEV_SEND, g, NDEV_IOV_MAX + 1);
	s3 = raw(NDEV_RECV, g, 0x7FFFFFFF);
	result("no_pieces_or_too_many_are_refused", s1 == -EINVAL
		&& s2 == -EINVAL && s3 == -EINVAL, "0: %d, %d: %d, huge: %d",
		s1, NDEV_IOV_MAX + 1, s2, s3);
	s1 = with_vector(NDEV_RECV, huge, 2);
	result("pieces_whose_sizes_overflow_are_refused", s1 == -EINVAL,
		"status %d", s1);
	(void) cpf_revoke(g);
}

static void bad_sizes_and_kinds(void)
{
	struct req *r;
	int s1, s2, s3;

	s1 = sized(NDEV_SEND, NDEV_FRAME_MIN - 1);
	s2 = sized(NDEV_SEND, NDEV_FRAME_MAX + 1);
	result("frames_too_short_or_too_long_are_refused", s1 == -EINVAL
		&& s2 == -EINVAL, "short %d, long %d", s1, s2);
	s1 = sized(NDEV_RECV, NDEV_FRAME_MAX - 1);
	result("a_receive_without_room_for_a_frame_is_refused", s1 == -EINVAL,
		"status %d", s1);
	s1 = raw(NDEV_GETSTAT, 4321, 0);
	result("getstat_through_a_bad_grant_is_refused", s1 == -EPERM,
		"status %d", s1);
	r = nt_conf(0x80);
	s1 = nt_finish(r, 5 * SECOND);
	nt_release(r);
	result("an_unknown_mode_is_refused", s1 == -EINVAL, "status %d", s1);
	s1 = raw(NDEV_BASE + 9, 0, 0);
	result("an_unknown_request_gets_ENOSYS", s1 == -ENOSYS, "status %d",
		s1);
	post_receives(NDEV_RECV_MAX);
	r = nt_recv(1, NDEV_FRAME_MAX);
	s3 = nt_finish(r, 5 * SECOND);
	nt_release(r);
	collect();
	result("more_receives_than_allowed_are_busy", s3 == -EBUSY
		&& nrx == NDEV_RECV_MAX, "status %d, %d waiting", s3, nrx);
}

static void basic(void)
{
	int bad, err;

	the_first_frames();
	if (!have_gateway)
		return;
	many_frames_and_the_counters();
	bad_vectors();
	bad_sizes_and_kinds();
	bad = exchanges(50, &err);
	result("the_driver_still_answers_after_bad_requests", bad == 0,
		"%d of 50 failed, the first with %d", bad, err);
}

/* --- restart -------------------------------------------------------------- */

/* Wait (up to a minute) for the driver's next instance. */
static bool new_instance(void)
{
	uint32_t deadline = nt_now() + 60 * SECOND;
	struct req *r;

	while (nt_now() < deadline)
		if (nt_wait(deadline - nt_now(), &r) == EV_DRIVER_UP)
			return true;
	return false;
}

static void restart(void)
{
	struct m_ndev_conf_reply rep;
	uint8_t before[NDEV_HWADDR_LEN];
	endpoint_t old = nt_driver();
	struct ndev_stat st;
	uint32_t sent, frames;
	int s, bad, err;

	s = configure(&rep);
	if (s == OK)
		s = find_gateway();
	result("the_gateway_answers_before_the_kill", s == OK, "status %d", s);
	memcpy(before, mac, sizeof(before));
	printf("nettest: waiting for the kill\n");
	result("a_new_instance_announces_itself", new_instance(),
		"no driver-up event within a minute");
	forget_old();
	s = nt_send_to(old, NDEV_GETSTAT);
	result("a_request_to_the_dead_instance_fails_at_once",
		s == -EDEADSRCDST, "status %d", s);
	s = raw(NDEV_GETSTAT, GRANT_INVALID, 0);
	result("a_request_before_conf_gets_ERESTART", s == -ERESTART,
		"status %d", s);
	s = configure(&rep);
	result("the_new_instance_gives_the_same_address", s == OK
		&& memcmp(before, mac, sizeof(mac)) == 0, "status %d", s);
	sent = seen.sent, frames = seen.frames;
	bad = exchanges(100, &err);
	result("the_gateway_answers_through_the_new_instance", bad == 0,
		"%d of 100 failed, the first with %d", bad, err);
	s = get_stats(&st);
	result("the_new_instance_counts_from_zero", s == OK
		&& st.ns_tx_frames == seen.sent - sent
		&& st.ns_rx_frames == seen.frames - frames,
		"status %d, sent %u/%u, received %u/%u", s, st.ns_tx_frames,
		seen.sent - sent, st.ns_rx_frames, seen.frames - frames);
}

/* --- stream --------------------------------------------------------------- */

struct era {			/* before the kill [0], after it [1] */
	uint32_t asked, answered;
	int stalls;		/* two seconds without an answer */
};

/* One tick of the stream: bring the requests in flight up to WINDOW,
 * then take in the answers until the next tick.  Between ticks the CPU
 * is free for others (the shell that kills the driver among them). */
static enum event stream_tick(struct era *e)
{
	uint32_t before = seen.arp_replies, tick = nt_now();
	enum event ev = EV_REPLY;
	struct req *r;

	post_receives(POSTED);
	while ((int32_t) (e->asked - e->answered) < WINDOW
	    && ntx < NDEV_SEND_MAX) {
		send_arp(1 + e->asked % 3);
		e->asked++;
	}
	while (ev == EV_REPLY && nt_now() == tick)
		ev = nt_wait(1, &r);
	collect();
	e->answered += seen.arp_replies - before;
	return ev;
}

/* Stream until the driver has come back and AFTER more were answered. */
static void stream_on(struct era *era, bool *back, uint32_t *lost)
{
	uint32_t deadline = nt_now() + 120 * SECOND, quiet = nt_now();
	struct m_ndev_conf_reply rep;
	struct era *e = &era[0];
	uint32_t answered = 0;
	bool said = false;

	while (era[1].answered < AFTER && nt_now() < deadline) {
		if (stream_tick(e) == EV_DRIVER_UP && !*back) {
			*lost = e->asked > e->answered ? e->asked - e->answered
				: 0;
			forget_old();
			*back = true;
			e = &era[1];
			if (configure(&rep) != OK)
				e->stalls++;
		}
		if (e->answered != answered || e->asked == e->answered) {
			answered = e->answered;
			quiet = nt_now();
		} else if (nt_now() - quiet > 2 * SECOND) {
			e->stalls++;
			quiet = nt_now();
		}
		if (!said && era[0].answered >= 50) {
			printf("nettest: streaming\n");
			said = true;
		}
	}
}

static void stream(void)
{
	struct m_ndev_conf_reply rep;
	struct era era[2] = { { 0, 0, 0 }, { 0, 0, 0 } };
	uint32_t lost = 0;
	bool back = false;
	int s;

	if ((s = configure(&rep)) == OK)
		s = find_gateway();
	result("the_stream_starts", s == OK, "status %d", s);
	if (s == OK)
		stream_on(era, &back, &lost);
	result("the_stream_sees_the_driver_come_back", back, "it did not");
	printf("nettest: %u answered before the kill, %u lost\n",
		era[0].answered, lost);
	result("at_most_the_frames_in_flight_were_lost", back
		&& lost <= WINDOW, "%u lost", lost);
	result("the_stream_goes_on_with_every_frame_answered",
		era[1].answered >= AFTER && era[1].stalls == 0,
		"%u answered, %d stalls", era[1].answered, era[1].stalls);
}

int main(int argc, char **argv)
{
	int r;

	sef_startup();
	if (argc != 3 || (strcmp(argv[2], "basic") != 0
	    && strcmp(argv[2], "restart") != 0
	    && strcmp(argv[2], "stream") != 0)) {
		printf("usage: nettest DRIVER basic|restart|stream\n");
		return 1;
	}
	report = fopen(REPORT, "w");
	if ((r = nt_start(argv[1])) != OK) {
		printf("nettest: no driver %s: %d\n", argv[1], r);
		return 1;
	}
	if (strcmp(argv[2], "basic") == 0)
		basic();
	else if (strcmp(argv[2], "restart") == 0)
		restart();
	else
		stream();
	say("%d passed, %d failed\n", passed, failed);
	if (report != NULL)
		fclose(report);
	printf("nettest: done\n");
	return 0;
}

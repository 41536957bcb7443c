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

#define MANY		500		/* exchanges in the loop */
#define REPORT		"/tmp/nettest.out"

static int ncase, passed, failed;
static FILE *report;			/* the cases again, and nothing else */

/* A line for the console and for the report. */
void say(const char *fmt, ...)
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

void result(const char *name, bool ok, const char *fmt, ...)
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

void print_mac(const char *what, const uint8_t *a)
{
	printf("nettest: %s %02x:%02x:%02x:%02x:%02x:%02x\n", what, a[0],
		a[1], a[2], a[3], a[4], a[5]);
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

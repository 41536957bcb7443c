/*
 * update.c - nettest's case around a driver updated live in the middle
 * of a stream of frames.  The test on the host runs `service update`
 * while nettest streams; then it creates HOLD, and nettest leaves the
 * answers to its last requests in the card (no receive waits for them)
 * and says so; the test updates the driver once more and creates
 * UPDATED, and nettest takes those answers from the new version and
 * streams on.  Nothing may show: no frame lost or refused, no pause
 * longer than an answer may take, no new instance to configure, the
 * same endpoint, and the driver's counters going on from where they
 * were.
 *
 * Entry point: update().
 */
#include <stdio.h>
#include <unistd.h>
#include "nettest.h"

#define HOLD		"/tmp/hold"	/* the test's: leave frames in the card */
#define UPDATED		"/tmp/updated"	/* the test's: the updates are done */
#define WINDOW		4		/* requests in flight */
#define HELD		3		/* answers left in the card */
#define AFTER		300		/* answers after the updates */

struct flow {
	uint32_t asked, answered;
	int stalls;			/* nothing answered for ANSWER_MAX */
	int new_instances;		/* driver-up events with a new endpoint */
	uint32_t quiet;			/* since when nothing was answered */
};

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

/* One tick: receives waiting (if post), up to WINDOW requests in flight
 * (if send), then the answers until the next tick. */
static void tick(struct flow *f, bool post, bool send)
{
	uint32_t before = seen.arp_replies, now = nt_now();
	enum event ev = EV_REPLY;
	struct req *r;

	if (post)
		post_receives(POSTED);
	while (send && (int32_t) (f->asked - f->answered) < WINDOW
	    && ntx < NDEV_SEND_MAX) {
		send_arp(1 + f->asked % 3);
		f->asked++;
	}
	while (ev != EV_TIMEOUT && nt_now() == now) {
		ev = nt_wait(1, &r);
		if (ev == EV_DRIVER_UP)
			f->new_instances++;
	}
	collect();
	f->answered += seen.arp_replies - before;
	if (seen.arp_replies != before || f->asked == f->answered) {
		f->quiet = nt_now();
	} else if (nt_now() - f->quiet > ANSWER_MAX) {
		f->stalls++;
		f->quiet = nt_now();
	}
}

/* Stream until cond holds (or the deadline passes). */
static bool stream_until(struct flow *f, bool (*cond)(struct flow *),
	uint32_t deadline)
{
	while (!cond(f))
		if (nt_now() >= deadline)
			return false;
		else
			tick(f, true, true);
	return true;
}

static uint32_t goal;

static bool reached_goal(struct flow *f)
{
	return f->answered >= goal;
}

static bool hold_asked(struct flow *f)
{
	return exists(HOLD);
}

/* Every receive waiting is answered and HELD more answers wait in the
 * card for one: requests go out for them all, and no receive more. */
static bool hold_frames(struct flow *f, uint32_t deadline)
{
	int i, n;

	while (f->asked != f->answered && nt_now() < deadline)
		tick(f, true, false);
	n = nrx + HELD;
	for (i = 0; i < n && ntx < NDEV_SEND_MAX; i++, f->asked++)
		send_arp(1);
	while ((nrx > 0 || ntx > 0) && nt_now() < deadline)
		tick(f, false, false);
	f->quiet = nt_now();		/* the wait is ours, not a stall */
	return i == n && f->asked - f->answered == HELD;
}

/* Wait for the update, without a receive: the card keeps the frames. */
static void wait_updated(struct flow *f, uint32_t deadline)
{
	while (!exists(UPDATED) && nt_now() < deadline)
		tick(f, false, false);
	f->quiet = nt_now();
}

void update(void)
{
	uint32_t deadline = nt_now() + 300 * SECOND, sent, frames;
	struct m_ndev_conf_reply rep;
	struct flow f = { 0, 0, 0, 0, 0 };
	struct ndev_stat a, b;
	bool held, took;
	endpoint_t ep;
	int s;

	if ((s = configure(&rep)) == OK)
		s = find_gateway();
	if (s == OK)
		s = get_stats(&a);
	result("the_stream_starts", s == OK, "status %d", s);
	if (s != OK)
		return;
	ep = nt_driver();
	sent = seen.sent, frames = seen.frames;
	f.quiet = nt_now();
	goal = 50;
	if (stream_until(&f, reached_goal, deadline))
		printf("nettest: streaming\n");
	held = stream_until(&f, hold_asked, deadline)
		&& hold_frames(&f, deadline);
	printf("nettest: holding %u frames\n", f.asked - f.answered);
	wait_updated(&f, deadline);
	goal = f.asked;
	took = stream_until(&f, reached_goal, nt_now() + ANSWER_MAX);
	result("the_frames_the_card_held_reach_the_new_version", held && took,
		"held %d, %u of %u answered", held, f.answered, f.asked);
	goal = f.answered + AFTER;
	(void) stream_until(&f, reached_goal, deadline);
	while (f.asked != f.answered && nt_now() < deadline)
		tick(&f, true, false);
	printf("nettest: %u asked, %u answered\n", f.asked, f.answered);
	result("every_frame_was_answered_without_a_stall",
		f.asked == f.answered && f.stalls == 0
		&& seen.send_errors == 0 && seen.recv_errors == 0,
		"%u of %u answered, %d stalls, %u send and %u receive errors",
		f.answered, f.asked, f.stalls, seen.send_errors,
		seen.recv_errors);
	result("the_client_kept_its_driver_and_endpoint",
		f.new_instances == 0 && nt_driver() == ep,
		"%d new instances, endpoint %d then %d", f.new_instances, ep,
		nt_driver());
	s = get_stats(&b);
	result("the_counters_went_on_across_the_updates", s == OK
		&& b.ns_tx_frames - a.ns_tx_frames == seen.sent - sent
		&& b.ns_rx_frames - a.ns_rx_frames == seen.frames - frames
		&& b.ns_rx_errors == 0 && b.ns_tx_errors == 0
		&& b.ns_rx_dropped == 0,
		"status %d, driver sent %u, received %u; client %u, %u; "
		"errors %u/%u, dropped %u", s, b.ns_tx_frames - a.ns_tx_frames,
		b.ns_rx_frames - a.ns_rx_frames, seen.sent - sent,
		seen.frames - frames, b.ns_rx_errors, b.ns_tx_errors,
		b.ns_rx_dropped);
}

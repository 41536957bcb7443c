/*
 * recover.c - nettest's cases around a driver that is killed: while
 * idle (restart) and in the middle of a stream of frames (stream).  The
 * test on the host does the killing; nettest hears of the new instance
 * through DS, as INET will.
 *
 * Entry points: restart(), stream().
 */
#include <stdio.h>
#include <string.h>
#include "nettest.h"

#define WINDOW		4		/* stream: requests in flight */
#define AFTER		300		/* stream: answers after the restart */
#define QUIET_MAX	ANSWER_MAX	/* in flight, but no answer: a stall */

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

void restart(void)
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
	int stalls;		/* no answer for QUIET_MAX */
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
		} else if (nt_now() - quiet > QUIET_MAX) {
			e->stalls++;
			quiet = nt_now();
		}
		if (!said && era[0].answered >= 50) {
			printf("nettest: streaming\n");
			said = true;
		}
	}
}

void stream(void)
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

/*
 * tcp_timer.c - TCP's clocks: the retransmission timer and the round
 * trips that set it (RFC 6298), the persist timer that probes a zero
 * window, the delayed ACK, keepalive, and TIME_WAIT.
 *
 * RTO: SRTT and RTTVAR from the round trips of segments sent once
 * (Karn: never a retransmitted one), RTO = SRTT + max(G, 4 RTTVAR)
 * within TCP_RTO_MIN .. TCP_RTO_MAX, doubled at each retransmission in
 * a row (the backoff ends with the next good sample).  When it runs out
 * the window collapses to one segment (RFC 5681 3.1) and sending goes
 * back to the oldest unacknowledged byte; after TCP_MAXRXT tries (a SYN:
 * TCP_MAXSYNRXT) the connection is dropped with ETIMEDOUT, or with the
 * ICMP error that explains it.
 *
 * Persist: while the peer's window is zero and data waits, a probe of
 * one byte goes at growing intervals; it never gives up as long as the
 * peer answers (RFC 1122 4.2.2.17).
 *
 * Entry points: tcp_timer_rexmt_start, tcp_timer_persist_start,
 * tcp_timer_delack, tcp_timer_keep, tcp_timer_2msl, tcp_timers_stop,
 * tcp_rtt_sample, tcp_rexmt_time.
 */
#include "tcp.h"

/* The current retransmission timeout, with the backoff. */
uint32_t tcp_rexmt_time(const struct tcp_pcb *tp)
{
	uint32_t t = tp->t_rto;
	int i;

	for (i = 0; i < tp->t_rxtshift && t < TCP_RTO_MAX; i++)
		t *= 2;
	return t < TCP_RTO_MAX ? t : TCP_RTO_MAX;
}

static void persist_expired(struct tcp_pcb *tp)
{
	if (tp->snd_wnd != 0 || tp->t_snd.r_len == 0) {
		tp->t_persist = false;
		tcp_output(tp);
		return;
	}
	tp->snd_nxt = tp->snd_una;	/* the probe: the first byte not acked */
	tp->t_flags |= TF_FORCE;
	tcp_output(tp);
	tp->t_flags &= ~TF_FORCE;
	if (tp->t_rxtshift < TCP_MAXRXT)
		tp->t_rxtshift++;
	tcp_timer_persist_start(tp);
}

static void rexmt_expired(void *arg)
{
	struct tcp_pcb *tp = arg;
	uint32_t flight, two = 2u * tp->t_mss;
	int max = (tp->t_state == TCPS_SYN_SENT
		|| tp->t_state == TCPS_SYN_RECEIVED) ? TCP_MAXSYNRXT : TCP_MAXRXT;

	if (tp->t_persist) {
		persist_expired(tp);
		return;
	}
	if (++tp->t_rxtshift > max) {
		tcp_drop(tp, tp->t_softerr != 0 ? tp->t_softerr : ETIMEDOUT);
		return;
	}
	flight = tp->snd_max - tp->snd_una;
	tp->ssthresh = flight / 2 > two ? flight / 2 : two;
	tp->cwnd = tp->t_mss;
	tp->t_dupacks = 0;
	tp->t_flags &= ~(TF_RECOVERY | TF_TIMING);
	tp->snd_nxt = tp->snd_una;
	tcp_timer_rexmt_start(tp);
	tcp_output(tp);
}

void tcp_timer_rexmt_start(struct tcp_pcb *tp)
{
	tp->t_persist = false;
	timer_set(&tp->t_rexmt, tcp_rexmt_time(tp), rexmt_expired, tp);
}

void tcp_timer_persist_start(struct tcp_pcb *tp)
{
	uint32_t t = tcp_rexmt_time(tp);

	if (t < TCP_PERSIST_MIN)
		t = TCP_PERSIST_MIN;
	if (t > TCP_PERSIST_MAX)
		t = TCP_PERSIST_MAX;
	tp->t_persist = true;
	timer_set(&tp->t_rexmt, t, rexmt_expired, tp);
}

static void delack_expired(void *arg)
{
	struct tcp_pcb *tp = arg;

	tp->t_flags |= TF_ACKNOW;
	tcp_output(tp);
}

/* An ACK is owed: it goes within TCP_DELACK, or with the next
 * segment. */
void tcp_timer_delack(struct tcp_pcb *tp)
{
	tp->t_flags |= TF_DELACK;
	if (!timer_armed(&tp->t_delack))
		timer_set(&tp->t_delack, TCP_DELACK, delack_expired, tp);
}

static void keep_expired(void *arg)
{
	struct tcp_pcb *tp = arg;

	if (tp->t_keepcnt++ >= TCP_KEEP_COUNT) {
		tcp_drop(tp, ETIMEDOUT);
		return;
	}
	/* A probe the peer must answer: an old sequence number. */
	tcp_send_ctl(tp, TCP_ACK, tp->snd_una - 1);
	timer_set(&tp->t_keep, TCP_KEEP_INTVL, keep_expired, tp);
}

/* Something came from the peer: the keepalive clock starts again (if
 * SO_KEEPALIVE is on). */
void tcp_timer_keep(struct tcp_pcb *tp)
{
	tp->t_keepcnt = 0;
	if ((tp->t_flags & TF_KEEPALIVE) && TCPS_HAVERCVDSYN(tp->t_state)
	    && tp->t_state != TCPS_TIME_WAIT)
		timer_set(&tp->t_keep, TCP_KEEP_IDLE, keep_expired, tp);
	else
		timer_stop(&tp->t_keep);
}

static void twomsl_expired(void *arg)
{
	tcp_closed(arg);
}

/* TIME_WAIT's 2 MSL, or the end of a FIN_WAIT_2 nobody reads. */
void tcp_timer_2msl(struct tcp_pcb *tp, uint32_t ticks)
{
	timer_set(&tp->t_2msl, ticks, twomsl_expired, tp);
}

void tcp_timers_stop(struct tcp_pcb *tp)
{
	timer_stop(&tp->t_rexmt);
	timer_stop(&tp->t_delack);
	timer_stop(&tp->t_keep);
	timer_stop(&tp->t_2msl);
	tp->t_persist = false;
}

/* A round trip of r ticks was measured (RFC 6298 2.2, 2.3; SRTT kept
 * times 8 and RTTVAR times 4, so RTO = SRTT + max(G, 4 RTTVAR) needs no
 * division). */
void tcp_rtt_sample(struct tcp_pcb *tp, uint32_t r)
{
	int err;
	uint32_t rto;

	if (tp->t_srtt < 0) {
		tp->t_srtt = (int) r * 8;
		tp->t_rttvar = (int) r * 2;	/* R/2, times 4 */
	} else {
		err = (int) r - tp->t_srtt / 8;
		tp->t_srtt += err;
		tp->t_rttvar += (err < 0 ? -err : err) - tp->t_rttvar / 4;
	}
	rto = (uint32_t) (tp->t_srtt / 8) + (tp->t_rttvar > 1
		? (uint32_t) tp->t_rttvar : 1);
	if (rto < TCP_RTO_MIN)
		rto = TCP_RTO_MIN;
	if (rto > TCP_RTO_MAX)
		rto = TCP_RTO_MAX;
	tp->t_rto = rto;
	tp->t_rxtshift = 0;
}

/*
 * tcp_in.c - segments that arrive, processed as RFC 793 (3.9, "SEGMENT
 * ARRIVES") and RFC 9293 have it: by the connection's state, then in the
 * RFC's order: sequence number, RST, SYN, ACK, data, FIN.
 *
 * Where RFC 9293 lets us choose:
 *  - the acceptability test trims a segment to the window (the part
 *    before RCV.NXT and after the window goes) and still takes the ACK
 *    of a duplicate, as BSD does; a zero-window probe is answered;
 *  - a SYN inside the window of a synchronized connection gets a
 *    "challenge ACK" (RFC 5961 4), not a reset;
 *  - in TIME_WAIT a new SYN beyond the old connection's sequence
 *    numbers opens a new connection (RFC 1122 4.2.2.13);
 *  - data that arrives after the program closed the socket resets the
 *    connection (nobody will read it).
 * ACKs drive congestion control (RFC 5681: slow start, congestion
 * avoidance, fast retransmit at the third duplicate ACK and fast
 * recovery, with RFC 6582's partial ACKs) and the round-trip samples
 * (RFC 6298, tcp_timer.c).  Out-of-order data is kept (tcp_buf.c) and
 * acknowledged at once, so the sender sees duplicate ACKs.
 *
 * Entry points: tcp_input, tcp_ctlinput.
 */
#include "tcp.h"

struct seg {				/* a segment, as it is processed */
	uint32_t seq, ack;
	uint32_t wnd;
	uint8_t flags;
	const uint8_t *data;
	size_t len;
	uint16_t mss;			/* the MSS option; 0: none */
	ipaddr_t src, dst;
	uint16_t sport, dport;
};

/* RFC 5681's initial window: min(4 MSS, max(2 MSS, 4380 bytes)). */
static uint32_t initial_window(uint16_t mss)
{
	uint32_t w = 2u * mss > 4380 ? 2u * mss : 4380;

	return w < 4u * mss ? w : 4u * mss;
}

/* The MSS option, if a SYN has one. */
static uint16_t parse_mss(const uint8_t *o, size_t len)
{
	size_t i = 0;

	while (i < len && o[i] != TCPOPT_EOL) {
		if (o[i] == TCPOPT_NOP) {
			i++;
			continue;
		}
		if (i + 1 >= len || o[i + 1] < 2 || i + o[i + 1] > len)
			return 0;
		if (o[i] == TCPOPT_MSS && o[i + 1] == 4)
			return (uint16_t) (o[i + 2] << 8 | o[i + 3]);
		i += o[i + 1];
	}
	return 0;
}

/* No connection wants the segment: RFC 793's reset for CLOSED. */
static void reset_for(const struct seg *sg)
{
	uint32_t len = (uint32_t) sg->len + !!(sg->flags & TCP_SYN)
		+ !!(sg->flags & TCP_FIN);

	if (sg->flags & TCP_RST)
		return;
	if (sg->flags & TCP_ACK)
		tcp_respond(sg->dst, sg->src, sg->dport, sg->sport, sg->ack, 0,
			TCP_RST);
	else
		tcp_respond(sg->dst, sg->src, sg->dport, sg->sport, 0,
			sg->seq + len, TCP_RST | TCP_ACK);
}

/* The sizes of a connection that begins: our MSS, theirs, the window. */
static void set_mss(struct tcp_pcb *tp, uint16_t theirs)
{
	tp->t_ourmss = tcp_mss_for(tp->t_faddr);
	tp->t_mss = theirs != 0 ? theirs : TCP_MSS_DEFAULT;
	if (tp->t_mss > tp->t_ourmss)
		tp->t_mss = tp->t_ourmss;
	if (tp->t_mss < 64)
		tp->t_mss = 64;
	tp->cwnd = initial_window(tp->t_mss);
}

/* LISTEN: a SYN makes a new connection, in SYN_RECEIVED, if the
 * backlog has room (else it is dropped: the client will try again). */
static void listen_input(struct tcp_pcb *l, const struct seg *sg)
{
	struct sock *ls = l->t_sock;
	struct tcp_pcb *tp;

	if (sg->flags & TCP_RST)
		return;
	if (sg->flags & TCP_ACK) {
		reset_for(sg);
		return;
	}
	if (!(sg->flags & TCP_SYN) || l->t_qlen >= l->t_backlog
	    || (tp = tcp_pcb_new()) == NULL)
		return;
	if (tcp_bufs(tp, ls->s_rcvbuf, ls->s_sndbuf) != OK) {
		tcp_pcb_free(tp);
		return;
	}
	tp->t_laddr = sg->dst;
	tp->t_lport = sg->dport;
	tp->t_faddr = sg->src;
	tp->t_fport = sg->sport;
	tp->t_flags = l->t_flags & (TF_NODELAY | TF_KEEPALIVE);
	tp->irs = sg->seq;
	tp->rcv_nxt = tp->rcv_adv = sg->seq + 1;
	tp->iss = tcp_iss(tp);
	tp->snd_una = tp->snd_nxt = tp->snd_max = tp->iss;
	tp->t_data_seq = tp->iss + 1;
	tp->snd_wnd = tp->t_max_sndwnd = sg->wnd;
	tp->snd_wl1 = sg->seq;
	tp->snd_wl2 = tp->iss;
	set_mss(tp, sg->mss);
	tp->t_listener = l;
	l->t_qlen++;
	tcp_set_state(tp, TCPS_SYN_RECEIVED);
	tcp_output(tp);			/* SYN, ACK */
}

/* SYN_SENT: the answer to our SYN. */
static void syn_sent_input(struct tcp_pcb *tp, const struct seg *sg)
{
	bool ack_ok = (sg->flags & TCP_ACK) && SEQ_GT(sg->ack, tp->iss)
		&& SEQ_LEQ(sg->ack, tp->snd_max);

	if ((sg->flags & TCP_ACK) && !ack_ok) {
		reset_for(sg);
		return;
	}
	if (sg->flags & TCP_RST) {
		if (ack_ok)
			tcp_drop(tp, ECONNREFUSED);
		return;
	}
	if (!(sg->flags & TCP_SYN))
		return;
	tp->irs = sg->seq;
	tp->rcv_nxt = tp->rcv_adv = sg->seq + 1;
	set_mss(tp, sg->mss);
	tp->snd_wnd = tp->t_max_sndwnd = sg->wnd;
	tp->snd_wl1 = sg->seq;
	tp->snd_wl2 = sg->ack;
	tp->t_flags |= TF_ACKNOW;
	if (!ack_ok) {			/* both sides opened at once */
		tcp_set_state(tp, TCPS_SYN_RECEIVED);
		tp->snd_nxt = tp->iss;
		tcp_output(tp);
		return;
	}
	if ((tp->t_flags & TF_TIMING) && tp->t_rxtshift == 0)
		tcp_rtt_sample(tp, now() - tp->t_rtstart);
	tp->t_flags &= ~TF_TIMING;
	tp->snd_una = sg->ack;
	timer_stop(&tp->t_rexmt);
	tp->t_rxtshift = 0;
	tcp_established(tp);
	tcp_output(tp);
}

/* The part of the segment before RCV.NXT or after the window goes.
 * Returns false when nothing of it is left to process. */
static bool trim(struct tcp_pcb *tp, struct seg *sg)
{
	uint32_t wnd = (uint32_t) ring_space(&tp->t_rcv), todrop;

	if (SEQ_GT(tp->rcv_adv, tp->rcv_nxt + wnd))
		wnd = tp->rcv_adv - tp->rcv_nxt;
	if (sg->flags & TCP_SYN && SEQ_LT(sg->seq, tp->rcv_nxt)) {
		sg->flags &= ~TCP_SYN;	/* the SYN we had */
		sg->seq++;
	}
	todrop = tp->rcv_nxt - sg->seq;
	if (SEQ_GT(tp->rcv_nxt, sg->seq)) {
		if (todrop > sg->len || (todrop == sg->len
		    && !(sg->flags & TCP_FIN))) {
			sg->flags &= ~TCP_FIN;	/* a duplicate: ACK it */
			tp->t_flags |= TF_ACKNOW;
			todrop = (uint32_t) sg->len;
		}
		sg->data += todrop;
		sg->len -= todrop;
		sg->seq += todrop;
	}
	todrop = sg->seq + (uint32_t) sg->len - (tp->rcv_nxt + wnd);
	if (SEQ_GT(sg->seq + (uint32_t) sg->len, tp->rcv_nxt + wnd)) {
		if (todrop >= sg->len && !(wnd == 0 && sg->seq == tp->rcv_nxt)
		    && sg->len > 0) {
			tp->t_flags |= TF_ACKNOW;	/* beyond the window */
			return false;
		}
		tp->t_flags |= TF_ACKNOW;		/* a probe, or cut */
		sg->len -= todrop < sg->len ? todrop : sg->len;
		sg->flags &= ~TCP_FIN;
	}
	return true;
}

/* A RST in the window ends the connection (RFC 793 p. 70). */
static void rst_input(struct tcp_pcb *tp)
{
	switch (tp->t_state) {
	case TCPS_SYN_RECEIVED:
		if (tp->t_listener == NULL && tp->t_sock != NULL)
			tp->t_sock->s_error = ECONNREFUSED;
		tcp_closed(tp);		/* (a RST is never answered) */
		return;
	case TCPS_ESTABLISHED:
	case TCPS_FIN_WAIT_1:
	case TCPS_FIN_WAIT_2:
	case TCPS_CLOSE_WAIT:
		if (tp->t_sock != NULL)
			tp->t_sock->s_error = ECONNRESET;
		tcp_closed(tp);
		return;
	default:
		tcp_closed(tp);
	}
}

static bool rst_acceptable(const struct tcp_pcb *tp, const struct seg *sg)
{
	uint32_t wnd = (uint32_t) ring_space(&tp->t_rcv);

	if (wnd == 0)
		return sg->seq == tp->rcv_nxt;
	return SEQ_GEQ(sg->seq, tp->rcv_nxt)
		&& SEQ_LT(sg->seq, tp->rcv_nxt + wnd);
}

/* Three duplicate ACKs: fast retransmit, then fast recovery. */
static void dup_ack(struct tcp_pcb *tp)
{
	uint32_t flight = tp->snd_max - tp->snd_una, two = 2u * tp->t_mss;

	if (tp->t_flags & TF_RECOVERY) {
		tp->cwnd += tp->t_mss;	/* a segment has left the network */
		tcp_output(tp);
		return;
	}
	if (++tp->t_dupacks != 3)
		return;
	tp->ssthresh = flight / 2 > two ? flight / 2 : two;
	tp->t_recover = tp->snd_max;
	tp->t_flags |= TF_RECOVERY;
	tp->t_flags &= ~TF_TIMING;
	tcp_retransmit_first(tp);
	tp->cwnd = tp->ssthresh + 3u * tp->t_mss;
	tcp_output(tp);
}

/* RFC 5681 on a new ACK of acked bytes; RFC 6582 in recovery (a
 * partial ACK sends the next hole at once). */
static void grow_cwnd(struct tcp_pcb *tp, uint32_t acked, uint32_t ack)
{
	uint32_t mss = tp->t_mss, flight;

	if (tp->t_flags & TF_RECOVERY) {
		if (SEQ_GEQ(ack, tp->t_recover)) {	/* full ACK */
			flight = tp->snd_max - ack;
			tp->cwnd = tp->ssthresh < flight + mss ? tp->ssthresh
				: flight + mss;
			tp->t_flags &= ~TF_RECOVERY;
		} else {				/* partial ACK */
			tp->cwnd = tp->cwnd > acked ? tp->cwnd - acked : mss;
			if (acked >= mss)
				tp->cwnd += mss;
			tcp_retransmit_first(tp);
		}
		return;
	}
	if (tp->cwnd < tp->ssthresh)
		tp->cwnd += acked < mss ? acked : mss;	/* slow start */
	else
		tp->cwnd += mss * mss / tp->cwnd > 0 ? mss * mss / tp->cwnd : 1;
}

/* ACK acknowledges new data (SND.UNA < ack <= SND.MAX). */
static void new_ack(struct tcp_pcb *tp, uint32_t ack)
{
	uint32_t acked = ack - tp->snd_una;
	size_t n;

	if ((tp->t_flags & TF_TIMING) && SEQ_GT(ack, tp->t_rtseq)) {
		tcp_rtt_sample(tp, now() - tp->t_rtstart);
		tp->t_flags &= ~TF_TIMING;
	}
	if (SEQ_GT(ack, tp->t_data_seq)) {
		n = ack - tp->t_data_seq;
		if (n > tp->t_snd.r_len)
			n = tp->t_snd.r_len;
		ring_drop(&tp->t_snd, n);
		tp->t_data_seq += (uint32_t) n;
	}
	tp->snd_una = ack;
	if (SEQ_LT(tp->snd_nxt, tp->snd_una))
		tp->snd_nxt = tp->snd_una;
	tp->t_dupacks = 0;
	grow_cwnd(tp, acked, ack);
	if (tp->snd_una == tp->snd_max) {
		if (!tp->t_persist)
			timer_stop(&tp->t_rexmt);
	} else if (!tp->t_persist) {
		tcp_timer_rexmt_start(tp);
	}
}

/* Has the peer acknowledged our FIN? */
static bool fin_acked(const struct tcp_pcb *tp)
{
	return (tp->t_flags & TF_SENTFIN) && tp->t_snd.r_len == 0
		&& tp->snd_una == tp->t_data_seq + 1;
}

static void window_update(struct tcp_pcb *tp, const struct seg *sg)
{
	if (!(SEQ_LT(tp->snd_wl1, sg->seq) || (tp->snd_wl1 == sg->seq
	    && SEQ_LEQ(tp->snd_wl2, sg->ack))))
		return;
	if (tp->snd_wnd == 0 && sg->wnd > 0 && tp->t_persist) {
		timer_stop(&tp->t_rexmt);
		tp->t_persist = false;
		tp->t_rxtshift = 0;
		tp->snd_nxt = tp->snd_una;	/* from the probe byte on */
	}
	tp->snd_wnd = sg->wnd;
	tp->snd_wl1 = sg->seq;
	tp->snd_wl2 = sg->ack;
	if (sg->wnd > tp->t_max_sndwnd)
		tp->t_max_sndwnd = sg->wnd;
}

/* The ACK field, in the synchronized states.  False: drop the rest. */
static bool ack_input(struct tcp_pcb *tp, const struct seg *sg)
{
	bool dup = sg->len == 0 && !(sg->flags & (TCP_SYN | TCP_FIN))
		&& sg->ack == tp->snd_una && tp->snd_una != tp->snd_max
		&& sg->wnd == tp->snd_wnd;

	if (tp->t_state == TCPS_SYN_RECEIVED) {
		if (SEQ_LEQ(sg->ack, tp->snd_una)
		    || SEQ_GT(sg->ack, tp->snd_max)) {
			reset_for(sg);
			return false;
		}
		tp->snd_una = tp->t_data_seq;	/* our SYN is acked */
		timer_stop(&tp->t_rexmt);
		tp->t_rxtshift = 0;
		if (tp->t_flags & TF_TIMING)
			tcp_rtt_sample(tp, now() - tp->t_rtstart);
		tp->t_flags &= ~TF_TIMING;
		tcp_established(tp);
	}
	if (SEQ_GT(sg->ack, tp->snd_max)) {
		tp->t_flags |= TF_ACKNOW;	/* acks what we never sent */
		return false;
	}
	if (SEQ_GT(sg->ack, tp->snd_una))
		new_ack(tp, sg->ack);
	else if (dup)
		dup_ack(tp);
	else if (sg->ack == tp->snd_una)
		tp->t_dupacks = 0;
	window_update(tp, sg);
	return true;
}

/* What our FIN being acknowledged changes (RFC 793 p. 72-73). */
static bool fin_ack_state(struct tcp_pcb *tp)
{
	if (!fin_acked(tp))
		return true;
	switch (tp->t_state) {
	case TCPS_FIN_WAIT_1:
		tcp_set_state(tp, TCPS_FIN_WAIT_2);
		if (tp->t_sock == NULL)		/* nobody will read */
			tcp_timer_2msl(tp, TCP_FIN2_TIME);
		return true;
	case TCPS_CLOSING:
		tcp_set_state(tp, TCPS_TIME_WAIT);
		return true;
	case TCPS_LAST_ACK:
		tcp_closed(tp);
		return false;
	default:
		return true;
	}
}

/* Data in order goes to the receive ring (with what follows it from the
 * out-of-order queue); data out of order is kept.  Returns whether a
 * FIN is now in order. */
static bool data_input(struct tcp_pcb *tp, const struct seg *sg)
{
	bool fin = (sg->flags & TCP_FIN) != 0;
	size_t n;

	if (sg->len == 0)
		return fin && sg->seq == tp->rcv_nxt && tp->t_ooo == NULL;
	if (sg->seq == tp->rcv_nxt && tp->t_ooo == NULL) {
		n = ring_put(&tp->t_rcv, sg->data, sg->len);
		tp->rcv_nxt += (uint32_t) n;
		if (n < sg->len)
			fin = false;
		if (tp->t_flags & TF_DELACK)
			tp->t_flags |= TF_ACKNOW;	/* every second one */
		else
			tcp_timer_delack(tp);
		return fin;
	}
	tp->t_flags |= TF_ACKNOW;	/* out of order: ACK at once */
	(void) ooo_insert(tp, sg->seq, sg->data, sg->len, fin);
	return ooo_drain(tp);
}

/* Their FIN is in order (RFC 793 p. 75). */
static void fin_input(struct tcp_pcb *tp)
{
	if (!(tp->t_flags & TF_RCVDFIN)) {
		tp->rcv_nxt++;
		tp->t_flags |= TF_RCVDFIN;
	}
	tp->t_flags |= TF_ACKNOW;
	switch (tp->t_state) {
	case TCPS_SYN_RECEIVED:
	case TCPS_ESTABLISHED:
		tcp_set_state(tp, TCPS_CLOSE_WAIT);
		break;
	case TCPS_FIN_WAIT_1:
		tcp_set_state(tp, TCPS_CLOSING);
		break;
	case TCPS_FIN_WAIT_2:
		tcp_set_state(tp, TCPS_TIME_WAIT);
		break;
	case TCPS_TIME_WAIT:
		tcp_timer_2msl(tp, 2 * TCP_MSL);
		break;
	default:
		break;
	}
}

/* The text and FIN steps, for the states that take data. */
static bool text_input(struct tcp_pcb *tp, struct seg *sg)
{
	bool takes = tp->t_state == TCPS_ESTABLISHED
		|| tp->t_state == TCPS_FIN_WAIT_1
		|| tp->t_state == TCPS_FIN_WAIT_2;
	bool fin;

	if (!takes) {
		if ((sg->flags & TCP_FIN) && sg->seq + sg->len == tp->rcv_nxt)
			fin_input(tp);	/* a FIN again: ACK it */
		return true;
	}
	if (sg->len > 0 && tp->t_sock == NULL && tp->t_listener == NULL) {
		tcp_drop(tp, 0);	/* nobody will read this */
		return false;
	}
	if (sg->len > 0 && tp->t_sock != NULL
	    && (tp->t_sock->s_shut & SHUT_RD_DONE)) {
		tp->rcv_nxt += (uint32_t) sg->len;	/* read by nobody */
		tp->t_flags |= TF_ACKNOW;
		fin = (sg->flags & TCP_FIN) != 0;
	} else {
		fin = data_input(tp, sg);
	}
	if (fin)
		fin_input(tp);
	return true;
}

/* Process a segment for tp, which is not LISTEN or CLOSED.  tp may be
 * gone when this returns. */
static void process(struct tcp_pcb *tp, struct seg *sg)
{
	if (tp->t_state == TCPS_SYN_SENT) {
		syn_sent_input(tp, sg);
		tcp_wake(tp);
		return;
	}
	if (tp->t_state == TCPS_SYN_RECEIVED && (sg->flags & TCP_SYN)
	    && !(sg->flags & TCP_ACK) && sg->seq == tp->irs) {
		tp->snd_nxt = tp->iss;	/* our SYN, ACK was lost */
		tcp_output(tp);
		return;
	}
	if (sg->flags & TCP_RST) {
		if (rst_acceptable(tp, sg))
			rst_input(tp);		/* tp is gone or closed */
		return;
	}
	if (!trim(tp, sg)) {
		tcp_output(tp);
		return;
	}
	if (sg->flags & TCP_SYN) {
		tp->t_flags |= TF_ACKNOW;	/* RFC 5961's challenge ACK */
		tcp_output(tp);
		return;
	}
	if (!(sg->flags & TCP_ACK))
		return;
	tcp_timer_keep(tp);
	if (!ack_input(tp, sg)) {
		tcp_output(tp);
		return;
	}
	if (!fin_ack_state(tp) || !text_input(tp, sg))
		return;				/* tp is gone */
	tcp_output(tp);
	tcp_wake(tp);
}

/* TIME_WAIT: a new SYN beyond the old connection starts a new one
 * (RFC 1122 4.2.2.13).  Returns the listener for it, or tp. */
static struct tcp_pcb *time_wait_reuse(struct tcp_pcb *tp,
	const struct seg *sg)
{
	struct tcp_pcb *l;

	if (tp->t_state != TCPS_TIME_WAIT || (sg->flags & (TCP_SYN | TCP_ACK
	    | TCP_RST)) != TCP_SYN || !SEQ_GT(sg->seq, tp->rcv_nxt))
		return tp;
	if ((l = tcp_lookup_listener(sg->dst, sg->dport)) == NULL)
		return tp;
	tcp_closed(tp);
	return l;
}

/* A TCP segment came (p: its header and data). */
void tcp_input(struct pkt *p, ipaddr_t src, ipaddr_t dst)
{
	const struct tcp_hdr *th = (const struct tcp_hdr *) p->p_data;
	struct tcp_pcb *tp;
	struct seg sg;
	size_t hl;

	if (p->p_len < TCP_HLEN || (hl = (size_t) (th->th_off >> 4) * 4)
	    < TCP_HLEN || hl > p->p_len || ip_is_bcast(dst)
	    || cksum_pseudo(src, dst, IPPROTO_TCP, p->p_data, p->p_len) != 0) {
		pkt_free(p);
		return;
	}
	memset(&sg, 0, sizeof(sg));
	sg.seq = ntohl(th->th_seq);
	sg.ack = ntohl(th->th_ack);
	sg.wnd = ntohs(th->th_win);
	sg.flags = th->th_flags;
	sg.data = p->p_data + hl;
	sg.len = p->p_len - hl;
	sg.src = src;
	sg.dst = dst;
	sg.sport = th->th_sport;
	sg.dport = th->th_dport;
	if (sg.flags & TCP_SYN)
		sg.mss = parse_mss(p->p_data + TCP_HLEN, hl - TCP_HLEN);
	tp = tcp_lookup(src, sg.sport, dst, sg.dport, true);
	if (tp != NULL)
		tp = time_wait_reuse(tp, &sg);
	if (tp == NULL || tp->t_state == TCPS_CLOSED)
		reset_for(&sg);
	else if (tp->t_state == TCPS_LISTEN)
		listen_input(tp, &sg);
	else
		process(tp, &sg);
	pkt_free(p);
}

/* An ICMP error about a segment we sent (hdr: its TCP header, at least
 * its first 8 bytes).  Port and protocol unreachable end a connection
 * that is being opened (RFC 1122 4.2.3.9's hard errors); the others are
 * kept, and reported if the connection times out, except that a host
 * or net unreachable also ends a SYN_SENT (nobody is there). */
void tcp_ctlinput(int err, ipaddr_t src, ipaddr_t dst, const uint8_t *hdr)
{
	const struct tcp_hdr *th = (const struct tcp_hdr *) hdr;
	struct tcp_pcb *tp = tcp_lookup(dst, th->th_dport, src, th->th_sport,
		false);
	uint32_t seq = ntohl(th->th_seq);

	if (tp == NULL || SEQ_LT(seq, tp->snd_una) || SEQ_GT(seq, tp->snd_max))
		return;			/* not for anything in flight */
	if (tp->t_state == TCPS_SYN_SENT && (err == ECONNREFUSED
	    || err == EHOSTUNREACH || err == ENETUNREACH)) {
		tcp_drop(tp, err);
		return;
	}
	if (err != EMSGSIZE)
		tp->t_softerr = err;
}

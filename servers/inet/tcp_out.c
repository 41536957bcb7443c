/*
 * tcp_out.c - what TCP sends: tcp_output() decides whether a segment
 * should go now and sends it, as often as there is something to send.
 *
 * Data goes within the send window, the smaller of the peer's window
 * and the congestion window (RFC 5681); a segment smaller than the MSS
 * waits while data is unacknowledged (Nagle, RFC 896 / RFC 1122
 * 4.2.3.4) unless TCP_NODELAY, and none goes that is smaller than half
 * the largest window the peer offered unless it is all there is
 * (sender-side silly window avoidance).  Our FIN goes with the last
 * byte.  An ACK goes when one is owed now (TF_ACKNOW), and a window
 * update when the window can open by two segments or half the buffer
 * (RFC 1122 4.2.3.3's receiver side: the window offered never opens by
 * less, and never shrinks).  A zero window with data waiting starts the
 * persist timer, whose probes (TF_FORCE) send one byte.
 *
 * Entry points: tcp_output, tcp_send_ctl, tcp_retransmit_first,
 * tcp_respond, tcp_rcv_window.
 */
#include "tcp.h"

#define MSS_OPTLEN	4

static size_t min_sz(size_t a, size_t b)
{
	return a < b ? a : b;
}

/* What the receive window may be offered as now: never less than what
 * was offered (the right edge never moves back), and not opened by less
 * than a segment or half the buffer at a time. */
uint32_t tcp_rcv_window(const struct tcp_pcb *tp)
{
	uint32_t space = (uint32_t) min_sz(ring_space(&tp->t_rcv), TCP_MAXWIN);
	uint32_t offered = SEQ_GT(tp->rcv_adv, tp->rcv_nxt)
		? tp->rcv_adv - tp->rcv_nxt : 0;
	uint32_t step = (uint32_t) min_sz(tp->t_rcv.r_size / 2, tp->t_ourmss);

	if (space <= offered || space - offered < step)
		return offered;
	return space;
}

/* Is a window update worth a segment of its own? */
static bool window_update_due(const struct tcp_pcb *tp)
{
	uint32_t space = (uint32_t) min_sz(ring_space(&tp->t_rcv), TCP_MAXWIN);
	uint32_t offered = SEQ_GT(tp->rcv_adv, tp->rcv_nxt)
		? tp->rcv_adv - tp->rcv_nxt : 0;

	if (!TCPS_HAVERCVDSYN(tp->t_state) || space <= offered)
		return false;
	return space - offered >= 2u * tp->t_ourmss
		|| space - offered >= tp->t_rcv.r_size / 2;
}

/* Send one segment: seq, len bytes of data from the send ring, flags,
 * and our MSS on a SYN. */
static void send_segment(struct tcp_pcb *tp, uint32_t seq, size_t len,
	uint8_t flags)
{
	size_t optlen = (flags & TCP_SYN) ? MSS_OPTLEN : 0;
	struct ip_opts *io = tp->t_sock != NULL ? &tp->t_sock->s_ip : NULL;
	struct tcp_hdr *th;
	struct pkt *p;
	uint32_t win;
	uint8_t *o;

	if ((p = pkt_alloc(TCP_HLEN + optlen + len)) == NULL)
		return;			/* lost, like on the wire */
	th = (struct tcp_hdr *) p->p_data;
	th->th_sport = tp->t_lport;
	th->th_dport = tp->t_fport;
	th->th_seq = htonl(seq);
	th->th_ack = (flags & TCP_ACK) ? htonl(tp->rcv_nxt) : 0;
	th->th_off = (uint8_t) (((TCP_HLEN + optlen) / 4) << 4);
	th->th_flags = flags;
	win = (flags & TCP_RST) ? 0 : tcp_rcv_window(tp);
	th->th_win = htons((uint16_t) win);
	th->th_sum = 0;
	th->th_urp = 0;
	o = p->p_data + TCP_HLEN;
	if (optlen) {
		o[0] = TCPOPT_MSS;
		o[1] = MSS_OPTLEN;
		o[2] = (uint8_t) (tp->t_ourmss >> 8);
		o[3] = (uint8_t) tp->t_ourmss;
	}
	ring_copy(&tp->t_snd, (size_t) (seq - tp->t_data_seq), o + optlen, len);
	th->th_sum = cksum_pseudo(tp->t_laddr, tp->t_faddr, IPPROTO_TCP,
		p->p_data, p->p_len);
	if ((flags & TCP_ACK) && SEQ_GT(tp->rcv_nxt + win, tp->rcv_adv))
		tp->rcv_adv = tp->rcv_nxt + win;
	if (flags & TCP_ACK) {
		tp->t_flags &= ~(TF_ACKNOW | TF_DELACK);
		timer_stop(&tp->t_delack);
	}
	(void) ip_output(p, tp->t_laddr, tp->t_faddr, IPPROTO_TCP, io);
}

/* A segment with no data (an ACK, a RST, a keepalive probe) at seq. */
void tcp_send_ctl(struct tcp_pcb *tp, uint8_t flags, uint32_t seq)
{
	send_segment(tp, seq, 0, flags);
}

/* The SYN, in SYN_SENT or (with an ACK) SYN_RECEIVED. */
static void send_syn(struct tcp_pcb *tp)
{
	send_segment(tp, tp->iss, 0, tp->t_state == TCPS_SYN_SENT ? TCP_SYN
		: TCP_SYN | TCP_ACK);
	tp->snd_nxt = tp->iss + 1;
	if (SEQ_GT(tp->snd_nxt, tp->snd_max))
		tp->snd_max = tp->snd_nxt;
	if (!(tp->t_flags & TF_TIMING) && tp->t_rxtshift == 0) {
		tp->t_flags |= TF_TIMING;
		tp->t_rtseq = tp->iss;
		tp->t_rtstart = now();
	}
	if (!timer_armed(&tp->t_rexmt))
		tcp_timer_rexmt_start(tp);
}

/* Should len bytes at offset off of the send ring go now? */
static bool data_due(const struct tcp_pcb *tp, size_t off, size_t len)
{
	size_t buffered = tp->t_snd.r_len;
	bool idle = tp->snd_nxt == tp->snd_una;

	if (len == 0)
		return false;
	if (len >= tp->t_mss || (tp->t_flags & TF_FORCE))
		return true;
	if (off + len == buffered && (idle || (tp->t_flags & TF_NODELAY)))
		return true;			/* Nagle */
	if (tp->t_max_sndwnd > 0 && len >= tp->t_max_sndwnd / 2)
		return true;			/* sender SWS */
	return SEQ_LT(tp->snd_nxt, tp->snd_max);	/* going back */
}

/* A segment of len bytes at seq (and our FIN after them) went out. */
static bool sent(struct tcp_pcb *tp, uint32_t seq, size_t len, bool fin)
{
	tp->snd_nxt = seq + (uint32_t) len + (fin ? 1 : 0);
	if (fin)
		tp->t_flags |= TF_SENTFIN;
	if (len == 0 && !fin)
		return false;
	if (SEQ_GT(tp->snd_nxt, tp->snd_max)) {
		if (!(tp->t_flags & TF_TIMING) && SEQ_GEQ(seq, tp->snd_max)) {
			tp->t_flags |= TF_TIMING;	/* new data only: Karn */
			tp->t_rtseq = seq;
			tp->t_rtstart = now();
		}
		tp->snd_max = tp->snd_nxt;
	}
	if (tp->t_flags & TF_FORCE)
		return false;		/* a probe: persist goes on */
	if (!timer_armed(&tp->t_rexmt) || tp->t_persist)
		tcp_timer_rexmt_start(tp);
	return true;
}

/* Send the next segment if one is due; true if it carried data or a
 * FIN (more may follow). */
static bool output_one(struct tcp_pcb *tp)
{
	size_t buffered = tp->t_snd.r_len, off, len = 0;
	uint32_t win, inflight, usable, seq = tp->snd_nxt;
	uint8_t flags = TCP_ACK;
	bool fin;

	off = (size_t) (tp->snd_nxt - tp->t_data_seq);
	win = tp->snd_wnd < tp->cwnd ? tp->snd_wnd : tp->cwnd;
	if ((tp->t_flags & TF_FORCE) && win == 0)
		win = 1;
	inflight = tp->snd_nxt - tp->snd_una;
	usable = win > inflight ? win - inflight : 0;
	if (off <= buffered)
		len = min_sz(min_sz(buffered - off, usable), tp->t_mss);
	if (!data_due(tp, off, len))
		len = 0;		/* held back, and a FIN behind it */
	fin = (tp->t_flags & TF_NEEDFIN) && off <= buffered
		&& off + len == buffered;
	if (len == 0 && !fin && !(tp->t_flags & TF_ACKNOW)
	    && !window_update_due(tp)) {
		if (off < buffered && tp->snd_wnd == 0
		    && !timer_armed(&tp->t_rexmt))
			tcp_timer_persist_start(tp);
		return false;
	}
	if (fin)
		flags |= TCP_FIN;
	if (len > 0 && off + len == buffered)
		flags |= TCP_PSH;
	send_segment(tp, seq, len, flags);
	return sent(tp, seq, len, fin);
}

/* Send the oldest unacknowledged segment again, whatever the windows
 * say (fast retransmit, and a partial ACK in recovery). */
void tcp_retransmit_first(struct tcp_pcb *tp)
{
	size_t len = min_sz(tp->t_snd.r_len, tp->t_mss);
	uint8_t flags = TCP_ACK;

	if (tp->snd_una != tp->t_data_seq)
		return;			/* only a SYN or FIN is out */
	if ((tp->t_flags & TF_SENTFIN) && len == tp->t_snd.r_len)
		flags |= TCP_FIN;
	send_segment(tp, tp->snd_una, len, flags);
	if (SEQ_LT(tp->snd_nxt, tp->snd_una + (uint32_t) len))
		tp->snd_nxt = tp->snd_una + (uint32_t) len;
	tcp_timer_rexmt_start(tp);
}

/* Send whatever is due now. */
void tcp_output(struct tcp_pcb *tp)
{
	int guard = 0;

	switch (tp->t_state) {
	case TCPS_CLOSED:
	case TCPS_LISTEN:
		return;
	case TCPS_SYN_SENT:
	case TCPS_SYN_RECEIVED:
		if (tp->snd_nxt == tp->iss)
			send_syn(tp);
		else if (tp->t_flags & TF_ACKNOW)
			tcp_send_ctl(tp, TCP_ACK, tp->snd_nxt);
		return;
	default:
		break;
	}
	while (output_one(tp) && ++guard < 256)
		;
}

/* A segment for which there is no connection, or a RST for one that
 * is gone: sent from src:sport to dst:dport. */
void tcp_respond(ipaddr_t src, ipaddr_t dst, uint16_t sport, uint16_t dport,
	uint32_t seq, uint32_t ack, uint8_t flags)
{
	struct tcp_hdr *th;
	struct pkt *p;

	if ((p = pkt_alloc(TCP_HLEN)) == NULL)
		return;
	th = (struct tcp_hdr *) p->p_data;
	memset(th, 0, TCP_HLEN);
	th->th_sport = sport;
	th->th_dport = dport;
	th->th_seq = htonl(seq);
	th->th_ack = htonl(ack);
	th->th_off = (TCP_HLEN / 4) << 4;
	th->th_flags = flags;
	th->th_sum = cksum_pseudo(src, dst, IPPROTO_TCP, p->p_data, p->p_len);
	(void) ip_output(p, src, dst, IPPROTO_TCP, NULL);
}

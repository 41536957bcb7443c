/*
 * test_tcp.c - host tests of INET's TCP: the state machine fed with
 * crafted segments (the handshakes both ways, RST, FIN both ways with
 * half-close, TIME_WAIT), sequence arithmetic across the wrap, the
 * retransmission timer with RFC 6298's estimator, Karn and backoff, SYN
 * retransmission, fast retransmit and recovery, slow start, out-of-order
 * segments put back in order, the zero-window probe, Nagle, the
 * receive window and its updates, listen backlogs and RFC 5961's
 * challenge ACK.  The segments TCP sends are caught where IP would
 * send them (harness.c).
 */
#include <stdlib.h>
#include <netinet/tcp.h>
#include "harness.h"
#include "tcp.h"

#define US	htonl(0x0A000001)	/* 10.0.0.1 */
#define PEER	htonl(0x0A000002)	/* 10.0.0.2 */
#define PPORT	peer_port
static uint16_t peer_port = htons(80);
#define PISS	5000u			/* the peer's initial sequence */

struct out {				/* a segment TCP sent */
	bool ok;
	uint32_t seq, ack;
	uint8_t flags;
	uint16_t win, mss;
	size_t len;
	uint8_t data[2048];
};

/* The local port of the connection a case watches: segments of other
 * connections (earlier cases' timers still run) are skipped. */
static uint16_t watch;

/* The next segment TCP sent for the watched port (ok false if none). */
static struct out next(void)
{
	struct out o;
	struct sent *s;
	const struct tcp_hdr *th;
	size_t hl;

	memset(&o, 0, sizeof(o));
	for (;;) {
		if ((s = sent_get()) == NULL)
			return o;
		th = (const struct tcp_hdr *) s->s_pkt->p_data;
		if (watch == 0 || th->th_sport == watch)
			break;
		sent_free(s);
	}
	hl = (size_t) (th->th_off >> 4) * 4;
	o.ok = cksum_pseudo(s->s_src, s->s_dst, IPPROTO_TCP,
	    s->s_pkt->p_data, s->s_pkt->p_len) == 0;
	o.seq = ntohl(th->th_seq);
	o.ack = ntohl(th->th_ack);
	o.flags = th->th_flags;
	o.win = ntohs(th->th_win);
	if (hl > TCP_HLEN && s->s_pkt->p_data[TCP_HLEN] == TCPOPT_MSS)
		o.mss = (uint16_t) (s->s_pkt->p_data[TCP_HLEN + 2] << 8
		    | s->s_pkt->p_data[TCP_HLEN + 3]);
	o.len = s->s_pkt->p_len - hl;
	memcpy(o.data, s->s_pkt->p_data + hl, o.len < sizeof(o.data)
	    ? o.len : sizeof(o.data));
	sent_free(s);
	return o;
}

/* A segment from the peer to our port lport. */
static void feed(uint16_t lport, uint32_t seq, uint32_t ack, uint8_t flags,
    uint16_t win, const void *data, size_t len)
{
	size_t opt = (flags & TCP_SYN) ? 4 : 0;
	struct pkt *p = pkt_alloc(TCP_HLEN + opt + len);
	struct tcp_hdr *th = (struct tcp_hdr *) p->p_data;

	memset(th, 0, TCP_HLEN);
	th->th_sport = PPORT;
	th->th_dport = lport;
	th->th_seq = htonl(seq);
	th->th_ack = htonl(ack);
	th->th_off = (uint8_t) (((TCP_HLEN + opt) / 4) << 4);
	th->th_flags = flags;
	th->th_win = htons(win);
	if (opt) {
		uint8_t *o = p->p_data + TCP_HLEN;
		o[0] = TCPOPT_MSS; o[1] = 4; o[2] = 1460 >> 8; o[3] = 1460 & 0xFF;
	}
	memcpy(p->p_data + TCP_HLEN + opt, data, len);
	th->th_sum = cksum_pseudo(PEER, US, IPPROTO_TCP, p->p_data, p->p_len);
	tcp_input(p, PEER, US);
}

static struct sock *new_sock(void)
{
	struct sock *s = sock_new(SOCK_STREAM, 0, 0);

	tcp_create(s);
	return s;
}

static struct sockaddr_in peer_addr(void)
{
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_addr.s_addr = PEER;
	a.sin_port = PPORT;
	return a;
}

static struct tcp_pcb *pcb(struct sock *s)
{
	return s->s_pcb;
}

/* Segments sent for the watched port, leaving them queued. */
static int pending(void)
{
	struct sent *keep[64], *s;
	int n = 0, k = 0, i;

	while ((s = sent_get()) != NULL && k < 64) {
		keep[k++] = s;
		if (watch == 0 || ((const struct tcp_hdr *)
		    s->s_pkt->p_data)->th_sport == watch)
			n++;
	}
	for (i = 0; i < k; i++)
		ip_output(keep[i]->s_pkt, keep[i]->s_src, keep[i]->s_dst,
		    keep[i]->s_proto, NULL), free(keep[i]);
	return n;
}

static int send_bytes(struct sock *s, const void *buf, size_t len)
{
	struct sockdata d = { NULL, 0, (uint8_t *) buf };
	size_t done = 0;
	int r = s->s_ops->so_send(s, &d, len, &done, NULL, 0);

	return r == OK || r == -EAGAIN ? (int) done : r;
}

static int recv_bytes(struct sock *s, void *buf, size_t len)
{
	struct sockdata d = { NULL, 0, buf };
	struct sockaddr_in from;
	int fl = 0;

	return s->s_ops->so_recv(s, &d, len, &from, 0, &fl);
}

/* An established connection, by our connect; *iss: our first
 * sequence number (data starts at *iss + 1). */
static struct sock *established(uint32_t *iss, uint16_t win)
{
	struct sock *s = new_sock();
	struct sockaddr_in a = peer_addr();
	struct out o;

	sent_flush();
	(void) s->s_ops->so_connect(s, &a);
	watch = pcb(s)->t_lport;
	o = next();
	*iss = o.seq;
	feed(pcb(s)->t_lport, PISS, o.seq + 1, TCP_SYN | TCP_ACK, win, NULL, 0);
	sent_flush();
	return s;
}

/* --- the cases ---------------------------------------------------------------- */

static void sequence_arithmetic(void)
{
	CHECK("seq_lt_across_the_wrap", SEQ_LT(0xFFFFFFF0u, 0x10u));
	CHECK("seq_gt_across_the_wrap", SEQ_GT(0x10u, 0xFFFFFFF0u));
	CHECK("seq_leq_of_equal", SEQ_LEQ(7u, 7u) && SEQ_GEQ(7u, 7u));
	CHECK("seq_max_across_the_wrap", SEQ_MAX(0xFFFFFFFFu, 2u) == 2u);
}

static void active_open(void)
{
	struct sock *s = new_sock();
	struct sockaddr_in a = peer_addr();
	struct out o;
	int r;

	sent_flush();
	r = s->s_ops->so_connect(s, &a);
	watch = pcb(s)->t_lport;
	o = next();
	CHECK("connect_is_in_progress", r == -EINPROGRESS);
	CHECK("connect_sends_a_syn_with_mss", o.ok && o.flags == TCP_SYN
	    && o.mss == 1460 && o.len == 0);
	CHECK("state_is_syn_sent", pcb(s)->t_state == TCPS_SYN_SENT);
	CHECK("connected_says_in_progress",
	    s->s_ops->so_connected(s) == -EINPROGRESS);
	feed(pcb(s)->t_lport, PISS, o.seq + 1, TCP_SYN | TCP_ACK, 8192, NULL, 0);
	CHECK("syn_ack_makes_it_established",
	    pcb(s)->t_state == TCPS_ESTABLISHED);
	o = next();
	CHECK("the_handshake_ends_with_an_ack", o.ok && o.flags == TCP_ACK
	    && o.ack == PISS + 1 && o.seq == pcb(s)->iss + 1);
	CHECK("connected_says_ok", s->s_ops->so_connected(s) == OK);
	CHECK("the_peers_mss_is_used", pcb(s)->t_mss == 1460);
	CHECK("initial_window_rfc5681", pcb(s)->cwnd == 3 * 1460);
}

static void syn_retransmitted_with_backoff(void)
{
	struct sock *s = new_sock();
	struct sockaddr_in a = peer_addr();
	struct out o1, o2, o3;

	sent_flush();
	(void) s->s_ops->so_connect(s, &a);
	watch = pcb(s)->t_lport;
	o1 = next();
	advance(TCP_RTO_INIT - 1);
	CHECK("no_retransmission_before_the_rto", pending() == 0);
	advance(1);
	o2 = next();
	CHECK("the_syn_goes_again_after_one_second", o2.ok
	    && o2.flags == TCP_SYN && o2.seq == o1.seq);
	advance(2 * TCP_RTO_INIT - 1);
	CHECK("the_backoff_doubles_the_wait", pending() == 0);
	advance(1);
	o3 = next();
	CHECK("the_third_syn_after_two_more_seconds", o3.ok
	    && o3.flags == TCP_SYN);
	advance(SECS(4 + 8 + 16 + 32 + 64));
	sent_flush();
	CHECK("after_the_last_try_connect_times_out",
	    s->s_ops->so_connected(s) == -ETIMEDOUT);
}

static void refused(void)
{
	struct sock *s = new_sock();
	struct sockaddr_in a = peer_addr();
	struct out o;

	sent_flush();
	(void) s->s_ops->so_connect(s, &a);
	watch = pcb(s)->t_lport;
	o = next();
	feed(pcb(s)->t_lport, 0, o.seq + 1, TCP_RST | TCP_ACK, 0, NULL, 0);
	CHECK("a_rst_to_the_syn_closes", pcb(s)->t_state == TCPS_CLOSED);
	CHECK("connect_fails_econnrefused",
	    s->s_ops->so_connected(s) == -ECONNREFUSED);
	CHECK("nothing_is_answered_to_the_rst", pending() == 0);
}

static void no_listener_gets_a_reset(void)
{
	struct out o;

	sent_flush();
	watch = htons(9999);
	feed(htons(9999), PISS, 0, TCP_SYN, 8192, NULL, 0);
	o = next();
	CHECK("a_syn_to_a_closed_port_gets_rst_ack", o.ok
	    && o.flags == (TCP_RST | TCP_ACK) && o.ack == PISS + 1);
	feed(htons(9999), PISS, 777, TCP_ACK, 8192, NULL, 0);
	o = next();
	CHECK("an_ack_gets_a_rst_at_its_ack", o.ok && o.flags == TCP_RST
	    && o.seq == 777);
	feed(htons(9999), PISS, 777, TCP_RST, 8192, NULL, 0);
	CHECK("a_rst_is_never_answered", pending() == 0);
}

static struct sock *listener(uint16_t port, int backlog)
{
	struct sock *l = new_sock();
	struct sockaddr_in a;

	memset(&a, 0, sizeof(a));
	a.sin_family = AF_INET;
	a.sin_port = port;
	l->s_ops->so_bind(l, &a);
	l->s_ops->so_listen(l, backlog);
	watch = port;
	return l;
}

static void passive_open(void)
{
	struct sock *l = listener(htons(8080), 2), *ns = NULL;
	struct sockaddr_in from;
	struct out o;

	sent_flush();
	feed(htons(8080), PISS, 0, TCP_SYN, 8192, NULL, 0);
	o = next();
	CHECK("a_syn_gets_a_syn_ack", o.ok && o.flags == (TCP_SYN | TCP_ACK)
	    && o.ack == PISS + 1 && o.mss == 1460);
	CHECK("not_accepted_before_the_handshake_ends",
	    l->s_ops->so_accept(l, &ns, &from) == -EAGAIN);
	feed(htons(8080), PISS + 1, o.seq + 1, TCP_ACK, 8192, NULL, 0);
	CHECK("the_ack_completes_it",
	    l->s_ops->so_accept(l, &ns, &from) == OK && ns != NULL);
	CHECK("the_new_socket_is_established",
	    ns != NULL && pcb(ns)->t_state == TCPS_ESTABLISHED);
	CHECK("accept_gives_the_peer", from.sin_addr.s_addr == PEER
	    && from.sin_port == PPORT);
	peer_port = htons(81);
	feed(htons(8080), PISS, 0, TCP_SYN, 8192, NULL, 0);
	peer_port = htons(82);
	feed(htons(8080), PISS, 0, TCP_SYN, 8192, NULL, 0);
	CHECK("the_backlog_takes_two", pending() == 2);
	sent_flush();
	peer_port = htons(83);
	feed(htons(8080), PISS, 0, TCP_SYN, 8192, NULL, 0);
	CHECK("a_full_backlog_drops_the_syn", pending() == 0);
	peer_port = htons(80);
}

static void syn_received_resends_syn_ack(void)
{
	struct out o1, o2;

	(void) listener(htons(8081), 5);
	sent_flush();
	feed(htons(8081), PISS, 0, TCP_SYN, 8192, NULL, 0);
	o1 = next();
	feed(htons(8081), PISS, 0, TCP_SYN, 8192, NULL, 0);
	o2 = next();
	CHECK("a_repeated_syn_gets_the_syn_ack_again", o2.ok
	    && o2.flags == (TCP_SYN | TCP_ACK) && o2.seq == o1.seq);
	advance(TCP_RTO_INIT);
	o2 = next();
	CHECK("the_syn_ack_is_retransmitted", o2.ok
	    && o2.flags == (TCP_SYN | TCP_ACK) && o2.seq == o1.seq);
}

static void data_and_delayed_ack(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	uint16_t lp = pcb(s)->t_lport;
	char buf[64];
	struct out o;

	feed(lp, PISS + 1, iss + 1, TCP_ACK | TCP_PSH, 8192, "hello", 5);
	CHECK("one_segment_is_not_acked_at_once", pending() == 0);
	advance(TCP_DELACK);
	o = next();
	CHECK("it_is_acked_after_the_delay", o.ok && o.flags == TCP_ACK
	    && o.ack == PISS + 6);
	feed(lp, PISS + 6, iss + 1, TCP_ACK, 8192, "ab", 2);
	feed(lp, PISS + 8, iss + 1, TCP_ACK, 8192, "cd", 2);
	o = next();
	CHECK("every_second_segment_is_acked_at_once", o.ok
	    && o.ack == PISS + 10);
	CHECK("recv_gets_the_data_in_order", recv_bytes(s, buf, sizeof(buf))
	    == 9 && memcmp(buf, "helloabcd", 9) == 0);
	CHECK("nothing_more_to_read", recv_bytes(s, buf, sizeof(buf))
	    == -EAGAIN);
}

static void out_of_order_reassembled(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	uint16_t lp = pcb(s)->t_lport;
	char buf[64];
	struct out o;

	feed(lp, PISS + 1 + 4, iss + 1, TCP_ACK, 8192, "EFGH", 4);
	o = next();
	CHECK("a_segment_beyond_a_hole_gets_a_duplicate_ack", o.ok
	    && o.ack == PISS + 1);
	feed(lp, PISS + 1 + 10, iss + 1, TCP_ACK, 8192, "KL", 2);
	(void) next();
	feed(lp, PISS + 1 + 6, iss + 1, TCP_ACK, 8192, "GHIJ", 4);
	(void) next();
	CHECK("nothing_readable_while_the_first_hole_is_open",
	    recv_bytes(s, buf, sizeof(buf)) == -EAGAIN);
	feed(lp, PISS + 1, iss + 1, TCP_ACK, 8192, "ABCD", 4);
	o = next();
	CHECK("filling_the_hole_acks_everything", o.ok
	    && o.ack == PISS + 1 + 12);
	CHECK("the_bytes_come_in_order_without_duplicates",
	    recv_bytes(s, buf, sizeof(buf)) == 12
	    && memcmp(buf, "ABCDEFGHIJKL", 12) == 0);
	CHECK("no_out_of_order_segments_are_left",
	    pcb(s)->t_ooo == NULL && pcb(s)->t_ooo_bytes == 0);
}

static void fin_both_ways_half_close(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	struct tcp_pcb *tp = pcb(s);
	uint16_t lp = tp->t_lport;
	char buf[16];
	struct out o;

	feed(lp, PISS + 1, iss + 1, TCP_ACK | TCP_FIN, 8192, "bye", 3);
	o = next();
	CHECK("their_fin_is_acked_at_once", o.ok && o.ack == PISS + 5);
	CHECK("state_is_close_wait", tp->t_state == TCPS_CLOSE_WAIT);
	CHECK("the_data_before_the_fin_is_read",
	    recv_bytes(s, buf, sizeof(buf)) == 3);
	CHECK("then_the_end_of_the_stream", recv_bytes(s, buf, 16) == 0);
	CHECK("we_may_still_send", send_bytes(s, "more", 4) == 4);
	o = next();
	CHECK("and_it_goes", o.ok && o.len == 4 && o.seq == iss + 1);
	feed(lp, PISS + 5, iss + 5, TCP_ACK, 8192, NULL, 0);
	s->s_ops->so_close(s);
	o = next();
	CHECK("close_sends_our_fin", o.ok && (o.flags & TCP_FIN)
	    && o.seq == iss + 5);
	CHECK("state_is_last_ack", tp->t_state == TCPS_LAST_ACK);
	feed(lp, PISS + 5, iss + 6, TCP_ACK, 8192, NULL, 0);
	CHECK("the_ack_of_our_fin_ends_it", tcp_lookup(PEER, PPORT, US, lp,
	    false) == NULL);
}

static void active_close_time_wait(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	struct tcp_pcb *tp = pcb(s);
	uint16_t lp = tp->t_lport;
	struct out o;

	CHECK("shutdown_write_sends_a_fin", s->s_ops->so_shutdown(s, SHUT_WR)
	    == OK && (o = next()).ok && (o.flags & TCP_FIN));
	CHECK("state_is_fin_wait_1", tp->t_state == TCPS_FIN_WAIT_1);
	CHECK("send_after_shutdown_is_epipe", send_bytes(s, "x", 1) == -EPIPE);
	feed(lp, PISS + 1, iss + 2, TCP_ACK, 8192, NULL, 0);
	CHECK("the_ack_gives_fin_wait_2", tp->t_state == TCPS_FIN_WAIT_2);
	feed(lp, PISS + 1, iss + 2, TCP_ACK, 8192, "late", 4);
	CHECK("half_closed_we_still_receive", tp->t_rcv.r_len == 4);
	ring_drop(&tp->t_rcv, 4);
	feed(lp, PISS + 5, iss + 2, TCP_ACK | TCP_FIN, 8192, NULL, 0);
	CHECK("their_fin_gives_time_wait", tp->t_state == TCPS_TIME_WAIT);
	sent_flush();
	feed(lp, PISS + 5, iss + 2, TCP_ACK | TCP_FIN, 8192, NULL, 0);
	o = next();
	CHECK("a_repeated_fin_is_acked_again", o.ok && o.ack == PISS + 6);
	s->s_ops->so_close(s);
	advance(2 * TCP_MSL - 1);
	CHECK("time_wait_lasts_2_msl", tcp_lookup(PEER, PPORT, US, lp, false)
	    == tp);
	advance(1);
	CHECK("then_the_connection_is_gone", tcp_lookup(PEER, PPORT, US, lp,
	    false) == NULL);
}

static void reset_received(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	struct tcp_pcb *tp = pcb(s);
	char buf[8];

	feed(tp->t_lport, PISS + 1 + 100000, 0, TCP_RST, 0, NULL, 0);
	CHECK("a_rst_outside_the_window_is_ignored",
	    tp->t_state == TCPS_ESTABLISHED);
	feed(tp->t_lport, PISS + 1, 0, TCP_RST, 0, NULL, 0);
	CHECK("a_rst_in_the_window_closes", tp->t_state == TCPS_CLOSED);
	CHECK("recv_says_econnreset", recv_bytes(s, buf, 8) == -ECONNRESET);
	CHECK("then_end_of_stream", recv_bytes(s, buf, 8) == 0);
	CHECK("send_says_epipe", send_bytes(s, "x", 1) == -EPIPE);
}

static void challenge_ack(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 8192);
	struct out o;

	feed(pcb(s)->t_lport, PISS + 10, 0, TCP_SYN, 8192, NULL, 0);
	o = next();
	CHECK("a_syn_in_the_window_gets_a_challenge_ack", o.ok
	    && o.flags == TCP_ACK && o.ack == PISS + 1);
	CHECK("and_the_connection_stays",
	    pcb(s)->t_state == TCPS_ESTABLISHED);
}

static void rto_karn_and_backoff(void)
{
	struct sock *s = new_sock();
	struct sockaddr_in a = peer_addr();
	struct tcp_pcb *tp = pcb(s);
	char data[100];
	struct out o;
	uint32_t iss;

	memset(data, 'x', sizeof(data));
	sent_flush();
	(void) s->s_ops->so_connect(s, &a);
	watch = tp->t_lport;
	iss = next().seq;
	advance(40);
	feed(tp->t_lport, PISS, iss + 1, TCP_SYN | TCP_ACK, 65535, NULL, 0);
	/* RFC 6298 2.2: SRTT = R, RTTVAR = R/2 (kept times 8 and 4) */
	CHECK("the_syn_gives_the_first_sample", tp->t_srtt == 40 * 8
	    && tp->t_rttvar == 20 * 4 && tp->t_rto == 40 + 4 * 20);
	sent_flush();
	send_bytes(s, data, 100);
	(void) next();
	advance(50);
	feed(tp->t_lport, PISS + 1, iss + 101, TCP_ACK, 65535, NULL, 0);
	/* 2.3: RTTVAR += (|SRTT - R| - RTTVAR) / 4, SRTT += (R - SRTT) / 8 */
	CHECK("the_next_sample_moves_srtt_and_rttvar",
	    tp->t_srtt == 40 * 8 + 10 && tp->t_rttvar == 80 + 10 - 20);
	CHECK("rto_is_srtt_plus_4_rttvar", tp->t_rto == 330 / 8 + 70);
	send_bytes(s, data, 100);
	(void) next();
	advance(tp->t_rto - 1);
	CHECK("nothing_goes_again_before_the_rto", pending() == 0);
	advance(1);
	o = next();
	CHECK("after_the_rto_the_segment_goes_again", o.ok && o.len == 100
	    && o.seq == iss + 101);
	CHECK("the_window_collapses_to_one_segment", tp->cwnd == tp->t_mss);
	CHECK("the_timer_backs_off", tcp_rexmt_time(tp) == 2 * tp->t_rto);
	advance(10);
	feed(tp->t_lport, PISS + 1, iss + 201, TCP_ACK, 65535, NULL, 0);
	CHECK("karn_no_sample_from_a_retransmission",
	    tp->t_srtt == 330 && tp->t_rxtshift == 1);
}

static void fast_retransmit(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 65535);
	struct tcp_pcb *tp = pcb(s);
	static char data[1460 * 3];
	uint16_t lp = tp->t_lport;
	struct out o;
	int i;

	memset(data, 'y', sizeof(data));
	send_bytes(s, data, sizeof(data));
	CHECK("the_initial_window_sends_three_segments", pending() == 3);
	sent_flush();
	for (i = 0; i < 2; i++)
		feed(lp, PISS + 1, iss + 1, TCP_ACK, 65535, NULL, 0);
	CHECK("two_duplicate_acks_send_nothing", pending() == 0);
	feed(lp, PISS + 1, iss + 1, TCP_ACK, 65535, NULL, 0);
	o = next();
	CHECK("the_third_retransmits_the_first_segment", o.ok
	    && o.seq == iss + 1 && o.len == 1460);
	CHECK("fast_recovery_halves_the_window",
	    (tp->t_flags & TF_RECOVERY) && tp->ssthresh == 2 * 1460);
	feed(lp, PISS + 1, iss + 1 + 1460, TCP_ACK, 65535, NULL, 0);
	o = next();
	CHECK("a_partial_ack_sends_the_next_hole", o.ok
	    && o.seq == iss + 1 + 1460);
	feed(lp, PISS + 1, iss + 1 + 3 * 1460, TCP_ACK, 65535, NULL, 0);
	CHECK("the_full_ack_ends_recovery", !(tp->t_flags & TF_RECOVERY)
	    && tp->cwnd <= tp->ssthresh);
}

static void slow_start_grows(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 65535);
	struct tcp_pcb *tp = pcb(s);
	uint32_t before = tp->cwnd;
	static char data[1460 * 3];

	send_bytes(s, data, sizeof(data));
	sent_flush();
	feed(tp->t_lport, PISS + 1, iss + 1 + 1460, TCP_ACK, 65535, NULL, 0);
	CHECK("slow_start_adds_a_segment_per_ack", tp->cwnd == before + 1460);
	tp->ssthresh = tp->cwnd;
	before = tp->cwnd;
	feed(tp->t_lport, PISS + 1, iss + 1 + 2920, TCP_ACK, 65535, NULL, 0);
	CHECK("congestion_avoidance_adds_less",
	    tp->cwnd > before && tp->cwnd < before + 1460);
}

static void zero_window_probe(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 0);
	struct tcp_pcb *tp = pcb(s);
	struct out o;

	send_bytes(s, "abcdef", 6);
	CHECK("nothing_goes_into_a_zero_window", pending() == 0);
	CHECK("the_persist_timer_runs", tp->t_persist);
	advance(TCP_PERSIST_MIN);
	o = next();
	CHECK("a_probe_of_one_byte", o.ok && o.len == 1 && o.seq == iss + 1);
	advance(SECS(120));
	sent_flush();
	CHECK("probes_never_give_up", tp->t_state == TCPS_ESTABLISHED);
	feed(tp->t_lport, PISS + 1, iss + 1, TCP_ACK, 4096, NULL, 0);
	o = next();
	CHECK("an_opened_window_lets_the_data_go", o.ok && o.len == 6);
}

static void nagle_and_nodelay(void)
{
	uint32_t iss;
	struct sock *s = established(&iss, 65535);
	struct tcp_pcb *tp = pcb(s);
	int one = 1;

	send_bytes(s, "a", 1);
	CHECK("a_small_send_goes_when_idle", pending() == 1);
	sent_flush();
	send_bytes(s, "b", 1);
	CHECK("nagle_holds_a_small_send_while_data_is_out",
	    pending() == 0);
	feed(tp->t_lport, PISS + 1, iss + 2, TCP_ACK, 65535, NULL, 0);
	CHECK("the_ack_lets_it_go", pending() == 1);
	sent_flush();
	s->s_ops->so_setopt(s, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
	send_bytes(s, "c", 1);
	CHECK("tcp_nodelay_sends_at_once", pending() == 1);
	sent_flush();
}

static void receive_window(void)
{
	uint32_t iss;
	struct sock *s;
	struct tcp_pcb *tp;
	static char data[4000], buf[40000];
	struct out o;
	uint32_t seq = PISS + 1;
	int i;

	s = established(&iss, 65535);
	tp = pcb(s);
	for (i = 0; i < 8; i++, seq += sizeof(data))
		feed(tp->t_lport, seq, iss + 1, TCP_ACK, 65535, data,
		    sizeof(data));
	advance(TCP_DELACK);
	while ((o = next()).ok)
		if (o.ack == seq)
			break;
	CHECK("the_window_shrinks_as_data_waits", o.ok
	    && o.win == 32768 - 8 * 4000);
	CHECK("reading_gives_it_all", recv_bytes(s, buf, sizeof(buf))
	    == 32000);
	o = next();
	CHECK("reading_sends_a_window_update", o.ok && o.win == 32768);
}

int main(void)
{
	sequence_arithmetic();
	active_open();
	syn_retransmitted_with_backoff();
	refused();
	no_listener_gets_a_reset();
	passive_open();
	syn_received_resends_syn_ack();
	data_and_delayed_ack();
	out_of_order_reassembled();
	fin_both_ways_half_close();
	active_close_time_wait();
	reset_received();
	challenge_ack();
	rto_karn_and_backoff();
	fast_retransmit();
	slow_start_grows();
	zero_window_probe();
	nagle_and_nodelay();
	receive_window();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

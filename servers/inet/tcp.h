/*
 * tcp.h - TCP's own declarations, shared by tcp_*.c: the connection
 * (struct tcp_pcb, the TCB of RFC 793 3.2, its states by their RFC
 * names), sequence arithmetic, byte rings and the entry points of each
 * file:
 *
 *	tcp_pcb.c	connections: making, finding, ports, ISNs, ending
 *	tcp_in.c	segments that arrive (RFC 793 3.9 "SEGMENT ARRIVES")
 *	tcp_out.c	segments to send: data, SYN, FIN, ACK, window, RST
 *	tcp_timer.c	retransmission (RFC 6298), persist, delayed ACK,
 *			keepalive, TIME_WAIT
 *	tcp_sock.c	the socket calls on a TCP socket
 *	tcp_buf.c	the send and receive rings, out-of-order segments
 */
#ifndef _INET_TCP_H
#define _INET_TCP_H

#include "sock.h"

/* The states, with RFC 793's names. */
enum tcp_state {
	TCPS_CLOSED, TCPS_LISTEN, TCPS_SYN_SENT, TCPS_SYN_RECEIVED,
	TCPS_ESTABLISHED, TCPS_FIN_WAIT_1, TCPS_FIN_WAIT_2, TCPS_CLOSE_WAIT,
	TCPS_CLOSING, TCPS_LAST_ACK, TCPS_TIME_WAIT
};

/* Has the connection seen the other side's SYN (RFC 793's
 * "synchronized" states)? */
#define TCPS_HAVERCVDSYN(s)	((s) >= TCPS_SYN_RECEIVED)
/* Is our FIN sent or to be sent? */
#define TCPS_OURFIN(s)		((s) == TCPS_FIN_WAIT_1 || (s) == TCPS_FIN_WAIT_2 \
				|| (s) == TCPS_CLOSING || (s) == TCPS_LAST_ACK \
				|| (s) == TCPS_TIME_WAIT)
/* Has the other side's FIN come? */
#define TCPS_THEIRFIN(s)	((s) == TCPS_CLOSE_WAIT || (s) == TCPS_CLOSING \
				|| (s) == TCPS_LAST_ACK || (s) == TCPS_TIME_WAIT)

/* Sequence numbers compare modulo 2^32 (RFC 793 3.3). */
#define SEQ_LT(a, b)	((int32_t) ((a) - (b)) < 0)
#define SEQ_LEQ(a, b)	((int32_t) ((a) - (b)) <= 0)
#define SEQ_GT(a, b)	((int32_t) ((a) - (b)) > 0)
#define SEQ_GEQ(a, b)	((int32_t) ((a) - (b)) >= 0)
#define SEQ_MAX(a, b)	(SEQ_GT(a, b) ? (a) : (b))
#define SEQ_MIN(a, b)	(SEQ_LT(a, b) ? (a) : (b))

/* Times, in ticks. */
#define TCP_MSL		SECS(5)		/* see docs/net.md: only one hop */
#define TCP_RTO_INIT	SECS(1)		/* RFC 6298 2.1 */
#define TCP_RTO_MIN	MSECS(200)	/* see docs/net.md */
#define TCP_RTO_MAX	SECS(60)
#define TCP_DELACK	MSECS(100)	/* RFC 1122: under 500 ms */
#define TCP_PERSIST_MIN	SECS(1)
#define TCP_PERSIST_MAX	SECS(60)
#define TCP_KEEP_IDLE	SECS(7200)	/* RFC 1122: two hours at least */
#define TCP_KEEP_INTVL	SECS(75)
#define TCP_KEEP_COUNT	8
#define TCP_FIN2_TIME	SECS(60)	/* FIN_WAIT_2 with nobody reading */
#define TCP_MAXRXT	12		/* retransmissions before giving up */
#define TCP_MAXSYNRXT	6		/* ... of a SYN: about a minute */

#define TCP_MSS_DEFAULT	536		/* RFC 1122: without the option */
#define TCP_MAXWIN	65535		/* no window scaling */
#define TCP_BACKLOG_MAX	SOMAXCONN
#define TCP_BUF_MAX	(256 * 1024)

/* t_flags */
#define TF_ACKNOW	0x0001		/* send an ACK now */
#define TF_DELACK	0x0002		/* an ACK is owed, delayed */
#define TF_NODELAY	0x0004		/* TCP_NODELAY: no Nagle */
#define TF_NEEDFIN	0x0008		/* our FIN follows the data */
#define TF_SENTFIN	0x0010		/* our FIN has been sent */
#define TF_RCVDFIN	0x0020		/* their FIN is in */
#define TF_FORCE	0x0040		/* send one byte into a zero window */
#define TF_RECOVERY	0x0080		/* in fast recovery (RFC 5681 3.2) */
#define TF_TIMING	0x0100		/* a segment's round trip is timed */
#define TF_WASCONN	0x0200		/* was connected once (EPIPE) */
#define TF_KEEPALIVE	0x0400

/* A ring of bytes: the send buffer (from snd_una on) or the receive
 * buffer (what the program has not read). */
struct tcp_ring {
	uint8_t *r_data;
	size_t r_size;			/* room */
	size_t r_start;			/* the oldest byte */
	size_t r_len;			/* bytes in it */
};

/* A segment that came before its turn. */
struct tcp_seg {
	struct tcp_seg *sg_next;	/* by sequence number */
	uint32_t sg_seq;
	size_t sg_len;
	bool sg_fin;
	uint8_t sg_data[];
};

struct tcp_pcb {
	struct tcp_pcb *t_next;		/* every connection */
	struct sock *t_sock;		/* NULL: closed by its program */
	enum tcp_state t_state;
	ipaddr_t t_laddr, t_faddr;
	uint16_t t_lport, t_fport;	/* network order; 0: none */
	uint32_t t_flags;
	int t_softerr;			/* an ICMP error, if it times out */

	/* send sequence space (RFC 793 3.2) */
	uint32_t snd_una, snd_nxt, snd_max, snd_wnd, snd_wl1, snd_wl2, iss;
	uint32_t t_data_seq;		/* the first byte in t_snd */
	uint32_t t_max_sndwnd;		/* the largest window offered */
	uint16_t t_mss;			/* the largest segment we send */
	/* receive sequence space */
	uint32_t rcv_nxt, rcv_adv, irs;	/* rcv_adv: right edge offered */
	uint16_t t_ourmss;		/* what we announced */

	/* congestion control (RFC 5681, RFC 6582's recovery) */
	uint32_t cwnd, ssthresh, t_recover;
	int t_dupacks;

	/* round trips (RFC 6298), in ticks: srtt * 8, rttvar * 4 */
	int t_srtt, t_rttvar;
	uint32_t t_rto;			/* without backoff */
	int t_rxtshift;			/* backoff: retransmissions in a row */
	uint32_t t_rtseq, t_rtstart;	/* the segment timed, and when */
	int t_keepcnt;

	struct timer t_rexmt;		/* retransmission or persist */
	bool t_persist;			/* t_rexmt is the persist timer */
	struct timer t_delack;
	struct timer t_keep;		/* keepalive */
	struct timer t_2msl;		/* TIME_WAIT; FIN_WAIT_2 */

	struct tcp_ring t_snd;
	struct tcp_ring t_rcv;
	struct tcp_seg *t_ooo;		/* out-of-order segments */
	size_t t_ooo_bytes;

	/* listen */
	struct tcp_pcb *t_listener;	/* a new connection's, until
					 * accept takes it */
	struct tcp_pcb *t_qnext;	/* ... in its accept queue */
	struct tcp_pcb *t_acceptq;	/* a listener's established ones */
	int t_qlen;			/* ... and those still in the
					 * handshake */
	int t_backlog;
};

extern struct tcp_pcb *tcp_pcbs;

/* tcp_pcb.c */
struct tcp_pcb *tcp_pcb_new(void);
void tcp_pcb_free(struct tcp_pcb *tp);
int tcp_bufs(struct tcp_pcb *tp, size_t rcv, size_t snd);
struct tcp_pcb *tcp_lookup(ipaddr_t src, uint16_t sport, ipaddr_t dst,
	uint16_t dport, bool listeners);
struct tcp_pcb *tcp_lookup_listener(ipaddr_t dst, uint16_t dport);
int tcp_bind_port(struct tcp_pcb *tp, ipaddr_t laddr, uint16_t port,
	bool reuse);
int tcp_pick_port(struct tcp_pcb *tp);
uint32_t tcp_iss(const struct tcp_pcb *tp);
uint16_t tcp_mss_for(ipaddr_t faddr);
void tcp_set_state(struct tcp_pcb *tp, enum tcp_state state);
void tcp_queue_accept(struct tcp_pcb *l, struct tcp_pcb *tp);
void tcp_unqueue(struct tcp_pcb *tp);
void tcp_drop(struct tcp_pcb *tp, int err);
void tcp_closed(struct tcp_pcb *tp);
void tcp_established(struct tcp_pcb *tp);
const char *tcp_state_name(enum tcp_state s);

/* tcp_out.c */
void tcp_output(struct tcp_pcb *tp);
void tcp_send_ctl(struct tcp_pcb *tp, uint8_t flags, uint32_t seq);
void tcp_retransmit_first(struct tcp_pcb *tp);
void tcp_respond(ipaddr_t src, ipaddr_t dst, uint16_t sport, uint16_t dport,
	uint32_t seq, uint32_t ack, uint8_t flags);
uint32_t tcp_rcv_window(const struct tcp_pcb *tp);

/* tcp_timer.c */
void tcp_timer_rexmt_start(struct tcp_pcb *tp);
void tcp_timer_persist_start(struct tcp_pcb *tp);
void tcp_timer_delack(struct tcp_pcb *tp);
void tcp_timer_keep(struct tcp_pcb *tp);
void tcp_timer_2msl(struct tcp_pcb *tp, uint32_t ticks);
void tcp_timers_stop(struct tcp_pcb *tp);
void tcp_rtt_sample(struct tcp_pcb *tp, uint32_t ticks);
uint32_t tcp_rexmt_time(const struct tcp_pcb *tp);

/* tcp_buf.c */
int ring_alloc(struct tcp_ring *r, size_t size);
void ring_free(struct tcp_ring *r);
int ring_resize(struct tcp_ring *r, size_t size);
size_t ring_space(const struct tcp_ring *r);
size_t ring_put(struct tcp_ring *r, const uint8_t *data, size_t len);
int ring_put_user(struct tcp_ring *r, const struct sockdata *d, size_t off,
	size_t len);
void ring_copy(const struct tcp_ring *r, size_t off, uint8_t *dst,
	size_t len);
int ring_get_user(const struct tcp_ring *r, const struct sockdata *d,
	size_t len);
void ring_drop(struct tcp_ring *r, size_t len);
bool ooo_insert(struct tcp_pcb *tp, uint32_t seq, const uint8_t *data,
	size_t len, bool fin);
bool ooo_drain(struct tcp_pcb *tp);
void ooo_free(struct tcp_pcb *tp);

/* tcp_sock.c */
void tcp_wake(struct tcp_pcb *tp);
struct tcp_pcb *tcp_pcb_of(struct sock *s);

#endif

/*
 * nettest.h - what the files of nettest share: the client of a network
 * driver (client.c), the traffic it makes (traffic.c), ARP frames
 * (arp.c), and the cases (nettest.c, recover.c).
 */
#ifndef _NETTEST_H
#define _NETTEST_H

#include <stdbool.h>
#include <minix/syslib.h>
#include <minix/sef.h>
#include <minix/msg/net.h>

#define SECOND		100		/* ticks */
#define ANSWER_MAX	(5 * SECOND)	/* an answer later than that is lost */
#define MAX_PIECES	4		/* pieces nettest cuts a frame into */
#define FRAME_ROOM	(NDEV_FRAME_MAX + 16)	/* and too long ones */

/* One request: its message, its grants, its frame, its answer. */
struct req {
	bool r_busy;			/* sent, not yet released */
	bool r_answered;
	int r_type;			/* NDEV_SEND, NDEV_RECV, ... */
	uint32_t r_id;
	endpoint_t r_driver;		/* the instance it went to */
	int r_status;			/* the answer's */
	int r_pieces;
	struct iovec_s r_iov[MAX_PIECES];
	cp_grant_id_t r_vec_grant;
	uint8_t r_frame[FRAME_ROOM];
	struct ndev_stat r_stat;	/* NDEV_GETSTAT's */
	struct m_ndev_conf_reply r_conf;	/* NDEV_CONF's */
};

enum event {
	EV_REPLY,			/* a request was answered */
	EV_DRIVER_UP,			/* a new instance announced itself */
	EV_TIMEOUT,
};

/* client.c */
int nt_start(const char *label);
endpoint_t nt_driver(void);
int nt_lookup(void);
struct req *nt_conf(uint32_t mode);
struct req *nt_send(const void *frame, size_t len, int pieces);
struct req *nt_recv(int pieces, size_t room);
struct req *nt_getstat(void);
struct req *nt_raw(int type, cp_grant_id_t grant, uint32_t count);
int nt_send_to(endpoint_t ep, int type);
enum event nt_wait(uint32_t ticks, struct req **answered);
int nt_finish(struct req *r, uint32_t ticks);
void nt_release(struct req *r);
int nt_link_changes(void);
uint32_t nt_now(void);

/* traffic.c */
#define POSTED		4		/* receives kept waiting */
struct seen {				/* what the client saw */
	uint32_t sent, sent_bytes, send_errors;
	uint32_t frames, frame_bytes, recv_errors;
	uint32_t arp_replies, other_frames;
};
extern struct seen seen;
extern uint8_t mac[NDEV_HWADDR_LEN], gateway[NDEV_HWADDR_LEN];
extern bool have_gateway;
extern int nrx, ntx;			/* receives waiting, sends unanswered */
void collect(void);
void post_receives(int want);
void forget_old(void);
void send_arp(int pieces);
int arp_once(int pieces, uint32_t ticks);
int exchanges(int n, int *first_error);
int find_gateway(void);
int configure(struct m_ndev_conf_reply *rep);
int get_stats(struct ndev_stat *st);
int raw(int type, cp_grant_id_t grant, uint32_t count);

/* nettest.c */
void say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void result(const char *name, bool ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void print_mac(const char *what, const uint8_t *a);

/* recover.c */
void restart(void);
void stream(void);

/* arp.c */
#define ARP_FRAME	42		/* an Ethernet header and ARP for IPv4 */
size_t arp_request(uint8_t *frame, const uint8_t mac[NDEV_HWADDR_LEN]);
bool arp_is_gateway_reply(const uint8_t *frame, size_t len,
	const uint8_t mac[NDEV_HWADDR_LEN], uint8_t gw[NDEV_HWADDR_LEN]);

#endif

/*
 * harness.h - what INET's host tests share: checks, a clock the test
 * moves, and the packets INET sent (captured where IP would send them).
 */
#ifndef _INET_TEST_HARNESS_H
#define _INET_TEST_HARNESS_H

#include <stdio.h>
#include "inet.h"

extern int passed, failed;

#define CHECK(name, c) do { \
	if (c) { passed++; printf("ok %s\n", name); } \
	else { failed++; printf("FAIL %s: %s (line %d)\n", name, #c, \
	    __LINE__); } \
} while (0)

/* The clock: tests move it, and run what expired. */
extern uint32_t fake_now;
void advance(uint32_t ticks);

/* What ip_output() was given, oldest first. */
struct sent {
	struct sent *s_next;
	ipaddr_t s_src, s_dst;
	uint8_t s_proto;
	struct pkt *s_pkt;		/* the transport header and data */
};
struct sent *sent_get(void);		/* NULL: nothing (more) sent */
void sent_free(struct sent *s);
void sent_flush(void);
int sent_count(void);

/* What icmp_error() was asked to send. */
extern int icmp_errors;
extern uint8_t icmp_last_type, icmp_last_code;

/* ether_send() for ARP's tests. */
struct ether_sent {
	uint16_t type;
	uint8_t dst[ETH_ALEN];
	struct pkt *pkt;
};
extern struct ether_sent ether_log[64];
extern int ether_sent;

#endif

/*
 * harness.c - the world around the parts of INET under test: the
 * kernel's clock, IP's output (captured), the interfaces and routes a
 * test needs, ICMP errors (counted), Ethernet (captured), and the few
 * socket-layer and driver-library functions the protocols call.
 */
#include <stdlib.h>
#include "harness.h"
#include "sock.h"

int passed, failed;
uint32_t fake_now = 1000;
int icmp_errors;
uint8_t icmp_last_type, icmp_last_code;
struct ether_sent ether_log[64];
int ether_sent;

static struct sent *head, **tail = &head;
static struct iface eth = { .if_used = true, .if_name = "eth0",
	.if_flags = IFF_UP | IFF_RUNNING, .if_mtu = ETH_MTU };
static struct iface lo = { .if_used = true, .if_name = "lo",
	.if_flags = IFF_UP | IFF_RUNNING | IFF_LOOPBACK, .if_mtu = LO_MTU };
struct iface ifaces[NR_IFACES];

uint32_t clock_read(void);
void clock_alarm(uint32_t when);

uint32_t clock_read(void)
{
	return fake_now;
}

void clock_alarm(uint32_t when)
{
}

void advance(uint32_t ticks)
{
	while (ticks-- > 0) {
		fake_now++;
		clock_tick();
		timers_expire();
	}
}

int ip_output(struct pkt *p, ipaddr_t src, ipaddr_t dst, uint8_t proto,
	const struct ip_opts *o)
{
	struct sent *s = calloc(1, sizeof(*s));

	s->s_src = src;
	s->s_dst = dst;
	s->s_proto = proto;
	s->s_pkt = p;
	*tail = s;
	tail = &s->s_next;
	return OK;
}

struct sent *sent_get(void)
{
	struct sent *s = head;

	if (s != NULL && (head = s->s_next) == NULL)
		tail = &head;
	return s;
}

void sent_free(struct sent *s)
{
	pkt_free(s->s_pkt);
	free(s);
}

void sent_flush(void)
{
	struct sent *s;

	while ((s = sent_get()) != NULL)
		sent_free(s);
}

int sent_count(void)
{
	struct sent *s;
	int n = 0;

	for (s = head; s != NULL; s = s->s_next)
		n++;
	return n;
}

/* Addresses: ours is 10.0.0.1 (and 127/8). */
bool ip_is_mine(ipaddr_t a)
{
	return a == htonl(0x0A000001) || IN_LOOP(a);
}

bool ip_is_bcast(ipaddr_t a)
{
	return a == IP_BCAST || a == htonl(0x0A0000FF);
}

ipaddr_t ip_source(ipaddr_t dst)
{
	return IN_LOOP(dst) ? IP_LOOPBACK : htonl(0x0A000001);
}

struct iface *route_lookup(ipaddr_t dst, ipaddr_t *hop)
{
	*hop = dst;
	return &eth;
}

struct iface *loop_iface(void)
{
	return &lo;
}

void icmp_error(const uint8_t *iph, size_t len, uint8_t type, uint8_t code)
{
	icmp_errors++;
	icmp_last_type = type;
	icmp_last_code = code;
}

void ether_send(struct iface *ifp, struct pkt *p, const uint8_t *dst,
	uint16_t type)
{
	if (ether_sent < 64) {
		ether_log[ether_sent].type = type;
		memcpy(ether_log[ether_sent].dst, dst, ETH_ALEN);
		ether_log[ether_sent].pkt = p;
		ether_sent++;
	} else {
		pkt_free(p);
	}
}

uint32_t inet_random(void)
{
	static uint32_t x = 12345;

	x = x * 1103515245 + 12345;
	return x;
}

/* The socket layer, as far as TCP needs it. */
int sock_woken;

void sock_wake(struct sock *s)
{
	sock_woken++;
}

struct sock *sock_new(int type, int proto, uint32_t uid)
{
	struct sock *s = calloc(1, sizeof(*s));

	s->s_used = true;
	s->s_type = type;
	s->s_proto = proto;
	s->s_rcvbuf = s->s_sndbuf = 32768;
	return s;
}

void sock_set_error(struct sock *s, int err)
{
	s->s_error = err;
}

int sock_take_error(struct sock *s)
{
	int e = s->s_error;

	s->s_error = 0;
	return e;
}

int opt_int(const void *val, size_t len, int *out)
{
	if (len < sizeof(int))
		return -EINVAL;
	memcpy(out, val, sizeof(int));
	return OK;
}

int opt_put_int(void *val, size_t *len, int v)
{
	memcpy(val, &v, sizeof(int));
	*len = sizeof(int);
	return OK;
}

int sockdriver_copyin(const struct sockdriver_req *req, size_t off,
	void *buf, size_t len)
{
	return -EFAULT;
}

int sockdriver_copyout(const struct sockdriver_req *req, size_t off,
	const void *buf, size_t len)
{
	return -EFAULT;
}

const char *ip_ntoa(ipaddr_t a)
{
	static char buf[4][16];
	static int next;
	const uint8_t *b = (const uint8_t *) &a;
	char *s = buf[next++ % 4];

	snprintf(s, 16, "%u.%u.%u.%u", b[0], b[1], b[2], b[3]);
	return s;
}

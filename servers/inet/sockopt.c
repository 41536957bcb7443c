/*
 * sockopt.c - socket options every socket has (SOL_SOCKET, IPPROTO_IP)
 * and the ioctls; a protocol's own options (TCP_NODELAY) are its
 * so_setopt's and so_getopt's, which also hear of SOL_SOCKET changes
 * that concern them (SO_KEEPALIVE, the buffer sizes).
 *
 * Entry points: sockopt_set, sockopt_get, sock_ioctl, opt_int,
 * opt_put_int.
 */
#include <sys/time.h>
#include <sys/sockio.h>
#include "sock.h"

#define BUF_MIN		512
#define BUF_MAX		(256 * 1024)
#define US_PER_SEC	1000000

/* Is name one of the boolean options (a single SO_* bit)? */
static bool bool_opt(int name)
{
	return name > 0 && (name & (name - 1)) == 0
		&& (name & ~SOCK_BOOL_OPTS) == 0;
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
	if (*len < sizeof(int))
		return -EINVAL;
	memcpy(val, &v, sizeof(int));
	*len = sizeof(int);
	return OK;
}

static int set_timeo(uint32_t *ticks, const void *val, size_t len)
{
	struct timeval tv;

	if (len < sizeof(tv))
		return -EINVAL;
	memcpy(&tv, val, sizeof(tv));
	if (tv.tv_sec < 0 || tv.tv_usec < 0 || tv.tv_usec >= US_PER_SEC)
		return -EDOM;
	if (tv.tv_sec > 1000000)
		return -EDOM;
	*ticks = (uint32_t) tv.tv_sec * HZ
		+ ((uint32_t) tv.tv_usec * HZ + US_PER_SEC - 1) / US_PER_SEC;
	return OK;
}

static int get_timeo(uint32_t ticks, void *val, size_t *len)
{
	struct timeval tv;

	if (*len < sizeof(tv))
		return -EINVAL;
	tv.tv_sec = ticks / HZ;
	tv.tv_usec = (long) (ticks % HZ) * (US_PER_SEC / HZ);
	memcpy(val, &tv, sizeof(tv));
	*len = sizeof(tv);
	return OK;
}

/* The protocol hears of a SOL_SOCKET change; it may refuse it. */
static int tell_proto(struct sock *s, int name, const void *val, size_t len)
{
	int r = s->s_ops->so_setopt(s, SOL_SOCKET, name, val, len);

	return r == -ENOPROTOOPT ? OK : r;
}

static int set_socket(struct sock *s, int name, const void *val, size_t len)
{
	int v, r;

	if (bool_opt(name)) {
		if ((r = opt_int(val, len, &v)) != OK)
			return r;
		s->s_opts = v ? (s->s_opts | name) : (s->s_opts & ~name);
		return tell_proto(s, name, val, len);
	}
	switch (name) {
	case SO_SNDBUF:
	case SO_RCVBUF:
		if ((r = opt_int(val, len, &v)) != OK)
			return r;
		if (v < 0)
			return -EINVAL;
		v = v < BUF_MIN ? BUF_MIN : v > BUF_MAX ? BUF_MAX : v;
		*(name == SO_SNDBUF ? &s->s_sndbuf : &s->s_rcvbuf) = v;
		return tell_proto(s, name, val, len);
	case SO_LINGER:
		if (len < sizeof(struct linger))
			return -EINVAL;
		memcpy(&s->s_linger, val, sizeof(struct linger));
		return OK;
	case SO_RCVTIMEO:
		return set_timeo(&s->s_rcvtimeo, val, len);
	case SO_SNDTIMEO:
		return set_timeo(&s->s_sndtimeo, val, len);
	}
	return -ENOPROTOOPT;
}

static int get_socket(struct sock *s, int name, void *val, size_t *len)
{
	int r;

	if (bool_opt(name))
		return opt_put_int(val, len, (s->s_opts & name) != 0);
	switch (name) {
	case SO_SNDBUF:	return opt_put_int(val, len, (int) s->s_sndbuf);
	case SO_RCVBUF:	return opt_put_int(val, len, (int) s->s_rcvbuf);
	case SO_ERROR:	return opt_put_int(val, len, sock_take_error(s));
	case SO_TYPE:	return opt_put_int(val, len, s->s_type);
	case SO_RCVTIMEO: return get_timeo(s->s_rcvtimeo, val, len);
	case SO_SNDTIMEO: return get_timeo(s->s_sndtimeo, val, len);
	case SO_ACCEPTCONN:
		r = s->s_ops->so_getopt(s, SOL_SOCKET, name, val, len);
		return r == -ENOPROTOOPT ? opt_put_int(val, len, 0) : r;
	case SO_LINGER:
		if (*len < sizeof(struct linger))
			return -EINVAL;
		memcpy(val, &s->s_linger, sizeof(struct linger));
		*len = sizeof(struct linger);
		return OK;
	}
	return -ENOPROTOOPT;
}

static int set_ip(struct sock *s, int name, const void *val, size_t len)
{
	int v, r;

	if ((r = opt_int(val, len, &v)) != OK)
		return r;
	switch (name) {
	case IP_TTL:
		if (v < 1 || v > 255)
			return -EINVAL;
		s->s_ip.io_ttl = (uint8_t) v;
		return OK;
	case IP_TOS:
		if (v < 0 || v > 255)
			return -EINVAL;
		s->s_ip.io_tos = (uint8_t) v;
		return OK;
	case IP_HDRINCL:
		if (s->s_type != SOCK_RAW)
			return -ENOPROTOOPT;
		s->s_hdrincl = v != 0;
		return OK;
	}
	return -ENOPROTOOPT;
}

static int get_ip(struct sock *s, int name, void *val, size_t *len)
{
	switch (name) {
	case IP_TTL:
		return opt_put_int(val, len, s->s_ip.io_ttl != 0
			? s->s_ip.io_ttl : IP_TTL_DEFAULT);
	case IP_TOS:
		return opt_put_int(val, len, s->s_ip.io_tos);
	case IP_HDRINCL:
		if (s->s_type != SOCK_RAW)
			return -ENOPROTOOPT;
		return opt_put_int(val, len, s->s_hdrincl);
	}
	return -ENOPROTOOPT;
}

int sockopt_set(struct sock *s, int level, int name, const void *val,
	size_t len)
{
	if (level == SOL_SOCKET)
		return set_socket(s, name, val, len);
	if (level == IPPROTO_IP)
		return set_ip(s, name, val, len);
	return s->s_ops->so_setopt(s, level, name, val, len);
}

int sockopt_get(struct sock *s, int level, int name, void *val,
	size_t *len)
{
	if (level == SOL_SOCKET)
		return get_socket(s, name, val, len);
	if (level == IPPROTO_IP)
		return get_ip(s, name, val, len);
	return s->s_ops->so_getopt(s, level, name, val, len);
}

static int ioctl_ifinfo(const struct sockdriver_req *req)
{
	struct ifinfo ifi;
	int r;

	if ((r = sockdriver_copyin(req, 0, &ifi, sizeof(ifi))) != OK)
		return r;
	if ((r = ifconf_get(&ifi)) != OK)
		return r;
	return sockdriver_copyout(req, 0, &ifi, sizeof(ifi));
}

static int ioctl_ifset(const struct sockdriver_req *req)
{
	struct ifset ifs;
	int r;

	if ((r = sockdriver_copyin(req, 0, &ifs, sizeof(ifs))) != OK)
		return r;
	return ifconf_set(&ifs, req->sr_uid);
}

static int ioctl_pcbinfo(const struct sockdriver_req *req)
{
	struct pcbinfo pi;
	int r;

	if ((r = sockdriver_copyin(req, 0, &pi, sizeof(pi))) != OK)
		return r;
	if ((r = pcbinfo_get(&pi)) != OK)
		return r;
	return sockdriver_copyout(req, 0, &pi, sizeof(pi));
}

int sock_ioctl(struct sock *s, const struct sockdriver_req *req)
{
	int n;

	switch ((uint32_t) req->sr_param) {
	case FIONREAD:
		n = (int) s->s_ops->so_nread(s);
		return sockdriver_copyout(req, 0, &n, sizeof(n));
	case SIOCGIFINFO:
		return ioctl_ifinfo(req);
	case SIOCSIFINFO:
		return ioctl_ifset(req);
	case SIOCGPCBINFO:
		return ioctl_pcbinfo(req);
	}
	return -ENOTTY;
}

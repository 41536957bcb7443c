/*
 * data.c - copying between the driver's buffers and a client's frame:
 * each part of the run that falls in one piece of the vector is one
 * safecopy through that piece's grant.
 *
 * Entry points: netdriver_copyin(), netdriver_copyout().
 */
#include <minix/syslib.h>
#include "netdriver_impl.h"

struct copy {
	endpoint_t owner;
	char *buf;
	bool out;		/* to the client */
};

static int copy_part(cp_grant_id_t grant, size_t grant_off, size_t buf_off,
	size_t len, void *ctx)
{
	struct copy *c = ctx;

	if (c->out)
		return sys_safecopyto(c->owner, grant, grant_off,
			c->buf + buf_off, len);
	return sys_safecopyfrom(c->owner, grant, grant_off, c->buf + buf_off,
		len);
}

/* Bytes [off, off+len) of the client's frame into buf. */
int netdriver_copyin(const struct netdriver_data *data, size_t off,
	void *buf, size_t len)
{
	struct copy c = { data->nd_owner, buf, false };

	return ndev_iov_walk(data->nd_iov, data->nd_count, off, len, copy_part,
		&c);
}

/* buf into bytes [off, off+len) of the client's frame. */
int netdriver_copyout(const struct netdriver_data *data, size_t off,
	const void *buf, size_t len)
{
	struct copy c = { data->nd_owner, (char *) buf, true };

	return ndev_iov_walk(data->nd_iov, data->nd_count, off, len, copy_part,
		&c);
}

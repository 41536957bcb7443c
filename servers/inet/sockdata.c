/*
 * sockdata.c - the bytes of a send or a recv, in the user's buffer
 * behind a request's grant (the host tests give plain memory instead).
 *
 * Entry points: sockdata_in, sockdata_out.
 */
#include "sock.h"

int sockdata_in(const struct sockdata *d, size_t off, void *buf, size_t len)
{
	if (d->sd_mem != NULL) {
		memcpy(buf, d->sd_mem + d->sd_off + off, len);
		return OK;
	}
	return sockdriver_copyin(d->sd_req, d->sd_off + off, buf, len);
}

int sockdata_out(const struct sockdata *d, size_t off, const void *buf,
	size_t len)
{
	if (d->sd_mem != NULL) {
		memcpy(d->sd_mem + d->sd_off + off, buf, len);
		return OK;
	}
	return sockdriver_copyout(d->sd_req, d->sd_off + off, buf, len);
}

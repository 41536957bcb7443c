/*
 * iovec.c - a client's I/O vector: the pieces (grant, size) one frame is
 * gathered from or scattered into.
 *
 * ndev_iov_check() decides whether a vector is acceptable at all;
 * ndev_iov_walk() cuts a run of the frame's bytes into the parts that
 * fall in each piece.  Pure logic: the copying is the caller's (data.c).
 *
 * Entry points: ndev_iov_check(), ndev_iov_walk().
 */
#include <errno.h>
#include "netdriver_impl.h"

#define IOV_TOTAL_MAX	0x7FFFFFFFu	/* more than any frame, fits ssize_t */

/* 1 to NDEV_IOV_MAX pieces; their total, in *total, must fit a size. */
int ndev_iov_check(const struct iovec_s *iov, uint32_t count, size_t *total)
{
	uint64_t sum = 0;
	uint32_t i;

	if (count == 0 || count > NDEV_IOV_MAX)
		return -EINVAL;
	for (i = 0; i < count; i++)
		sum += iov[i].iov_size;
	if (sum > IOV_TOTAL_MAX)
		return -EINVAL;
	*total = (size_t) sum;
	return OK;
}

/* Call fn for each part of the bytes [off, off+len) of the vector: the
 * piece's grant, where in the piece, where in the run, how many.  Stops
 * at fn's first error; -EINVAL if the run goes past the vector's end. */
int ndev_iov_walk(const struct iovec_s *iov, uint32_t count, size_t off,
	size_t len, ndev_iov_fn fn, void *ctx)
{
	size_t done = 0, n;
	uint32_t i;
	int r;

	for (i = 0; i < count && done < len; i++) {
		if (off >= iov[i].iov_size) {
			off -= iov[i].iov_size;
			continue;
		}
		n = iov[i].iov_size - off;
		if (n > len - done)
			n = len - done;
		if ((r = fn(iov[i].iov_grant, off, done, n, ctx)) != OK)
			return r;
		done += n;
		off = 0;
	}
	return done == len ? OK : -EINVAL;
}

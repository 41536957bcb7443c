/*
 * uio.c - readv() and writev().
 *
 * VFS moves one buffer per call, so the vector is gathered into one
 * buffer and written with one write() (and read likewise, then
 * scattered): a writev() of at most PIPE_BUF bytes to a pipe stays in
 * one piece, as it must.  If there is no memory for the buffer, the
 * pieces go one call each.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/uio.h>

/* The bytes the vector holds, or -1 (EINVAL) for a bad vector. */
static ssize_t total(const struct iovec *iov, int iovcnt)
{
	size_t sum = 0;

	if (iovcnt <= 0 || iovcnt > IOV_MAX)
		goto bad;
	for (int i = 0; i < iovcnt; i++) {
		if (iov[i].iov_len > (size_t) SSIZE_MAX - sum)
			goto bad;
		sum += iov[i].iov_len;
	}
	return (ssize_t) sum;
bad:
	errno = EINVAL;
	return -1;
}

/* One call per piece, stopping at the first short one. */
static ssize_t piecewise(int fd, const struct iovec *iov, int iovcnt,
    int write_it)
{
	ssize_t done = 0, r;

	for (int i = 0; i < iovcnt; i++) {
		r = write_it ? write(fd, iov[i].iov_base, iov[i].iov_len)
		    : read(fd, iov[i].iov_base, iov[i].iov_len);
		if (r < 0)
			return done > 0 ? done : -1;
		done += r;
		if ((size_t) r < iov[i].iov_len)
			break;
	}
	return done;
}

ssize_t writev(int fd, const struct iovec *iov, int iovcnt)
{
	ssize_t n = total(iov, iovcnt), r;
	char *buf, *p;

	if (n < 0)
		return -1;
	if ((buf = malloc(n > 0 ? (size_t) n : 1)) == NULL)
		return piecewise(fd, iov, iovcnt, 1);
	p = buf;
	for (int i = 0; i < iovcnt; i++) {
		memcpy(p, iov[i].iov_base, iov[i].iov_len);
		p += iov[i].iov_len;
	}
	r = write(fd, buf, (size_t) n);
	free(buf);
	return r;
}

ssize_t readv(int fd, const struct iovec *iov, int iovcnt)
{
	ssize_t n = total(iov, iovcnt), r, left;
	char *buf, *p;

	if (n < 0)
		return -1;
	if ((buf = malloc(n > 0 ? (size_t) n : 1)) == NULL)
		return piecewise(fd, iov, iovcnt, 0);
	r = read(fd, buf, (size_t) n);
	p = buf;
	for (int i = 0; i < iovcnt && r > 0 && (left = r - (p - buf)) > 0;
	    i++) {
		size_t k = iov[i].iov_len < (size_t) left ? iov[i].iov_len
		    : (size_t) left;
		memcpy(iov[i].iov_base, p, k);
		p += k;
	}
	free(buf);
	return r;
}

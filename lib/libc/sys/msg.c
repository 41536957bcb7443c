/*
 * msg.c - sendmsg and recvmsg, on top of the calls with one buffer: the
 * pieces are gathered into (or scattered from) one buffer, so a datagram
 * stays one datagram.  No control data is passed.  (readv and writev:
 * uio.c.)
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/socket.h>
#include "syscall.h"

/* The bytes in count pieces; -1 (EINVAL) if they are too many. */
static ssize_t total(const struct iovec *iov, int count)
{
	size_t sum = 0;
	int i;

	if (count < 0 || count > IOV_MAX) {
		errno = EINVAL;
		return -1;
	}
	for (i = 0; i < count; i++) {
		if (iov[i].iov_len > 0x7FFFFFFF - sum) {
			errno = EINVAL;
			return -1;
		}
		sum += iov[i].iov_len;
	}
	return (ssize_t) sum;
}

static void gather(char *buf, const struct iovec *iov, int count)
{
	int i;

	for (i = 0; i < count; i++) {
		memcpy(buf, iov[i].iov_base, iov[i].iov_len);
		buf += iov[i].iov_len;
	}
}

static void scatter(const char *buf, size_t n, const struct iovec *iov,
	int count)
{
	size_t k;
	int i;

	for (i = 0; i < count && n > 0; i++) {
		k = n < iov[i].iov_len ? n : iov[i].iov_len;
		memcpy(iov[i].iov_base, buf, k);
		buf += k;
		n -= k;
	}
}

ssize_t sendmsg(int fd, const struct msghdr *msg, int flags)
{
	ssize_t n = total(msg->msg_iov, msg->msg_iovlen), r;
	char *buf;

	if (n < 0)
		return -1;
	if ((buf = malloc(n > 0 ? n : 1)) == NULL)
		return -1;
	gather(buf, msg->msg_iov, msg->msg_iovlen);
	r = sendto(fd, buf, n, flags, msg->msg_name, msg->msg_namelen);
	free(buf);
	return r;
}

ssize_t recvmsg(int fd, struct msghdr *msg, int flags)
{
	ssize_t n = total(msg->msg_iov, msg->msg_iovlen), r;
	socklen_t len = msg->msg_namelen;
	char *buf;

	if (n < 0)
		return -1;
	if ((buf = malloc(n > 0 ? n : 1)) == NULL)
		return -1;
	r = recvfrom(fd, buf, n, flags, msg->msg_name,
		msg->msg_name != NULL ? &len : NULL);
	if (r >= 0) {
		scatter(buf, r, msg->msg_iov, msg->msg_iovlen);
		msg->msg_namelen = len;
		msg->msg_controllen = 0;
		msg->msg_flags = 0;
	}
	free(buf);
	return r;
}

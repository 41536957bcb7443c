/*
 * poll.h - poll(2): wait until some descriptors are ready.
 *
 * VFS does the work with the machinery of select(2) (docs/select.md), so
 * poll works on every kind of descriptor: files, pipes, terminals,
 * devices and sockets.
 */
#ifndef _POLL_H
#define _POLL_H

struct pollfd {
	int fd;				/* negative: ignored */
	short events;			/* asked */
	short revents;			/* answered */
};

typedef unsigned int nfds_t;

#define POLLIN		0x0001		/* data to read (or end of file) */
#define POLLPRI		0x0002		/* an exceptional condition */
#define POLLOUT		0x0004		/* a write would not wait */
#define POLLERR		0x0008		/* an error (always reported) */
#define POLLHUP		0x0010		/* hung up (always reported) */
#define POLLNVAL	0x0020		/* fd is not open (always reported) */
#define POLLRDNORM	0x0040		/* as POLLIN */
#define POLLRDBAND	0x0080		/* as POLLPRI */
#define POLLWRNORM	0x0100		/* as POLLOUT */
#define POLLWRBAND	0x0200		/* as POLLOUT */

/* Returns the number of entries with revents set, 0 after the timeout
 * (milliseconds; negative waits forever), or -1 with errno. */
int poll(struct pollfd *fds, nfds_t nfds, int timeout);

#endif

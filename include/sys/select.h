/*
 * sys/select.h - select(2): wait until one of some descriptors is ready
 * to read, to write, or has an exceptional condition.
 *
 * An fd_set holds one bit per descriptor, FD_SETSIZE of them: as many as
 * a process may have open (VFS's OPEN_MAX), so every descriptor fits.
 */
#ifndef _SYS_SELECT_H
#define _SYS_SELECT_H

#include <limits.h>
#include <sys/types.h>
#include <sys/time.h>

#define FD_SETSIZE	OPEN_MAX
#define _FD_WORDBITS	32
#define _FD_WORDS	((FD_SETSIZE + _FD_WORDBITS - 1) / _FD_WORDBITS)

typedef struct {
	unsigned int fds_bits[_FD_WORDS];
} fd_set;

#define _FD_WORD(fd)	((unsigned) (fd) / _FD_WORDBITS)
#define _FD_MASK(fd)	(1u << ((unsigned) (fd) % _FD_WORDBITS))

#define FD_ZERO(set)	do {					\
		fd_set *_fz = (set);				\
		for (int _fi = 0; _fi < _FD_WORDS; _fi++)	\
			_fz->fds_bits[_fi] = 0;			\
	} while (0)
#define FD_SET(fd, set)	((set)->fds_bits[_FD_WORD(fd)] |= _FD_MASK(fd))
#define FD_CLR(fd, set)	((set)->fds_bits[_FD_WORD(fd)] &= ~_FD_MASK(fd))
#define FD_ISSET(fd, set) \
	(((set)->fds_bits[_FD_WORD(fd)] & _FD_MASK(fd)) != 0)

/* Returns how many bits are set in the three sets, which then hold only
 * the ready descriptors (none after a timeout); -1 with errno on error
 * (the sets are then left as they were).  timeout NULL waits forever;
 * a zero timeout only looks. */
int select(int nfds, fd_set *readfds, fd_set *writefds, fd_set *exceptfds,
	struct timeval *timeout);

#endif

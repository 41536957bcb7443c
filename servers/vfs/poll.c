/*
 * poll.c - poll(2): select(2)'s engine (select.c) with an array of
 * struct pollfd for the question and the answer.
 *
 * Each entry's events become ops on its descriptor (POLLIN: read,
 * POLLOUT: write, POLLPRI: an exceptional condition); an entry with a
 * negative fd is ignored, one whose fd is not open is answered POLLNVAL
 * (not an error: poll goes on).  Several entries may name one
 * descriptor.  POLLHUP (a pipe with no writer left, a socket whose peer
 * is gone) and POLLERR (a pipe with no reader left, a socket with an
 * error) are reported whether asked or not; POLLHUP and POLLOUT never
 * together.  The result is the number of entries with something in
 * revents.
 *
 * Entry points: do_poll, poll_copy_out.
 */
#include <string.h>
#include "select.h"

#define MS_PER_SEC	1000

/* What events ask of a descriptor, as select's ops. */
static unsigned poll_ops(short events)
{
	unsigned ops = 0;

	if (events & (POLLIN | POLLRDNORM))
		ops |= SEL_RD;
	if (events & (POLLOUT | POLLWRNORM | POLLWRBAND))
		ops |= SEL_WR;
	if (events & (POLLPRI | POLLRDBAND))
		ops |= SEL_ERR;
	return ops;
}

/* Note what entry i asks (or that its fd is not open). */
static void ask_entry(struct selectentry *se, struct pollfd *p)
{
	unsigned ops = poll_ops(p->events);
	struct filp *f;

	if (p->fd < 0)
		return;
	if ((f = get_filp(fp, p->fd)) == NULL) {
		se->se_nready++;		/* POLLNVAL */
		return;
	}
	se->se_filp[p->fd] = f;
	if (ops & SEL_RD)
		FD_SET(p->fd, &se->se_want[0]);
	if (ops & SEL_WR)
		FD_SET(p->fd, &se->se_want[1]);
	if (ops & SEL_ERR)
		FD_SET(p->fd, &se->se_want[2]);
}

int do_poll(void)
{
	const struct m_vfs_poll *a = &m_in.m_vfs_poll;
	struct selectentry *se;
	int64_t ticks;
	uint32_t i;

	if (a->nfds > OPEN_MAX)
		return -EINVAL;
	se = select_entry(fp);
	se->se_poll = true;
	se->se_nfds = OPEN_MAX;
	se->se_pollfds = a->fds;
	se->se_npoll = a->nfds;
	if (a->nfds > 0 && sys_vircopy(fp->fp_endpoint, a->fds, SELF,
	    (vir_bytes) se->se_pfd, a->nfds * sizeof(struct pollfd)) != OK)
		return -EFAULT;
	for (i = 0; i < a->nfds; i++)
		ask_entry(se, &se->se_pfd[i]);
	ticks = a->timeout < 0 ? -1 : ((int64_t) a->timeout * HZ
		+ MS_PER_SEC - 1) / MS_PER_SEC;
	return select_run(se, ticks);
}

/* What entry p gets back. */
static short revents(const struct selectentry *se, const struct pollfd *p)
{
	short ev = p->events, r = 0;
	int fd = p->fd;

	if (fd < 0)
		return 0;
	if (fd >= OPEN_MAX || se->se_filp[fd] == NULL)
		return POLLNVAL;		/* as ask_entry found */
	if (FD_ISSET(fd, &se->se_ready[0]))
		r |= ev & (POLLIN | POLLRDNORM);
	if (FD_ISSET(fd, &se->se_ready[1]))
		r |= ev & (POLLOUT | POLLWRNORM | POLLWRBAND);
	if (FD_ISSET(fd, &se->se_ready[2]))
		r |= ev & (POLLPRI | POLLRDBAND);
	if (se->se_extra[fd] & SEL_HUP)
		r = (r & ~(POLLOUT | POLLWRNORM | POLLWRBAND)) | POLLHUP;
	if (se->se_extra[fd] & SEL_ERROR)
		r |= POLLERR;
	return r;
}

/* The answer: every entry's revents; returns the entries with some. */
int poll_copy_out(struct selectentry *se)
{
	uint32_t i;
	int n = 0;

	for (i = 0; i < se->se_npoll; i++) {
		se->se_pfd[i].revents = revents(se, &se->se_pfd[i]);
		if (se->se_pfd[i].revents != 0)
			n++;
	}
	if (se->se_npoll > 0 && sys_vircopy(SELF, (vir_bytes) se->se_pfd,
	    se->se_fp->fp_endpoint, se->se_pollfds,
	    se->se_npoll * sizeof(struct pollfd)) != OK)
		return -EFAULT;
	return n;
}

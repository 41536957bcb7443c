/*
 * select.h - what select.c shares with poll.c: one engine, two formats.
 *
 * A select or poll is an entry in selecttab, at its caller's slot: the
 * ops asked for each descriptor (three fd_sets), what was found ready,
 * and what each descriptor's driver was asked.  select(2) reads and
 * writes the caller's fd_sets; poll(2) its array of struct pollfd.
 */
#ifndef _VFS_SELECT_H
#define _VFS_SELECT_H

#include <sys/select.h>
#include <poll.h>
#include "vfs.h"

#define NR_SETS		3		/* read, write, except */

/* Answered besides the asked ops (poll's POLLHUP, POLLERR): the same
 * bits as the socket protocol's. */
#define SEL_HUP		SDEV_OP_HUP
#define SEL_ERROR	SDEV_OP_ERROR

struct selectentry {
	struct fproc *se_fp;		/* the caller; NULL: slot free */
	int se_nfds;			/* descriptors below it are asked */
	vir_bytes se_addr[NR_SETS];	/* select: the caller's sets */
	fd_set se_want[NR_SETS];	/* what was asked */
	fd_set se_ready[NR_SETS];	/* the answer so far */
	int se_nready;			/* bits in se_ready, and descriptors
					 * with se_extra or POLLNVAL */
	uint8_t se_extra[OPEN_MAX];	/* SEL_HUP, SEL_ERROR found */
	struct filp *se_filp[OPEN_MAX];	/* NULL: fd not watched */
	dev_t se_dev[OPEN_MAX];		/* character devices: which; sockets:
					 * the driver's id */
	endpoint_t se_driver[OPEN_MAX];	/* ... and who was asked; NONE */
	uint64_t se_asking;		/* fds whose answer is due */
	uint16_t se_gen;		/* tells this select's answers from
					 * those of earlier ones in the slot */
	bool se_block;			/* the caller may wait */
	bool se_waiting;		/* ... and does (suspended) */
	uint32_t se_deadline;		/* tick to give up at; 0: never */
	bool se_poll;			/* poll(2): the entries below */
	vir_bytes se_pollfds;		/* the caller's struct pollfd[] */
	uint32_t se_npoll;
	struct pollfd se_pfd[OPEN_MAX];
};

struct selectentry *select_entry(struct fproc *rfp);
int select_run(struct selectentry *se, int64_t ticks);
void select_mark(struct selectentry *se, int fd, unsigned ops);
void select_mark_extra(struct selectentry *se, int fd, unsigned bits);
int poll_copy_out(struct selectentry *se);

#endif

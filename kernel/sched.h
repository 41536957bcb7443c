/*
 * sched.h - the ready queues (sched.c), and the two steps of them every
 * IPC round trip takes, inline: choosing the next process and the
 * hand-off from a process that blocks to the one it wakes.
 */
#ifndef _SCHED_H
#define _SCHED_H

extern struct proc *rdy_head[NR_SCHED_QUEUES];	/* each queue's first, */
extern struct proc *rdy_tail[NR_SCHED_QUEUES];	/* and last */
extern uint32_t rdy_queues;			/* bit q: queue q not empty */

/* The queue p sits in: its priority, less what it was demoted for
 * quanta used up without blocking (sched.c). */
static inline int queue_of(const struct proc *p)
{
	return p->p_priority + p->p_demoted;
}

/* The process to run next, or NULL when only IDLE can: the head of the
 * most urgent queue that is not empty (the lowest bit of rdy_queues). */
static inline struct proc *pick_proc(void)
{
	if (rdy_queues == 0)
		return NULL;
	return rdy_head[__builtin_ctz(rdy_queues)];
}

/* The IPC hand-off: from, the running process, blocks for flag, and to,
 * blocked for flag alone, becomes runnable.  The queues end exactly as
 * rts_set(from, flag) and rts_unset(to, flag) would leave them (from,
 * blocked, is no longer demoted), in a few steps instead of a walk:
 * from is the head of its queue (the
 * running process always is; the general way is kept for safety), and
 * to goes to the tail of its own.  The next pick_proc() then finds to,
 * unless a more urgent queue or one before it in its own holds others,
 * who keep their turn. */
static inline void sched_handoff(struct proc *from, uint32_t flag,
	struct proc *to)
{
	int qf = queue_of(from), qt = queue_of(to);

	if (rdy_head[qf] != from || from->p_rts_flags != 0
	    || to->p_rts_flags != flag) {
		rts_set(from, flag);
		rts_unset(to, flag);
		return;
	}
	from->p_rts_flags = flag;
	from->p_demoted = 0;
	if ((rdy_head[qf] = from->p_nextready) == NULL) {
		rdy_tail[qf] = NULL;
		rdy_queues &= ~(1u << qf);
	}
	from->p_nextready = NULL;
	to->p_rts_flags = 0;
	to->p_nextready = NULL;
	if (rdy_head[qt] == NULL)
		rdy_head[qt] = to;
	else
		rdy_tail[qt]->p_nextready = to;
	rdy_tail[qt] = to;
	rdy_queues |= 1u << qt;
}

#endif

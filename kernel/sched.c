/*
 * sched.c - the ready queues.
 *
 * NR_SCHED_QUEUES queues, 0 the most urgent.  A runnable process sits in
 * the queue of its priority; the running one stays at the head of its
 * queue until it blocks or its quantum ends, when it moves to the tail
 * (round robin within a queue).  Higher queues always win (preemption).
 * IDLE is never queued: it runs when every queue is empty.
 *
 * A service that uses up its quantum without blocking, and without
 * receiving a message either, moves one queue down for each
 * (p_demoted), to DEMOTE_FLOOR at most, and back to its own as soon as
 * it blocks or receives: a driver caught in a loop (a fault in its
 * message loop, a receive that fails at once for ever) would otherwise
 * hold the CPU above RS, whose heartbeat is what ends it, and above the
 * file system and everyone else.  Below all servers, above programs.
 * One that is only busy (a network driver under a stream, whose receive
 * always finds the next message waiting) keeps its place: sunk below
 * INET, it would fall behind what INET sends it.
 *
 * The load averages are the number of runnable processes, sampled
 * every LOAD_TICKS and smoothed over 1, 5 and 15 minutes as Unix
 * systems do: avg = avg * e + n * (1 - e), e = exp(-5 s / period).
 *
 * pick_proc() and the IPC hand-off, sched_handoff(), are inline in
 * sched.h: every IPC round trip takes them twice.
 *
 * Entry points: enqueue(), dequeue(), proc_no_time(),
 * rts_set(), rts_unset(), sched_set_priority(), sched_sample_load(),
 * load_avg.
 */
#include "kernel.h"

uint32_t load_avg[3];		/* 1, 5, 15 minutes; LOAD_SCALE is 1.0 */

struct proc *rdy_head[NR_SCHED_QUEUES];
struct proc *rdy_tail[NR_SCHED_QUEUES];
uint32_t rdy_queues;		/* bit q: queue q is not empty */

_Static_assert(NR_SCHED_QUEUES <= 32, "rdy_queues has a bit per queue");

#define DEMOTE_FLOOR	(USER_Q - 1)

void enqueue(struct proc *p)
{
	int q = queue_of(p);

	KASSERT(proc_is_runnable(p) && q >= 0 && q < NR_SCHED_QUEUES);
	p->p_nextready = NULL;
	if (rdy_head[q] == NULL)
		rdy_head[q] = p;
	else
		rdy_tail[q]->p_nextready = p;
	rdy_tail[q] = p;
	rdy_queues |= 1u << q;
}

void dequeue(struct proc *p)
{
	int q = queue_of(p);
	struct proc **xpp, *prev = NULL;

	for (xpp = &rdy_head[q]; *xpp != NULL; xpp = &(*xpp)->p_nextready) {
		if (*xpp == p) {
			*xpp = p->p_nextready;
			if (rdy_tail[q] == p)
				rdy_tail[q] = prev;
			if (rdy_head[q] == NULL)
				rdy_queues &= ~(1u << q);
			p->p_nextready = NULL;
			return;
		}
		prev = *xpp;
	}
	panic("dequeue: %s not in queue %d", p->p_name, q);
}

/* p used up its quantum: refill it and let the others of its queue go;
 * a service goes a queue down (see the top). */
void proc_no_time(struct proc *p)
{
	bool busy = (p->p_misc_flags & MF_RECEIVED) != 0;
	bool demote = !busy && (p->p_priv->s_flags & PRIV_SYS_PROC)
		&& queue_of(p) < DEMOTE_FLOOR;

	p->p_misc_flags &= ~MF_RECEIVED;
	p->p_ticks_left = p->p_quantum;
	if (busy && p->p_demoted > 0 && proc_is_runnable(p)) {
		dequeue(p);		/* working again: back to its queue */
		p->p_demoted = 0;
		enqueue(p);
		return;
	}
	if (!proc_is_runnable(p)) {
		p->p_demoted += demote;
		return;
	}
	if (p->p_nextready != NULL || demote) {
		dequeue(p);
		p->p_demoted += demote;
		enqueue(p);
	}
}

/* Add reasons for p not to run; it leaves the queues if it was runnable
 * (and, blocked, is no longer demoted). */
void rts_set(struct proc *p, uint32_t flags)
{
	if (proc_is_runnable(p) && !iskernelp(p))
		dequeue(p);
	p->p_rts_flags |= flags;
	p->p_demoted = 0;
}

/* Remove reasons; it joins its queue once none is left. */
void rts_unset(struct proc *p, uint32_t flags)
{
	bool was_runnable = proc_is_runnable(p);

	p->p_rts_flags &= ~flags;
	if (!was_runnable && proc_is_runnable(p) && !iskernelp(p))
		enqueue(p);
}

/* Move p to another queue, keeping its place in the run state. */
void sched_set_priority(struct proc *p, int q)
{
	if (proc_is_runnable(p) && !iskernelp(p)) {
		dequeue(p);
		p->p_priority = q;
		p->p_demoted = 0;
		enqueue(p);
	} else {
		p->p_priority = q;
		p->p_demoted = 0;
	}
}

/* LOAD_SCALE * exp(-5 s / 1, 5 and 15 minutes). */
static const uint32_t load_decay[3] = { 1884, 2014, 2037 };

_Static_assert(LOAD_SCALE == 2048, "load_decay is for LOAD_SCALE 2048");

/* Every LOAD_TICKS: fold the number of runnable processes (the one
 * running included, IDLE not) into the averages. */
void sched_sample_load(void)
{
	uint32_t n = 0;
	struct proc *p;

	for (int q = 0; q < NR_SCHED_QUEUES; q++)
		for (p = rdy_head[q]; p != NULL; p = p->p_nextready)
			n++;
	for (int i = 0; i < 3; i++)
		load_avg[i] = (load_avg[i] * load_decay[i] +
		    n * LOAD_SCALE * (LOAD_SCALE - load_decay[i])) / LOAD_SCALE;
}

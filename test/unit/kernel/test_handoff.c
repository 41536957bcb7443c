/*
 * test_handoff.c - host tests of the IPC hand-off, sched_handoff()
 * (kernel/sched.h): for every arrangement of the ready queues it must
 * leave them, and both processes' flags, exactly as the general steps
 * rts_set(from) and rts_unset(to) of kernel/sched.c do.  sched.c is
 * compiled in from the tree.
 */
#include <stdio.h>
#include <string.h>
#include "kernel.h"

#define NPROCS	12

static struct proc procs[NPROCS];
static int passed, failed;

/* A broken invariant in sched.c (dequeue of a process not queued). */
void panic(const char *fmt, ...)
{
	printf("panic: %s\n", fmt);
	failed++;
	for (;;)
		;
}

static uint32_t rng = 2463534242u;

static uint32_t next_random(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 17;
	rng ^= rng << 5;
	return rng;
}

/* Everything the two ways may change. */
struct snapshot {
	struct proc *head[NR_SCHED_QUEUES], *tail[NR_SCHED_QUEUES];
	uint32_t queues;
	struct proc *next[NPROCS];
	uint32_t flags[NPROCS];
};

static void take(struct snapshot *s)
{
	memset(s, 0, sizeof(*s));	/* padding too: they are memcmp'd */
	memcpy(s->head, rdy_head, sizeof(s->head));
	memcpy(s->tail, rdy_tail, sizeof(s->tail));
	s->queues = rdy_queues;
	for (int i = 0; i < NPROCS; i++) {
		s->next[i] = procs[i].p_nextready;
		s->flags[i] = procs[i].p_rts_flags;
	}
}

static void put(const struct snapshot *s)
{
	memcpy(rdy_head, s->head, sizeof(s->head));
	memcpy(rdy_tail, s->tail, sizeof(s->tail));
	rdy_queues = s->queues;
	for (int i = 0; i < NPROCS; i++) {
		procs[i].p_nextready = s->next[i];
		procs[i].p_rts_flags = s->flags[i];
	}
}

/* Random queues: each process runnable (enqueued in a random order) or
 * blocked receiving, on one of a few queues, so they share some. */
static void arrange(void)
{
	memset(rdy_head, 0, sizeof(rdy_head));
	memset(rdy_tail, 0, sizeof(rdy_tail));
	rdy_queues = 0;
	for (int i = 0; i < NPROCS; i++) {
		procs[i].p_nr = i;
		procs[i].p_priority = next_random() % 4 * 3;
		procs[i].p_rts_flags = RTS_RECEIVING;
		procs[i].p_nextready = NULL;
	}
	for (int n = 0; n < NPROCS; n++) {
		struct proc *p = &procs[next_random() % NPROCS];
		if (p->p_rts_flags != 0 && next_random() % 3 != 0)
			rts_unset(p, RTS_RECEIVING);
	}
}

/* One case: the running process (what pick_proc gives) hands over to
 * a blocked one.  False, with why, if the two ways disagree. */
static bool one_case(void)
{
	struct snapshot before, general, handoff;
	struct proc *from, *to;
	int i;

	arrange();
	if ((from = pick_proc()) == NULL)
		return true;
	for (i = 0; i < NPROCS; i++) {
		to = &procs[(next_random() + i) % NPROCS];
		if (to->p_rts_flags == RTS_RECEIVING)
			break;
	}
	if (i == NPROCS)
		return true;
	take(&before);
	rts_unset(to, RTS_RECEIVING);
	rts_set(from, RTS_RECEIVING);
	take(&general);
	put(&before);
	sched_handoff(from, RTS_RECEIVING, to);
	take(&handoff);
	if (memcmp(&general, &handoff, sizeof(general)) != 0) {
		printf("  from %d (queue %d) to %d (queue %d) differs\n",
			from->p_nr, from->p_priority, to->p_nr, to->p_priority);
		return false;
	}
	return pick_proc() != NULL;
}

static void report(const char *what, bool ok)
{
	if (ok)
		passed++;
	else
		failed++;
	printf("%s %s\n", ok ? "ok" : "FAIL", what);
}

int main(void)
{
	bool ok = true;
	int i;

	for (i = 0; i < 20000 && ok; i++)
		ok = one_case();
	report("handoff_leaves_the_queues_as_rts_set_and_rts_unset", ok);
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}

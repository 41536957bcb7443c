/*
 * do_update.c - SYS_UPDATE: the swap of a live update.  Two processes
 * trade programs: each endpoint keeps everything by which the rest of
 * the system knows it, and runs the other's program from then on.
 *
 * RS calls it with a service's running instance (ep1) and the new
 * version it has started (ep2), both blocked waiting for RS's answer.
 * Afterwards the endpoint every client knows runs the new version, and
 * ep2 holds the old one until RS ends it; RS swaps again to roll back.
 *
 * Stays with the endpoint (who the process is to others): the slot, the
 * endpoint, the privilege structure and its id - the id is what other
 * processes' IPC masks and their pending notifications and asynchronous
 * messages name - with the privileges in it (the service's system.conf
 * entry and what pci added), the notifications, interrupts and alarm
 * pending for it, the senders queued on it and those waiting for its
 * answer (they name its endpoint), its IRQ hooks, its scheduling queue,
 * CPU times and name.
 *
 * Moves with the program (what it is doing): registers and FPU state,
 * the address space, the IPC call it is blocked in, the kernel signals
 * it caused, and the grant and senda tables (both live in its memory).
 * Receivers that had an asynchronous message pending from either id may
 * now find it under the other: both bits are set (a scan that finds
 * nothing clears its bit).
 *
 * A process queued in another's send queue is not swapped (the queue
 * holds its slot): EBUSY.  Only the root of trust may swap.
 */
#include "kernel.h"
#include "system.h"

/* Swap n bytes; the fields swapped are words (their sizes are checked
 * below), so a word at a time. */
static void swap_words(void *x, void *y, size_t n)
{
	uint32_t *a = x, *b = y, t;

	for (n /= sizeof(uint32_t); n > 0; n--) {
		t = *a;
		*a++ = *b;
		*b++ = t;
	}
}

#define SWAP(a, b, field) do { \
	_Static_assert(sizeof((a)->field) % sizeof(uint32_t) == 0 \
		&& _Alignof(__typeof__((a)->field)) >= sizeof(uint32_t), \
		#field " is made of words"); \
	swap_words(&(a)->field, &(b)->field, sizeof((a)->field)); \
} while (0)

/* What the program is and does moves; the rest of the slot stays. */
static void swap_programs(struct proc *a, struct proc *b)
{
	SWAP(a, b, p_reg);
	SWAP(a, b, p_fpu);
	SWAP(a, b, p_cr3);
	SWAP(a, b, p_pgdir);
	SWAP(a, b, p_mem);
	SWAP(a, b, p_stack_limit);
	SWAP(a, b, p_rts_flags);
	SWAP(a, b, p_misc_flags);
	SWAP(a, b, p_sendto_e);
	SWAP(a, b, p_getfrom_e);
	SWAP(a, b, p_messbuf);
	SWAP(a, b, p_msgk);		/* it goes with p_pgdir */
	SWAP(a, b, p_msgk_epoch);
	pt_epoch++;			/* forget umap()'s translations */
	SWAP(a, b, p_sendmsg);
	SWAP(a, b, p_pending_sigs);
	SWAP(a->p_priv, b->p_priv, s_grant_table);
	SWAP(a->p_priv, b->p_priv, s_grant_entries);
	SWAP(a->p_priv, b->p_priv, s_asyntab);
	SWAP(a->p_priv, b->p_priv, s_asynsize);
}

/* A receiver with an asynchronous message pending from one id may find
 * it in the table now under the other. */
static void share_pending_asyn(int ida, int idb)
{
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++) {
		if (!GET_BIT(priv[i].s_asyn_pending, ida)
		    && !GET_BIT(priv[i].s_asyn_pending, idb))
			continue;
		SET_BIT(priv[i].s_asyn_pending, ida);
		SET_BIT(priv[i].s_asyn_pending, idb);
	}
}

/* May a and b trade programs?  OK, or the error for the caller. */
static int check(struct proc *caller, struct proc *a, struct proc *b)
{
	if (a == b)
		return -EINVAL;
	if (a == caller || b == caller || iskernelp(a) || iskernelp(b))
		return -EPERM;
	if (!(a->p_priv->s_flags & PRIV_SYS_PROC)
	    || !(b->p_priv->s_flags & PRIV_SYS_PROC))
		return -EPERM;		/* ordinary programs share one */
	if ((a->p_rts_flags | b->p_rts_flags) & RTS_SENDING)
		return -EBUSY;
	return OK;
}

int do_update(struct proc *caller, message *m)
{
	struct proc *a, *b;
	bool ready_a, ready_b;
	int r;

	if (!(caller->p_priv->s_flags & PRIV_ROOT_SYS))
		return -EPERM;
	if ((r = ep_to_proc(m->m_sys_update.ep1, &a)) != OK
	    || (r = ep_to_proc(m->m_sys_update.ep2, &b)) != OK)
		return r;
	if ((r = check(caller, a, b)) != OK)
		return r;

	fpu_save(a);			/* p_fpu is current, the FPU no one's */
	fpu_save(b);
	if ((ready_a = proc_is_runnable(a)))
		dequeue(a);
	if ((ready_b = proc_is_runnable(b)))
		dequeue(b);
	swap_programs(a, b);
	share_pending_asyn(priv_id(a), priv_id(b));
	if (proc_is_runnable(a))
		enqueue(a);
	if (proc_is_runnable(b))
		enqueue(b);
	return OK;
}

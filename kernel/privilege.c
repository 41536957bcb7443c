/*
 * privilege.c - privilege structures: who owns which, and what they allow.
 *
 * priv[0] is shared by every ordinary program; each system process gets
 * one of its own, whose index (its privilege id) names it in other
 * processes' IPC masks and pending-notification bitmaps.
 *
 * Entry points: priv_init(), priv_alloc(), priv_release(),
 * priv_from_desc(), priv_to_desc(), priv_io_allowed(), priv_irq_allowed().
 */
#include "kernel.h"

struct priv priv[NR_SYS_PROCS];

void priv_init(void)
{
	int i;

	for (i = 0; i < NR_SYS_PROCS; i++) {
		memset(&priv[i], 0, sizeof(priv[i]));
		priv[i].s_id = i;
		priv[i].s_proc_nr = NONE_PROC;
		priv[i].s_sig_mgr = NONE;
	}
	/* Ordinary programs may only sendrec, and only to whom the system
	 * grants them (set as servers come up). */
	priv[USER_PRIV_ID].s_proc_nr = NONE_PROC;
	priv[USER_PRIV_ID].s_trap_mask = IPC_TRAP_MASK_USER;
	priv[USER_PRIV_ID].s_flags = PRIV_PREEMPTIBLE;
}

/* Give p a privilege structure of its own, empty.  -ENOSPC if none is
 * left.  A process that already has one keeps it. */
int priv_alloc(struct proc *p)
{
	int i;

	if (p->p_priv != NULL && p->p_priv->s_id != USER_PRIV_ID)
		return OK;
	for (i = USER_PRIV_ID + 1; i < NR_SYS_PROCS; i++) {
		if (priv[i].s_proc_nr != NONE_PROC)
			continue;
		memset(&priv[i], 0, sizeof(priv[i]));
		priv[i].s_id = i;
		priv[i].s_proc_nr = p->p_nr;
		priv[i].s_flags = PRIV_SYS_PROC;
		priv[i].s_sig_mgr = NONE;
		p->p_priv = &priv[i];
		return OK;
	}
	return -ENOSPC;
}

/* p gives back its own structure and shares the ordinary one. */
void priv_release(struct proc *p)
{
	struct priv *pr = p->p_priv;
	int i;

	if (pr != NULL && pr->s_id != USER_PRIV_ID) {
		/* No one may keep a right to reach the next owner of this id. */
		for (i = 0; i < NR_SYS_PROCS; i++)
			UNSET_BIT(priv[i].s_ipc_to, pr->s_id);
		set_alarm(pr, 0);
		pr->s_proc_nr = NONE_PROC;
		pr->s_flags = 0;
	}
	p->p_priv = &priv[USER_PRIV_ID];
}

/* Check a description before anything is changed: -EINVAL if it names
 * what does not exist. */
int priv_desc_check(const struct priv_desc *d)
{
	int i;

	if (d->pd_queue < 0 || d->pd_queue >= NR_SCHED_QUEUES
	    || d->pd_quantum <= 0 || d->pd_quantum > 10 * HZ
	    || d->pd_nr_io < 0 || d->pd_nr_io > NR_IO_RANGE
	    || d->pd_nr_irq < 0 || d->pd_nr_irq > NR_IRQ
	    || d->pd_nr_mem < 0 || d->pd_nr_mem > NR_MEM_RANGE
	    || (d->pd_trap_mask & ~IPC_TRAP_MASK_ALL) != 0)
		return -EINVAL;
	for (i = 0; i < d->pd_nr_io; i++)
		if (d->pd_io[i].ior_base > d->pd_io[i].ior_limit
		    || d->pd_io[i].ior_limit > 0xFFFF)
			return -EINVAL;
	for (i = 0; i < d->pd_nr_irq; i++)
		if (d->pd_irq[i] < 0 || d->pd_irq[i] >= NR_IRQ_VECTORS)
			return -EINVAL;
	for (i = 0; i < d->pd_nr_mem; i++)
		if (d->pd_mem[i].mr_base > d->pd_mem[i].mr_limit)
			return -EINVAL;
	return OK;
}

/* Install a checked description in pr (its pending state is kept). */
void priv_from_desc(struct priv *pr, const struct priv_desc *d)
{
	pr->s_flags = (d->pd_flags & ~PRIV_SYS_PROC)
		| (pr->s_flags & PRIV_SYS_PROC);
	pr->s_trap_mask = d->pd_trap_mask;
	pr->s_sig_mgr = d->pd_sig_mgr;
	memcpy(pr->s_ipc_to, d->pd_ipc_to, sizeof(pr->s_ipc_to));
	memcpy(pr->s_k_call_mask, d->pd_k_calls, sizeof(pr->s_k_call_mask));
	pr->s_nr_io = d->pd_nr_io;
	memcpy(pr->s_io, d->pd_io, sizeof(pr->s_io));
	pr->s_nr_irq = d->pd_nr_irq;
	memcpy(pr->s_irq, d->pd_irq, sizeof(pr->s_irq));
	pr->s_nr_mem = d->pd_nr_mem;
	memcpy(pr->s_mem, d->pd_mem, sizeof(pr->s_mem));
}

void priv_to_desc(const struct proc *p, struct priv_desc *d)
{
	const struct priv *pr = p->p_priv;

	memset(d, 0, sizeof(*d));
	d->pd_flags = pr->s_flags;
	d->pd_trap_mask = pr->s_trap_mask;
	d->pd_queue = p->p_priority;
	d->pd_quantum = p->p_quantum;
	d->pd_sig_mgr = pr->s_sig_mgr;
	d->pd_id = pr->s_id;
	memcpy(d->pd_ipc_to, pr->s_ipc_to, sizeof(d->pd_ipc_to));
	memcpy(d->pd_k_calls, pr->s_k_call_mask, sizeof(d->pd_k_calls));
	d->pd_nr_io = pr->s_nr_io;
	memcpy(d->pd_io, pr->s_io, sizeof(d->pd_io));
	d->pd_nr_irq = pr->s_nr_irq;
	memcpy(d->pd_irq, pr->s_irq, sizeof(d->pd_irq));
	d->pd_nr_mem = pr->s_nr_mem;
	memcpy(d->pd_mem, pr->s_mem, sizeof(d->pd_mem));
}

/* May pr touch ports [port, port + size)? */
bool priv_io_allowed(const struct priv *pr, uint32_t port, int size)
{
	int i;

	for (i = 0; i < pr->s_nr_io; i++)
		if (port >= pr->s_io[i].ior_base
		    && port + size - 1 <= pr->s_io[i].ior_limit)
			return true;
	return false;
}

bool priv_irq_allowed(const struct priv *pr, int irq)
{
	int i;

	for (i = 0; i < pr->s_nr_irq; i++)
		if (pr->s_irq[i] == irq)
			return true;
	return false;
}

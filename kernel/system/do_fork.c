/*
 * do_fork.c - SYS_FORK: a new process, in one of two ways.
 *
 * PM's fork: the parent is blocked in a sendrec to the caller (its fork
 * request).  The child is an exact copy: same registers, a copy of every
 * page, and blocked in the same sendrec, so that the caller answers each
 * of them.  The child gets a fresh endpoint and ordinary privileges.
 *
 * RS's FORK_EMPTY: a new slot with an empty address space, held
 * (RTS_NO_PRIV), that RS loads a service into, gives its privileges with
 * privctl and then lets run; no server takes part, so RS can start the
 * very drivers PM and VFS wait for.
 */
#include "kernel.h"
#include "system.h"

static struct proc *free_proc_slot(void)
{
	struct proc *p;

	for (p = proc_addr(NR_BOOT_FIXED); p < END_PROC_ADDR; p++)
		if (isemptyp(p))
			return p;
	return NULL;
}

static int next_gen(struct proc *slot)
{
	int gen = endpoint_gen(slot->p_endpoint) + 1;

	return gen > ENDPOINT_MAX_GEN ? 1 : gen;
}

/* FORK_EMPTY: a new, empty, held process for RS to load. */
static int fork_empty(struct proc *caller, message *m)
{
	struct proc *child;
	int gen, r;

	if (!(caller->p_priv->s_flags & PRIV_ROOT_SYS))
		return -EPERM;
	if ((child = free_proc_slot()) == NULL)
		return -EAGAIN;
	gen = next_gen(child);
	memset(child, 0, sizeof(*child));
	child->p_nr = (child - proc) - NR_TASKS;
	child->p_endpoint = make_endpoint(gen, child->p_nr);
	child->p_priv = &priv[USER_PRIV_ID];
	child->p_priority = USER_Q;
	child->p_quantum = child->p_ticks_left = USER_QUANTUM;
	child->p_sendto_e = child->p_getfrom_e = NONE;
	strlcpy(child->p_name, "new", sizeof(child->p_name));
	child->p_rts_flags = RTS_NO_PRIV;
	if ((r = pt_create(child)) != OK) {
		child->p_rts_flags = RTS_SLOT_FREE;
		return r;
	}
	m->m_sys_fork_reply.child = child->p_endpoint;
	return OK;
}

int do_fork(struct proc *caller, message *m)
{
	struct proc *parent, *child;
	int gen, r;

	if (m->m_sys_fork.flags & FORK_EMPTY)
		return fork_empty(caller, m);
	if ((r = call_target(caller, m->m_sys_fork.parent, &parent)) != OK)
		return r;
	if (!(parent->p_rts_flags & RTS_RECEIVING)
	    || parent->p_getfrom_e != caller->p_endpoint)
		return -EINVAL;		/* not waiting for our answer */
	if ((child = free_proc_slot()) == NULL)
		return -EAGAIN;

	gen = next_gen(child);
	fpu_save(parent);
	*child = *parent;		/* registers, name, FPU, IPC state */
	child->p_nr = (child - proc) - NR_TASKS;
	child->p_endpoint = make_endpoint(gen, child->p_nr);
	child->p_priv = &priv[USER_PRIV_ID];
	child->p_caller_q = NULL;
	child->p_q_link = NULL;
	child->p_nextready = NULL;
	child->p_user_time = child->p_sys_time = 0;
	child->p_pending_sigs = 0;
	memset(child->p_vtimer, 0, sizeof(child->p_vtimer));
	memset(child->p_vtimer_ival, 0, sizeof(child->p_vtimer_ival));
	child->p_msg_count = 0;
	child->p_rts_flags = RTS_RECEIVING;	/* like the parent */
	child->p_msgk = NULL;		/* that is the parent's memory, */
	child->p_umap_epoch = pt_epoch - 1;	/* and so is that */
	child->p_pgdir = NULL;
	child->p_root_mem = (m->m_sys_fork.flags & FORK_ROOT) != 0;
	if (!mem_room_for(child, parent->p_mem / PAGE_SIZE)) {
		child->p_rts_flags = RTS_SLOT_FREE;
		return -ENOMEM;		/* only root's may take the last */
	}
	if ((r = pt_create(child)) != OK || (r = pt_copy(child, parent)) != OK) {
		pt_destroy(child);
		child->p_rts_flags = RTS_SLOT_FREE;
		return r;
	}
	m->m_sys_fork_reply.child = child->p_endpoint;
	return OK;
}

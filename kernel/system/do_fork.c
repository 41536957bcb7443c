/*
 * do_fork.c - SYS_FORK: PM makes a copy of a process.
 *
 * The parent is blocked in a sendrec to the caller (its fork request).
 * The child is an exact copy: same registers, a copy of every page, and
 * blocked in the same sendrec, so that the caller answers each of them.
 * The child gets a fresh endpoint and ordinary privileges; RS gives
 * services theirs with privctl.
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

int do_fork(struct proc *caller, message *m)
{
	struct proc *parent, *child;
	int gen, r;

	if ((r = call_target(caller, m->m_sys_fork.parent, &parent)) != OK)
		return r;
	if (!(parent->p_rts_flags & RTS_RECEIVING)
	    || parent->p_getfrom_e != caller->p_endpoint)
		return -EINVAL;		/* not waiting for our answer */
	if ((child = free_proc_slot()) == NULL)
		return -EAGAIN;

	gen = endpoint_gen(child->p_endpoint) + 1;
	if (gen > ENDPOINT_MAX_GEN)
		gen = 1;
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
	child->p_rts_flags = RTS_RECEIVING;	/* like the parent */
	child->p_pgdir = NULL;
	if ((r = pt_create(child)) != OK || (r = pt_copy(child, parent)) != OK) {
		pt_destroy(child);
		child->p_rts_flags = RTS_SLOT_FREE;
		return r;
	}
	m->m_sys_fork_reply.child = child->p_endpoint;
	return OK;
}

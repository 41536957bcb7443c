/*
 * do_privctl.c - SYS_PRIVCTL: set what another process may do.
 *
 * RS uses it to give each service exactly its etc/system.conf entry.
 * SET_SYS installs a whole description (checked in full first), SET_USER
 * returns a process to ordinary privileges, ALLOW and DISALLOW let it run
 * or hold it: those are the root of trust's alone (PRIV_ROOT_SYS), since
 * whoever can set privileges can take all of them.  ADD_IO/IRQ/MEM
 * extend a process's ranges: the PCI driver gives each driver its
 * device's, with the call in its mask and no more.
 */
#include "kernel.h"
#include "system.h"

static int set_sys(struct proc *caller, struct proc *p, vir_bytes arg)
{
	struct priv_desc d;
	int r;

	if ((r = copy_vir(caller, arg, NULL, (vir_bytes) &d, sizeof(d))) != OK)
		return r;
	if ((r = priv_desc_check(&d)) != OK)
		return r;
	if ((r = priv_alloc(p)) != OK)
		return r;
	priv_from_desc(p->p_priv, &d);
	p->p_quantum = d.pd_quantum;
	if (p->p_ticks_left > p->p_quantum)
		p->p_ticks_left = p->p_quantum;
	sched_set_priority(p, d.pd_queue);
	return OK;
}

static int add_range(struct proc *caller, struct proc *p, int request,
	vir_bytes arg)
{
	struct priv *pr = p->p_priv;
	struct io_range io;
	struct mem_range mem;
	int irq, r;

	if (!(pr->s_flags & PRIV_SYS_PROC))
		return -EPERM;
	switch (request) {
	case SYS_PRIV_ADD_IO:
		if ((r = copy_vir(caller, arg, NULL, (vir_bytes) &io, sizeof(io))))
			return r;
		if (io.ior_base > io.ior_limit || io.ior_limit > 0xFFFF)
			return -EINVAL;
		if (pr->s_nr_io >= NR_IO_RANGE)
			return -ENOSPC;
		pr->s_io[pr->s_nr_io++] = io;
		return OK;
	case SYS_PRIV_ADD_IRQ:
		if ((r = copy_vir(caller, arg, NULL, (vir_bytes) &irq, sizeof(irq))))
			return r;
		if (irq < 0 || irq >= NR_IRQ_VECTORS)
			return -EINVAL;
		if (pr->s_nr_irq >= NR_IRQ)
			return -ENOSPC;
		pr->s_irq[pr->s_nr_irq++] = irq;
		return OK;
	default:
		if ((r = copy_vir(caller, arg, NULL, (vir_bytes) &mem, sizeof(mem))))
			return r;
		if (mem.mr_base > mem.mr_limit)
			return -EINVAL;
		if (pr->s_nr_mem >= NR_MEM_RANGE)
			return -ENOSPC;
		pr->s_mem[pr->s_nr_mem++] = mem;
		return OK;
	}
}

static bool root_only(int request)
{
	return request == SYS_PRIV_SET_SYS || request == SYS_PRIV_SET_USER
		|| request == SYS_PRIV_ALLOW || request == SYS_PRIV_DISALLOW;
}

int do_privctl(struct proc *caller, message *m)
{
	struct proc *p;
	int r;

	if ((r = call_target(caller, m->m_sys_privctl.ep, &p)) != OK)
		return r;
	if (root_only(m->m_sys_privctl.request)
	    && !(caller->p_priv->s_flags & PRIV_ROOT_SYS))
		return -EPERM;
	switch (m->m_sys_privctl.request) {
	case SYS_PRIV_SET_SYS:
		return set_sys(caller, p, m->m_sys_privctl.arg);
	case SYS_PRIV_SET_USER:
		if (p == caller)
			return -EPERM;
		forget_pending_from(p);
		priv_release(p);
		p->p_quantum = USER_QUANTUM;
		sched_set_priority(p, USER_Q);
		return OK;
	case SYS_PRIV_ALLOW:
		rts_unset(p, RTS_NO_PRIV);
		return OK;
	case SYS_PRIV_DISALLOW:
		if (p == caller)
			return -EPERM;
		rts_set(p, RTS_NO_PRIV);
		return OK;
	case SYS_PRIV_ADD_IO:
	case SYS_PRIV_ADD_IRQ:
	case SYS_PRIV_ADD_MEM:
		return add_range(caller, p, m->m_sys_privctl.request,
			m->m_sys_privctl.arg);
	default:
		return -EINVAL;
	}
}

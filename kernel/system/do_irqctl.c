/*
 * do_irqctl.c - SYS_IRQCTL: put, remove, enable and disable IRQ hooks.
 *
 * A process may hook only the lines its privileges list.  The clock's
 * line and the PIC cascade are never available.
 */
#include "kernel.h"
#include "system.h"

int do_irqctl(struct proc *caller, message *m)
{
	struct m_sys_irqctl *rq = &m->m_sys_irqctl;
	int r;

	switch (rq->request) {
	case IRQ_SETPOLICY:
		if (rq->irq <= 0 || rq->irq >= NR_IRQ_VECTORS || rq->irq == 2
		    || rq->notify_id < 0 || rq->notify_id >= 32
		    || (rq->policy & ~IRQ_REENABLE) != 0)
			return -EINVAL;
		if (!priv_irq_allowed(caller->p_priv, rq->irq))
			return -EPERM;
		if (!(caller->p_priv->s_flags & PRIV_SYS_PROC))
			return -EPERM;
		r = irq_hook_set(caller, rq->irq, rq->policy, rq->notify_id);
		if (r < 0)
			return r;
		m->m_sys_irqctl_reply.hook_id = r;
		return OK;
	case IRQ_RMPOLICY:
		return irq_hook_remove(caller, rq->hook_id);
	case IRQ_ENABLE:
		return irq_hook_enable(caller, rq->hook_id, true);
	case IRQ_DISABLE:
		return irq_hook_enable(caller, rq->hook_id, false);
	default:
		return -EINVAL;
	}
}

/*
 * interrupt.c - interrupts become notifications.
 *
 * A driver puts a hook on an IRQ line with irqctl.  When the line fires,
 * the kernel sets the hook's bit in the driver's pending-interrupt word
 * and notifies it from HARDWARE.  Unless the hook's policy is
 * IRQ_REENABLE, the line stays masked until the driver has dealt with the
 * device and enables it again, so a device cannot flood the system.  A
 * driver that never does holds the line masked for every driver that
 * shares it: irq_unacked_ticks() tells how long, so that RS can fail it
 * (servers/rs/lostreply.c).
 *
 * Entry points: irq_handle(), irq_hook_set(), irq_hook_remove(),
 * irq_hook_enable(), irq_hooks_release(), irq_unacked_ticks().
 */
#include "kernel.h"

struct irq_hook {
	bool in_use;
	int irq;
	int policy;
	int notify_id;		/* bit in the owner's pending word */
	bool masked;		/* waiting for the owner's IRQ_ENABLE */
	bool fired;		/* masked by an interrupt the owner was told
				 * of, at fired_at, and not enabled since */
	uint32_t fired_at;
	struct proc *owner;
};

static struct irq_hook hooks[NR_IRQ_HOOKS];

/* A line is open when it has hooks and none of them waits for its owner. */
static void update_line(int irq)
{
	bool used = false, masked = false;
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++) {
		if (!hooks[i].in_use || hooks[i].irq != irq)
			continue;
		used = true;
		masked |= hooks[i].masked;
	}
	if (used && !masked)
		pic_enable(irq);
	else
		pic_disable(irq);
}

void irq_handle(int irq, bool from_user)
{
	struct irq_hook *h;
	int i;

	if (irq == 0) {
		clock_tick(from_user);
		pic_eoi(0);
		return;
	}
	if (pic_spurious(irq))
		return;
	for (i = 0; i < NR_IRQ_HOOKS; i++) {
		h = &hooks[i];
		if (!h->in_use || h->irq != irq)
			continue;
		h->owner->p_priv->s_int_pending |= 1u << h->notify_id;
		notify_from(HARDWARE, h->owner);
		if (!(h->policy & IRQ_REENABLE) && !h->masked) {
			h->masked = h->fired = true;
			h->fired_at = uptime;
		}
	}
	update_line(irq);
	pic_eoi(irq);
}

/* Returns the hook number, or a negated error. */
int irq_hook_set(struct proc *owner, int irq, int policy, int notify_id)
{
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++)
		if (!hooks[i].in_use)
			break;
	if (i == NR_IRQ_HOOKS)
		return -ENOSPC;
	hooks[i] = (struct irq_hook) { .in_use = true, .irq = irq,
		.policy = policy, .notify_id = notify_id, .owner = owner };
	update_line(irq);
	return i;
}

static struct irq_hook *owned_hook(struct proc *owner, int hook_id)
{
	if (hook_id < 0 || hook_id >= NR_IRQ_HOOKS || !hooks[hook_id].in_use
	    || hooks[hook_id].owner != owner)
		return NULL;
	return &hooks[hook_id];
}

int irq_hook_remove(struct proc *owner, int hook_id)
{
	struct irq_hook *h = owned_hook(owner, hook_id);

	if (h == NULL)
		return -EINVAL;
	h->in_use = false;
	update_line(h->irq);
	return OK;
}

int irq_hook_enable(struct proc *owner, int hook_id, bool enable)
{
	struct irq_hook *h = owned_hook(owner, hook_id);

	if (h == NULL)
		return -EINVAL;
	h->masked = !enable;
	h->fired = false;		/* the owner has dealt with it */
	update_line(h->irq);
	return OK;
}

/* The owner is gone: its hooks go too. */
void irq_hooks_release(struct proc *owner)
{
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++) {
		if (hooks[i].in_use && hooks[i].owner == owner) {
			hooks[i].in_use = false;
			update_line(hooks[i].irq);
		}
	}
}

/* The longest owner has left one of its hooks masked since an interrupt
 * it was told of (ticks, at least 1), or 0. */
uint32_t irq_unacked_ticks(const struct proc *owner)
{
	uint32_t most = 0;
	int i;

	for (i = 0; i < NR_IRQ_HOOKS; i++)
		if (hooks[i].in_use && hooks[i].owner == owner
		    && hooks[i].fired && uptime - hooks[i].fired_at + 1 > most)
			most = uptime - hooks[i].fired_at + 1;
	return most;
}

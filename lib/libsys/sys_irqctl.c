/*
 * sys_irqctl.c - SYS_IRQCTL: interrupt hooks.  sys_irqsetpolicy()'s
 * *hook_id goes in as the bit the driver wants in its notifications (the
 * message's notify_id) and comes back as the kernel's hook number, which
 * the other calls take (hook_id): MINIX's interface, which drivers know.
 */
#include <string.h>
#include <minix/syslib.h>

static int irqctl(int request, int irq, int policy, int *hook_id)
{
	message m;
	int r;

	memset(&m, 0, sizeof(m));
	m.m_sys_irqctl.request = request;
	m.m_sys_irqctl.irq = irq;
	m.m_sys_irqctl.policy = policy;
	if (request == IRQ_SETPOLICY)
		m.m_sys_irqctl.notify_id = *hook_id;
	else
		m.m_sys_irqctl.hook_id = *hook_id;
	if ((r = _kernel_call(SYS_IRQCTL, &m)) != OK)
		return r;
	if (request == IRQ_SETPOLICY)
		*hook_id = m.m_sys_irqctl_reply.hook_id;
	return OK;
}

int sys_irqsetpolicy(int irq, int policy, int *hook_id)
{
	return irqctl(IRQ_SETPOLICY, irq, policy, hook_id);
}

int sys_irqrmpolicy(int *hook_id)
{
	return irqctl(IRQ_RMPOLICY, 0, 0, hook_id);
}

int sys_irqenable(int *hook_id)
{
	return irqctl(IRQ_ENABLE, 0, 0, hook_id);
}

int sys_irqdisable(int *hook_id)
{
	return irqctl(IRQ_DISABLE, 0, 0, hook_id);
}

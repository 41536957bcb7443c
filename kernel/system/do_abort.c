/*
 * do_abort.c - SYS_ABORT: halt, power off or reboot the machine.
 */
#include "kernel.h"
#include "system.h"

int do_abort(struct proc *caller, message *m)
{
	switch (m->m_sys_abort.how) {
	case RBT_HALT:
	case RBT_POWEROFF:
	case RBT_REBOOT:
		kprintf("kernel: shutdown requested by %s\n", caller->p_name);
		arch_shutdown(m->m_sys_abort.how);
		/* not reached */
	case RBT_PANIC:
		panic("%s asked for a panic", caller->p_name);
	default:
		return -EINVAL;
	}
}

/*
 * trap.c - the C half of kernel entry and exit (mpx.S is the other).
 *
 * user_trap() runs for every trap from user mode but IPC's (which goes
 * straight to do_ipc()) with the process's registers saved in
 * proc_ptr->p_reg; kernel_trap() for traps taken in
 * kernel mode, which is only legal for interrupts while idle.
 * switch_to_user() picks the next process and prepares the CPU for it.
 */
#include "kernel.h"

struct proc *proc_ptr;		/* the process whose registers are live */

void user_trap(void)
{
	struct proc *p = proc_ptr;
	uint32_t vec = p->p_reg.trapno;

	if (vec >= IRQ0_VECTOR && vec < IRQ0_VECTOR + NR_IRQ_VECTORS)
		irq_handle(vec - IRQ0_VECTOR, true);
	else
		exception_user(p, vec);
}

void kernel_trap(struct stackframe *f)
{
	if (f->trapno >= IRQ0_VECTOR
	    && f->trapno < IRQ0_VECTOR + NR_IRQ_VECTORS
	    && proc_ptr == proc_addr(IDLE_NR)) {
		irq_handle(f->trapno - IRQ0_VECTOR, false);
		return;
	}
	panic_frame(f, "%s in kernel mode", exception_name(f->trapno));
}

/* Choose who runs next and load its address space and kernel stack
 * pointer; returns its frame for restart to pop.  With nothing to run,
 * idle until an interrupt (which comes back through restart). */
struct stackframe *switch_to_user(void)
{
	struct proc *p = pick_proc();

	if (p == NULL) {
		proc_ptr = proc_addr(IDLE_NR);
		vm_switch(proc_ptr);
		idle_wait();
	}
	proc_ptr = p;
	tss_set_esp0((uint32_t) (&p->p_reg + 1));
	vm_switch(p);
	fpu_switch(p);
	return &p->p_reg;
}

/*
 * switch.h - loading the CPU for the process that runs next: its kernel
 * stack pointer in the TSS, its address space, and whether it may use
 * the FPU without a trap.  Inline because every switch takes all three
 * and an IPC round trip is two switches.
 */
#ifndef _SWITCH_H
#define _SWITCH_H

extern struct tss tss;			/* protect.c */
extern struct proc *fpu_owner;		/* fpu.c: whose state the FPU holds */

/* Where the CPU saves the next trap from user mode. */
static inline void tss_set_esp0(uint32_t esp0)
{
	tss.esp0 = esp0;
}

/* Make p's address space the current one. */
static inline void vm_switch(struct proc *p)
{
	phys_bytes cr3 = p->p_cr3 != 0 ? p->p_cr3 : kernel_cr3;

	if (read_cr3() != cr3)
		write_cr3(cr3);
}

/* The FPU is p's without a trap only if it holds p's state already;
 * otherwise its first FPU instruction traps (#NM) and fpu_trap() swaps. */
static inline void fpu_switch(struct proc *p)
{
	if (p == fpu_owner)
		clts();
	else
		write_cr0(read_cr0() | CR0_TS);
}

#endif

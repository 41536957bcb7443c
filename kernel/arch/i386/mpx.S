/*
 * mpx.S - every way into the kernel and the one way out.
 *
 * Traps from user mode land in the running process's register frame:
 * the TSS points esp0 at the end of proc_ptr->p_reg, so the CPU pushes
 * eip..ss there and we push the rest, then switch to the kernel stack and
 * call user_trap().  Traps from kernel mode happen only while the CPU
 * idles (interrupts) or on a kernel bug; they build their frame on the
 * kernel stack and go to kernel_trap().  Either way we leave through
 * restart, which resumes whichever process the scheduler picks.
 */
#include "archconst.h"
#include <minix/ipcconst.h>

#define TRAP_NOERR(n)		\
	.globl trap_##n;	\
trap_##n:			\
	pushl $0;		\
	pushl $n;		\
	jmp trap_common;

#define TRAP_ERR(n)		\
	.globl trap_##n;	\
trap_##n:			\
	pushl $n;		\
	jmp trap_common;

	.text
TRAP_NOERR(0)
TRAP_NOERR(1)
TRAP_NOERR(2)
TRAP_NOERR(3)
TRAP_NOERR(4)
TRAP_NOERR(5)
TRAP_NOERR(6)
TRAP_NOERR(7)
TRAP_ERR(8)
TRAP_NOERR(9)
TRAP_ERR(10)
TRAP_ERR(11)
TRAP_ERR(12)
TRAP_ERR(13)
TRAP_ERR(14)
TRAP_NOERR(15)
TRAP_NOERR(16)
TRAP_ERR(17)
TRAP_NOERR(18)
TRAP_NOERR(19)
TRAP_NOERR(20)
TRAP_NOERR(21)
TRAP_NOERR(22)
TRAP_NOERR(23)
TRAP_NOERR(24)
TRAP_NOERR(25)
TRAP_NOERR(26)
TRAP_NOERR(27)
TRAP_NOERR(28)
TRAP_NOERR(29)
TRAP_ERR(30)
TRAP_NOERR(31)
TRAP_NOERR(32)
TRAP_NOERR(33)
TRAP_NOERR(34)
TRAP_NOERR(35)
TRAP_NOERR(36)
TRAP_NOERR(37)
TRAP_NOERR(38)
TRAP_NOERR(39)
TRAP_NOERR(40)
TRAP_NOERR(41)
TRAP_NOERR(42)
TRAP_NOERR(43)
TRAP_NOERR(44)
TRAP_NOERR(45)
TRAP_NOERR(46)
TRAP_NOERR(47)

/* The rest of the frame of a trap from user mode, then the kernel's
 * segments, direction flag and stack. */
#define SAVE_USER		\
	pushl %ds;		\
	pushl %es;		\
	pushl %fs;		\
	pushl %gs;		\
	pushal;			\
	movw $KERN_DS, %ax;	\
	movw %ax, %ds;		\
	movw %ax, %es;		\
	movw %ax, %fs;		\
	movw %ax, %gs;		\
	cld;		/* the C ABI's; the user's is in eflags */ \
	movl $kstack_top, %esp;	\
	xorl %ebp, %ebp;

	/* The IPC trap, the most frequent way in, goes straight to
	 * do_ipc(proc_ptr) rather than through user_trap()'s dispatch. */
	.globl trap_48
trap_48:
	pushl $0
	pushl $IPC_VECTOR
	testl $3, 12(%esp)
	jz from_kernel
	SAVE_USER
	pushl proc_ptr
	call do_ipc
	jmp restart

trap_common:
	/* [esp] trapno, 4 err, 8 eip, 12 cs: which ring did we come from? */
	testl $3, 12(%esp)
	jz from_kernel
	SAVE_USER
	call user_trap
	jmp restart

from_kernel:
	pushl %ds
	pushl %es
	pushl %fs
	pushl %gs
	pushal
	cld
	movl %esp, %eax
	pushl %eax			/* struct stackframe * (no esp/ss) */
	call kernel_trap
	/* fall through: an interrupt taken while idle */

	.globl restart
restart:
	movl $kstack_top, %esp
	xorl %ebp, %ebp
	call switch_to_user		/* picks, returns &proc->p_reg */
	movl %eax, %esp
	popal
	popl %gs
	popl %fs
	popl %es
	popl %ds
	addl $8, %esp			/* trapno, err */
	iret

	/* idle_wait(): enable interrupts and halt until one arrives.  The
	 * interrupt enters through from_kernel and leaves through restart,
	 * which resets the stack, so this never returns. */
	.globl idle_wait
idle_wait:
	sti
	hlt
	jmp idle_wait

	.globl load_gdt
load_gdt:			/* load_gdt(struct desc_ptr *) */
	movl 4(%esp), %eax
	lgdt (%eax)
	movw $KERN_DS, %ax
	movw %ax, %ds
	movw %ax, %es
	movw %ax, %fs
	movw %ax, %gs
	movw %ax, %ss
	ljmp $KERN_CS, $1f
1:	movw $TSS_SEL, %ax
	ltr %ax
	ret

	.globl load_idt
load_idt:			/* load_idt(struct desc_ptr *) */
	movl 4(%esp), %eax
	lidt (%eax)
	ret

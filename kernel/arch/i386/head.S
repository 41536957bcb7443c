/*
 * head.S - the multiboot header and the first instructions.
 *
 * GRUB jumps to _start in 32-bit protected mode with paging off.  We map
 * the first 16 MiB both where they are and at KERNBASE with 4 MiB pages,
 * turn paging on, move to the higher half and call kmain(magic, info)
 * with the multiboot magic and the physical address of its information.
 */
#include "archconst.h"

#define MB_MAGIC	0x1BADB002
#define MB_FLAGS	0x00000003	/* page-aligned modules, memory info */
#define V2P(x)		((x) - KERNBASE)

	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)

	/* GRUB takes the ELF entry point as a virtual address inside a
	 * loaded segment and jumps to its physical counterpart. */
	.text
	.globl _start
_start:
	cli
	movl %eax, %esi			/* multiboot magic */
	movl %ebx, %edi			/* multiboot information (physical) */

	/* Early page directory: identity and KERNBASE, 4 x 4 MiB each. */
	movl $V2P(boot_pgdir), %edx
	movl $(PG_P | PG_RW | PG_PS), %eax
	movl $0, %ecx
1:	movl %eax, (%edx, %ecx, 4)
	movl %eax, (KERNEL_PDE * 4)(%edx, %ecx, 4)
	addl $BIGPAGE_SIZE, %eax
	incl %ecx
	cmpl $4, %ecx
	jne 1b

	movl %cr4, %eax
	orl $CR4_PSE, %eax
	movl %eax, %cr4
	movl %edx, %cr3
	movl %cr0, %eax
	orl $(CR0_PG | CR0_WP), %eax
	movl %eax, %cr0

	movl $higher_half, %eax
	jmp *%eax
higher_half:
	movl $kstack_top, %esp
	xorl %ebp, %ebp			/* ends the backtrace */
	pushl %edi
	pushl %esi
	call kmain
	jmp halt_forever_asm

	.globl halt_forever_asm
halt_forever_asm:
	cli
	hlt
	jmp halt_forever_asm

	.bss
	.align PAGE_SIZE
	.globl boot_pgdir
boot_pgdir:
	.space PAGE_SIZE
	.globl kstack
kstack:
	.space KSTACK_SIZE
	.globl kstack_top
kstack_top:

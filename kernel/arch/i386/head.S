/*
 * head.S - the multiboot header and the first instructions.
 *
 * GRUB jumps to _start in 32-bit protected mode with paging off, through
 * either header (multiboot 1 or 2: bootinfo.c reads both).  We map the
 * first 16 MiB both where they are and at KERNBASE with 4 MiB pages,
 * turn paging on, move to the higher half and call kmain(magic, info)
 * with the multiboot magic and the physical address of its information.
 *
 * Before that, the CPU is checked for what these first instructions need
 * (CPUID, 4 MiB pages, a time-stamp counter: any Pentium has them); one
 * that lacks them gets a message on the serial port and the screen,
 * instead of the silent reset that a fault this early would be.
 */
#include "archconst.h"

#define MB_MAGIC	0x1BADB002
/* Page-aligned modules, memory info, a video mode: text preferred (a
 * BIOS keeps its VGA text mode); a loader without one (UEFI) gives a
 * linear framebuffer instead, which tty draws the console on. */
#define MB_FLAGS	0x00000007
#define MB_VIDEO_TEXT	1
#define MB2_MAGIC	0xE85250D6
#define MB2_ARCH_I386	0
#define MB2_TAG_END		0
#define MB2_TAG_CONSOLE		4
#define MB2_TAG_FRAMEBUFFER	5
#define MB2_TAG_ALIGN		6
#define MB2_TAG_OPTIONAL	1
#define MB2_CONSOLE_EGA_TEXT	2
#define V2P(x)		((x) - KERNBASE)
#define EFLAGS_ID	0x00200000
#define CPUID_PSE_BIT	0x00000008
#define CPUID_TSC_BIT	0x00000010

	/* Multiboot 1 (GRUB's `multiboot`, the BIOS boot). */
	.section .multiboot, "a"
	.align 4
	.long MB_MAGIC
	.long MB_FLAGS
	.long -(MB_MAGIC + MB_FLAGS)
	.long 0, 0, 0, 0, 0		/* addresses: the ELF headers say */
	.long MB_VIDEO_TEXT, 80, 25, 0	/* mode type, width, height, depth */

	/* Multiboot 2 (GRUB's `multiboot2`, the UEFI boot): the same
	 * wishes as tags, each 8-byte aligned. */
	.align 8
mb2_header:
	.long MB2_MAGIC
	.long MB2_ARCH_I386
	.long mb2_header_end - mb2_header
	.long -(MB2_MAGIC + MB2_ARCH_I386 + (mb2_header_end - mb2_header))
	.short MB2_TAG_CONSOLE, MB2_TAG_OPTIONAL	/* text mode will do */
	.long 12
	.long MB2_CONSOLE_EGA_TEXT
	.align 8
	.short MB2_TAG_FRAMEBUFFER, MB2_TAG_OPTIONAL	/* any mode */
	.long 20
	.long 0, 0, 0
	.align 8
	.short MB2_TAG_ALIGN, 0				/* page-aligned modules */
	.long 8
	.short MB2_TAG_END, 0
	.long 8
mb2_header_end:

	/* GRUB takes the ELF entry point as a virtual address inside a
	 * loaded segment and jumps to its physical counterpart. */
	.text
	.globl _start
_start:
	cli
	movl %eax, %esi			/* multiboot magic */
	movl %ebx, %edi			/* multiboot information (physical) */
	movl $V2P(boot_stack_top), %esp	/* physical: paging is off */
	call check_cpu
	/* The TSC as the kernel starts (just after the CPU check, which
	 * must come first: rdtsc faults without a TSC).  Under QEMU -icount
	 * it counts instructions since reset, so make bench can tell the
	 * firmware's and GRUB's share of the boot from the kernel's. */
	rdtsc
	movl %eax, V2P(kernel_entry_tsc)
	movl %edx, V2P(kernel_entry_tsc) + 4

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

/* Does the CPU have CPUID (EFLAGS.ID can be toggled) with PSE and TSC?
 * If not, say so and stop.  Runs at the physical address, paging off. */
check_cpu:
	pushfl
	popl %eax
	movl %eax, %ecx
	xorl $EFLAGS_ID, %eax
	pushl %eax
	popfl
	pushfl
	popl %eax
	pushl %ecx
	popfl
	xorl %ecx, %eax
	testl $EFLAGS_ID, %eax
	jz cpu_too_old
	pushl %ebx
	movl $1, %eax
	cpuid
	popl %ebx
	andl $(CPUID_PSE_BIT | CPUID_TSC_BIT), %edx
	cmpl $(CPUID_PSE_BIT | CPUID_TSC_BIT), %edx
	jne cpu_too_old
	ret

/* Write the message to COM1 (polled, no setup: the firmware left it at
 * some speed, and QEMU's does not care) and to the VGA text screen. */
cpu_too_old:
	movl $V2P(old_cpu_msg), %esi
	movl $0xB8000, %edi
1:	movb (%esi), %al
	testb %al, %al
	jz halt_forever_asm
	movw $0x3FD, %dx		/* line status: wait for room */
	movl $100000, %ecx
2:	inb %dx, %al
	testb $0x20, %al
	jnz 3f
	loop 2b
3:	movb (%esi), %al
	movw $0x3F8, %dx
	outb %al, %dx
	movb $0x4F, %ah			/* white on red */
	movw %ax, (%edi)
	addl $2, %edi
	incl %esi
	jmp 1b

	.section .rodata
old_cpu_msg:
	.asciz "Resurgo needs a Pentium or later CPU (CPUID, 4 MiB pages, TSC): this one lacks them. Halted."
	.text

	.globl halt_forever_asm
halt_forever_asm:
	cli
	hlt
	jmp halt_forever_asm

	/* In .data, not .bss: it is written before anything could clear
	 * the .bss, and must survive whatever does. */
	.data
	.align 8
	.globl kernel_entry_tsc
kernel_entry_tsc:
	.long 0, 0

	.bss
	.align PAGE_SIZE
	.globl boot_pgdir
boot_pgdir:
	.space PAGE_SIZE
	.space 256			/* check_cpu's stack */
boot_stack_top:
	.globl kstack
kstack:
	.space KSTACK_SIZE
	.globl kstack_top
kstack_top:

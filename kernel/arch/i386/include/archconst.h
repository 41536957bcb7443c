/*
 * archconst.h - i386 constants shared by the C and assembler halves of the
 * kernel: the memory map, segment selectors, vectors and page flags.
 */
#ifndef _ARCHCONST_H
#define _ARCHCONST_H

/* The kernel runs at KERNBASE + physical address; physical memory up to
 * DIRECTMAP_LIMIT is mapped there in every address space. */
#define KERNBASE	0xC0000000
#define DIRECTMAP_LIMIT	0x38000000	/* 896 MiB */
#define KERNEL_PHYS	0x00100000	/* where GRUB loads us */
#define USER_TOP	KERNBASE	/* user space is [0, USER_TOP) */
#define USER_STACK_TOP	(USER_TOP - 0x1000)	/* a guard page on top */
#define BOOT_STACK_SIZE	0x10000		/* boot processes' stacks: mapped */
#define BOOT_STACK_MAX	0x800000	/* and grown on demand up to */
#define KSTACK_SIZE	0x4000

#define PAGE_SIZE	4096
#define PAGE_SHIFT	12
#define BIGPAGE_SIZE	0x400000	/* a 4 MiB PSE page */
#define PDE_SHIFT	22
#define KERNEL_PDE	768		/* KERNBASE >> PDE_SHIFT */	/* first kernel PDE: 768 */

#define PG_P		0x001	/* present */
#define PG_RW		0x002	/* writable */
#define PG_U		0x004	/* user accessible */
#define PG_PS		0x080	/* 4 MiB page (in a PDE) */
#define PG_G		0x100	/* global: survives CR3 loads */
#define PG_SHARED	0x200	/* available bit: frame not owned, never freed */
#define PG_DMA		0x400	/* available bit: a device may write it */

#define CR0_PE		0x00000001
#define CR0_MP		0x00000002
#define CR0_EM		0x00000004
#define CR0_TS		0x00000008
#define CR0_NE		0x00000020
#define CR0_WP		0x00010000
#define CR0_PG		0x80000000
#define CR4_PSE		0x00000010
#define CR4_PGE		0x00000080
#define CR4_OSFXSR	0x00000200
#define CR4_OSXMMEXCPT	0x00000400

/* Segment selectors (GDT index << 3 | RPL). */
#define KERN_CS		0x08
#define KERN_DS		0x10
#define USER_CS		0x1B
#define USER_DS		0x23
#define TSS_SEL		0x28
#define GDT_ENTRIES	6

/* Interrupt vectors. */
#define NR_EXCEPTIONS	32
#define IRQ0_VECTOR	0x20	/* master PIC: IRQ 0-7 */
#define IRQ8_VECTOR	0x28	/* slave PIC: IRQ 8-15 */
/* IPC_VECTOR (0x30) is in <minix/ipcconst.h>. */

#define EFLAGS_IF	0x00000200
#define EFLAGS_IOPL	0x00003000
#define EFLAGS_USER	(EFLAGS_IF | 0x2)	/* a fresh process's flags */

/* Offsets in struct stackframe, for the assembler. */
#define SF_TRAPNO	48
#define SF_CS		60
#define SF_SIZE		76

#endif

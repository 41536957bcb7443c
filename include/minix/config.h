/*
 * config.h - the sizes and rates the whole system is built with.
 *
 * One place for the knobs; kernel, libraries and servers all read them here.
 */
#ifndef _MINIX_CONFIG_H
#define _MINIX_CONFIG_H

#define OS_NAME		"Resurgo"
#define OS_RELEASE	"0.1"

#define NR_TASKS	4	/* kernel tasks: IDLE, CLOCK, SYSTEM, HARDWARE */
#define NR_PROCS	252	/* slots for user and system processes */
#define NR_SYS_PROCS	64	/* privilege structures (system processes) */
#define NR_SCHED_QUEUES	16	/* priority queues; 0 is the highest */
#define HZ		100	/* clock ticks per second */
#define PROC_NAME_LEN	16	/* process names, including the NUL */
#define NR_IRQ_VECTORS	16	/* the two 8259 PICs */
#define NR_IRQ_HOOKS	32	/* interrupt policies set with irqctl */
#define NR_IO_RANGE	16	/* I/O port ranges per privilege structure */
#define NR_MEM_RANGE	8	/* physical memory ranges per privilege */
#define NR_IRQ		8	/* IRQ lines per privilege structure */

/* A process's address space, below the kernel's quarter: the program
 * (from 0x08048000), its heap up to HEAP_LIMIT, then the window where a
 * driver maps its device's registers and DMA buffers (lib/libsys
 * devmem.c), then, far above, the stack that grows down from the top. */
#define HEAP_LIMIT	0xA0000000u	/* brk never goes past it */
#define DEVMEM_BASE	0xA0000000u	/* device mappings: [BASE, TOP) */
#define DEVMEM_TOP	0xB0000000u

#define TASK_Q		0	/* kernel tasks */
#define USER_Q		8	/* default queue for ordinary programs */
#define MAX_USER_Q	6	/* the most urgent an ordinary program gets
				   (nice -20): services stay above it */
#define MIN_USER_Q	(NR_SCHED_QUEUES - 1)	/* lowest, above IDLE */
#define IDLE_Q		NR_SCHED_QUEUES		/* IDLE is never queued */
#define USER_QUANTUM	20	/* ticks for ordinary programs */

#endif

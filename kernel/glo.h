/*
 * glo.h - the kernel's global state and the types of its boot tables.
 */
#ifndef _GLO_H
#define _GLO_H

#include <minix/kinfo.h>
#include "proc.h"

#define MAX_BOOT_MODULES	32
#define MAX_MEM_REGIONS		16
#define KLOG_SIZE		KMESS_SIZE
#define ANY_SLOT		(-1000)
#define IDLE_NR			(-4)

enum boot_calls { CALLS_NONE, CALLS_ALL };

struct boot_task {
	endpoint_t endpoint;
	const char *name;
};

struct boot_image {			/* one entry of table.c */
	const char *name;
	proc_nr_t nr;			/* fixed slot, or ANY_SLOT */
	uint32_t flags;			/* PRIV_*; without PRIV_SYS_PROC an
					 * ordinary program */
	int queue;
	int quantum;
	uint32_t trap_mask;
	enum boot_calls calls;
	const struct io_range *io;
	int nr_io;
	const int *irq;
	int nr_irq;
	const struct mem_range *mem;
	int nr_mem;
};

#define BOOT_DATA	0x80000000	/* boot_image.flags: a data module
					 * (the root file system), not run */

struct boot_module {			/* what GRUB loaded */
	char name[PROC_NAME_LEN];
	char args[128];
	phys_bytes base;
	phys_bytes size;
};

extern const struct boot_task boot_tasks[NR_TASKS];
extern const struct boot_image boot_image[];
extern const int nr_boot_image;

extern struct proc *proc_ptr;		/* running (or IDLE) */
extern uint32_t uptime;			/* ticks since boot */
extern uint32_t boot_time;		/* seconds since 1970 at boot */
extern char boot_cmdline[256];
extern bool boot_opt_panic_exit;	/* panic=exit */
extern struct boot_module boot_modules[MAX_BOOT_MODULES];
extern struct boot_info boot_info[MAX_BOOT_MODULES];
extern int nr_boot_modules;
extern struct mem_range mem_avail[MAX_MEM_REGIONS];
extern int nr_mem_avail;
extern phys_bytes kernel_cr3;
extern char klog_buf[KLOG_SIZE];
extern uint32_t klog_next;
extern bool kernel_vga;

#endif

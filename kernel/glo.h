/*
 * glo.h - the kernel's global state and the types of its boot tables.
 */
#ifndef _GLO_H
#define _GLO_H

#include <minix/kinfo.h>
#include "proc.h"

#define MAX_MEM_REGIONS		16
#define KLOG_SIZE		KMESS_SIZE
#define ANY_SLOT		(-1000)
#define IDLE_NR			(-4)

struct boot_task {
	endpoint_t endpoint;
	const char *name;
};

struct boot_module {			/* what GRUB loaded */
	char name[PROC_NAME_LEN];
	char args[128];			/* the program's; BI_* words taken out */
	uint32_t flags;			/* BI_* (minix/kinfo.h) */
	phys_bytes base;
	phys_bytes size;
};

extern const struct boot_task boot_tasks[NR_TASKS];
extern const char *const well_known_names[NR_BOOT_FIXED];

extern struct proc *proc_ptr;		/* running (or IDLE) */
extern uint32_t uptime;			/* ticks since boot */
extern uint32_t boot_time;		/* seconds since 1970 at boot */
extern uint64_t kernel_entry_tsc;	/* TSC at _start (head.S) */
extern char boot_cmdline[256];
extern bool boot_opt_panic_exit;	/* panic=exit */
extern struct boot_module boot_modules[MAX_BOOT_MODULES];
extern struct boot_info boot_info[MAX_BOOT_MODULES];
extern int nr_boot_modules;
extern struct fb_info boot_fb;		/* the boot loader's framebuffer */
/* The RSDP as the boot loader copied it (multiboot 2), for firmware
 * that does not put it where a BIOS would (UEFI). */
#define RSDP_COPY_MAX	36
extern uint8_t boot_rsdp[RSDP_COPY_MAX];
extern uint32_t boot_rsdp_len;		/* 0: none given */

/* What the ACPI tables say (acpi.c); zero where they say nothing. */
struct acpi_power {
	uint16_t pm1a_cnt, pm1b_cnt;	/* PM1 control ports */
	uint16_t reset_port;		/* the FADT's reset register */
	uint8_t reset_value;
	uint8_t s5_typ_a;		/* SLP_TYP for soft-off */
	bool have_s5;
};
extern struct acpi_power acpi_power;
extern int acpi_cpus;
extern uint64_t mem_present;		/* RAM the firmware reports */			/* processors the MADT lists */
extern struct mem_range mem_avail[MAX_MEM_REGIONS];
extern int nr_mem_avail;
extern phys_bytes kernel_cr3;
extern uint32_t pt_epoch;	/* see vm.c */
extern char klog_buf[KLOG_SIZE];
extern uint32_t klog_next;
extern uint32_t klog_told;		/* console.c */
extern bool kernel_vga;

#endif

/*
 * table.c - the boot image: which boot modules may run, as whom, and with
 * which privileges.
 *
 * GRUB loads one module per boot process; the first word of a module's
 * string names its entry here.  A module without an entry is not started.
 * The kernel tasks come first; they have no module.  Services started
 * later get their privileges from RS and etc/system.conf instead.
 */
#include "kernel.h"

#define TRAPS_ALL	IPC_TRAP_MASK_ALL
#define TRAPS_USER	IPC_TRAP_MASK_USER

const struct boot_task boot_tasks[NR_TASKS] = {
	{ IDLE,		"idle" },
	{ CLOCK,	"clock" },
	{ SYSTEM,	"system" },
	{ HARDWARE,	"kernel" },
};

/* Ports for the kernel self-tests: the second serial port's scratch
 * register (harmless to write) and the CMOS clock, whose periodic
 * interrupt (IRQ 8) tests irqctl. */
static const struct io_range ktest_io[] = {
	{ 0x2FF, 0x2FF }, { 0x70, 0x71 },
};
static const int ktest_irq[] = { 8 };

/* The memory driver maps physical memory: /dev/mem, and the RAM disk
 * that GRUB loaded as the rootfs module. */
static const struct mem_range all_memory[] = { { 0, 0xFFFFFFFF } };

/* The console: keyboard controller, VGA CRT controller, COM1; the
 * keyboard and COM1 interrupts; the VGA text buffer. */
static const struct io_range tty_io[] = {
	{ 0x60, 0x64 }, { 0x3D4, 0x3D5 }, { 0x3F8, 0x3FF },
};
static const int tty_irq[] = { 1, 4 };
static const struct mem_range tty_mem[] = { { 0xB8000, 0xBFFFF } };

const struct boot_image boot_image[] = {
	/* name	      slot	      flags			 queue quantum traps calls */
	{ "pm",	      PM_PROC_NR,   PRIV_SYS_PROC | PRIV_PREEMPTIBLE | PRIV_VM, 4, 20, TRAPS_ALL, CALLS_ALL },
	{ "vfs",      VFS_PROC_NR,  PRIV_SYS_PROC | PRIV_PREEMPTIBLE | PRIV_VM | PRIV_MAGIC, 5, 20, TRAPS_ALL, CALLS_ALL },
	{ "rs",	      RS_PROC_NR,   PRIV_SYS_PROC | PRIV_PREEMPTIBLE | PRIV_ROOT_SYS | PRIV_VM, 4, 20, TRAPS_ALL, CALLS_ALL },
	{ "ds",	      DS_PROC_NR,   PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 4, 20, TRAPS_ALL, CALLS_ALL },
	{ "memory",   MEM_PROC_NR,  PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 3, 20, TRAPS_ALL, CALLS_ALL,
	  .mem = all_memory, .nr_mem = ELEMENTS(all_memory) },
	{ "tty",      TTY_PROC_NR,  PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 1, 20, TRAPS_ALL, CALLS_ALL,
	  .io = tty_io, .nr_io = ELEMENTS(tty_io), .irq = tty_irq,
	  .nr_irq = ELEMENTS(tty_irq), .mem = tty_mem, .nr_mem = ELEMENTS(tty_mem) },
	{ "log",      LOG_PROC_NR,  PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 2, 20, TRAPS_ALL, CALLS_ALL },
	{ "mfs",      MFS_PROC_NR,  PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 5, 20, TRAPS_ALL, CALLS_ALL },
	{ "init",     INIT_PROC_NR, PRIV_PREEMPTIBLE,		 USER_Q, USER_QUANTUM, TRAPS_USER, CALLS_NONE },
	{ "rootfs",   ANY_SLOT,     BOOT_DATA },
	/* Kernel self-tests (test/kernel), in the test image only. */
	{ "ktest",    ANY_SLOT,     PRIV_SYS_PROC | PRIV_PREEMPTIBLE | PRIV_ROOT_SYS, 3, 10, TRAPS_ALL, CALLS_ALL,
	  .io = ktest_io, .nr_io = ELEMENTS(ktest_io),
	  .irq = ktest_irq, .nr_irq = ELEMENTS(ktest_irq) },
	{ "kpeer",    ANY_SLOT,     PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 5, 10, TRAPS_ALL, CALLS_ALL },
	{ "kspin",    ANY_SLOT,     PRIV_SYS_PROC | PRIV_PREEMPTIBLE, 9, 2,  TRAPS_ALL, CALLS_ALL },
};
const int nr_boot_image = ELEMENTS(boot_image);

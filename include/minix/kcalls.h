/*
 * kcalls.h - the one list of kernel calls.
 *
 * Each line names a call once: X(NAME, name).  The list makes the call
 * numbers (SYS_NAME, here), the kernel's dispatch table and handler
 * prototypes (do_name: kernel/system.c, kernel/system.h) and the names
 * that etc/system.conf uses (commands/service/config.c).  A call's number
 * is KERNEL_CALL plus its place in this list.  Every call listed has a
 * handler, kernel/system/do_name.c.
 */
#ifndef _MINIX_KCALLS_H
#define _MINIX_KCALLS_H

#define KERNEL_CALL_LIST(X) \
	X(GETINFO,	getinfo)	/* kernel, process and boot facts */ \
	X(TIMES,	times)		/* process times and uptime */ \
	X(SETALARM,	setalarm)	/* a CLOCK notification later */ \
	X(DEVIO,	devio)		/* one I/O port read or write */ \
	X(VDEVIO,	vdevio)		/* a vector of port reads or writes */ \
	X(IRQCTL,	irqctl)		/* interrupt policies */ \
	X(PRIVCTL,	privctl)	/* set a process's privileges */ \
	X(SETGRANT,	setgrant)	/* declare the caller's grant table */ \
	X(SAFECOPYFROM,	safecopyfrom)	/* copy from a grant */ \
	X(SAFECOPYTO,	safecopyto)	/* copy to a grant */ \
	X(KILL,		kill)		/* send a signal to a process */ \
	X(RUNCTL,	runctl)		/* stop or resume a process */ \
	X(STATECTL,	statectl)	/* state management (clear IPC refs) */ \
	X(EXIT,		exit)		/* the caller ends */ \
	X(ABORT,	abort)		/* halt, power off or reboot */ \
	X(DIAGCTL,	diagctl)	/* write to the kernel console */ \
	X(FORK,		fork)		/* copy a process (PM) */ \
	X(EXEC,		exec)		/* start a new image (PM) */ \
	X(MEMMAP,	memmap)		/* address space changes */ \
	X(VIRCOPY,	vircopy)	/* copy between address spaces */ \
	X(GETKSIG,	getksig)	/* a process with kernel signals */ \
	X(ENDKSIG,	endksig)	/* its signals are dealt with */ \
	X(SIGSEND,	sigsend)	/* run a signal handler */ \
	X(SIGRETURN,	sigreturn)	/* back from a signal handler */ \
	X(DMAALLOC,	dmaalloc)	/* contiguous memory for a device */ \
	X(SCHEDCTL,	schedctl)	/* an ordinary program's queue */ \
	X(VTIMER,	vtimer)		/* virtual and profiling timers */ \
	X(UPDATE,	update)		/* live update: swap two processes */ \
	X(FAULTINJ,	faultinj)	/* testing: corrupt a running process */

#define KERNEL_CALL	0x600

#define _KCALL_ENUM(NAME, name)	SYS_##NAME,
enum kernel_call_index { _SYS_BASE = KERNEL_CALL - 1, KERNEL_CALL_LIST(_KCALL_ENUM)
	_SYS_END };
#undef _KCALL_ENUM

#define NR_SYS_CALLS	(_SYS_END - KERNEL_CALL)
#define IS_KERNEL_CALL(t)	((t) >= KERNEL_CALL && (t) < _SYS_END)

#endif

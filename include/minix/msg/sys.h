/*
 * msg/sys.h - payloads of the kernel-call protocol (caller -> SYSTEM).
 *
 * A kernel call is a sendrec to SYSTEM whose m_type is SYS_<NAME>; the
 * reply's m_type is OK or a negated error, and calls that answer more than
 * a status fill the matching *_reply member.
 */
#ifndef _MINIX_MSG_SYS_H
#define _MINIX_MSG_SYS_H

#include <minix/config.h>
#include <minix/types.h>


struct m_notify {			/* every notification */
	uint32_t timestamp;		/* ticks since boot when sent */
	uint32_t interrupts;		/* from HARDWARE: pending hook ids */
	uint32_t sigset;		/* from SYSTEM: pending kernel signals */
};

struct m_sys_getinfo {
	int request;			/* GET_* below */
	vir_bytes buf;			/* caller's buffer */
	uint32_t len;			/* its size */
	endpoint_t ep;			/* for GET_PRIV, GET_PROC */
};

struct m_sys_times {
	endpoint_t ep;
};
struct m_sys_times_reply {
	uint32_t user_time;		/* ticks run in user mode */
	uint32_t sys_time;		/* ticks of kernel work for it */
	uint32_t uptime;		/* ticks since boot */
	uint32_t boot_time;		/* seconds since 1970 at boot */
};

struct m_sys_setalarm {
	uint32_t exp_time;		/* ticks (relative unless abs_time) */
	int abs_time;
};
struct m_sys_setalarm_reply {
	uint32_t time_left;		/* of the alarm this one replaced */
};

#define DIO_INPUT	0x00
#define DIO_OUTPUT	0x10
#define DIO_BYTE	0x01
#define DIO_WORD	0x02
#define DIO_LONG	0x04
#define DIO_DIR_MASK	0x10
#define DIO_SIZE_MASK	0x07
struct m_sys_devio {
	int request;			/* DIO_INPUT/OUTPUT | DIO_BYTE/WORD/LONG */
	uint32_t port;
	uint32_t value;
};
struct m_sys_devio_reply {
	uint32_t value;			/* what an input read */
};

struct pv_pair {			/* one port and value of a vdevio */
	uint32_t port;
	uint32_t value;
};
#define VDEVIO_MAX	64
struct m_sys_vdevio {
	int request;			/* as devio; applies to every pair */
	vir_bytes vec;			/* caller's array of struct pv_pair */
	int count;
};

#define IRQ_SETPOLICY	1
#define IRQ_RMPOLICY	2
#define IRQ_ENABLE	3
#define IRQ_DISABLE	4
#define IRQ_REENABLE	0x001		/* policy: unmask after each notify */
struct m_sys_irqctl {
	int request;
	int irq;			/* SETPOLICY: the line */
	int policy;			/* SETPOLICY: IRQ_REENABLE or 0 */
	int notify_id;			/* SETPOLICY: the bit of m_notify's
					 * interrupts that reports it */
	int hook_id;			/* the others: the hook, as SETPOLICY's
					 * reply named it */
};
struct m_sys_irqctl_reply {
	int hook_id;			/* SETPOLICY: the kernel's hook */
};

#define SYS_PRIV_SET_SYS	1	/* arg: struct priv_desc to install */
#define SYS_PRIV_SET_USER	2	/* back to ordinary user privileges */
#define SYS_PRIV_ALLOW		3	/* let it run */
#define SYS_PRIV_DISALLOW	4	/* keep it from running */
#define SYS_PRIV_ADD_IO		5	/* arg: struct io_range */
#define SYS_PRIV_ADD_IRQ	6	/* arg: int irq */
#define SYS_PRIV_ADD_MEM	7	/* arg: struct mem_range */
struct m_sys_privctl {
	endpoint_t ep;
	int request;
	vir_bytes arg;
};

struct m_sys_setgrant {
	vir_bytes addr;			/* the caller's table of cp_grant_t */
	int size;			/* entries */
};

struct m_sys_safecopy {
	endpoint_t owner;		/* who made the grant */
	cp_grant_id_t grant;
	vir_bytes offset;		/* into the granted range */
	vir_bytes addr;			/* caller's buffer */
	uint32_t bytes;
};

struct m_sys_kill {
	endpoint_t ep;
	int sig;
};

/* FAULTINJ (fault injection campaigns only: docs/faults.md).  The
 * target's word at where (FI_MEM: an address; FI_STACK: bytes above its
 * stack pointer; FI_REG: an FI_R_* register) is XORed with mask, or its
 * next outgoing message is dropped, duplicated or garbled (the payload
 * word where % its words, XORed with mask).  The reply gives the word's
 * old value and, for FI_STACK, the address it was at. */
#define FI_MEM		1
#define FI_STACK	2
#define FI_REG		3
#define FI_MSG_DROP	4
#define FI_MSG_DUP	5
#define FI_MSG_GARBLE	6
#define FI_R_EAX	0
#define FI_R_EBX	1
#define FI_R_ECX	2
#define FI_R_EDX	3
#define FI_R_ESI	4
#define FI_R_EDI	5
#define FI_R_EBP	6
#define FI_R_ESP	7
#define FI_R_EIP	8
#define FI_NR_REGS	9
struct m_sys_faultinj {
	endpoint_t ep;
	int kind;			/* FI_* */
	uint32_t where;
	uint32_t mask;
	uint32_t old;			/* back: the word before */
	vir_bytes addr;			/* back: where it was */
};

#define RC_STOP		1
#define RC_RESUME	2
struct m_sys_runctl {
	endpoint_t ep;
	int action;
};

/* SCHEDCTL: an ordinary program's queue, MAX_USER_Q..MIN_USER_Q. */
struct m_sys_schedctl {
	endpoint_t ep;
	int queue;
};

#define SYS_STATE_CLEAR_IPC_REFS	1
struct m_sys_statectl {
	int request;
};

struct m_sys_exit {
	endpoint_t ep;			/* SELF, or a process the caller manages */
	int status;
};

#define RBT_HALT	0
#define RBT_REBOOT	1
#define RBT_POWEROFF	2
#define RBT_PANIC	3
struct m_sys_abort {
	int how;
};

#define DIAG_PRINT	1		/* write buf to the kernel console */
#define DIAG_CONSOLE_TAKEN 2		/* the tty driver has the screen now: the
					 * kernel writes only to the serial port
					 * and its log, and notifies the caller
					 * (from SYSTEM) of what it writes after,
					 * to draw on the screen */
struct m_sys_diagctl {
	int code;
	vir_bytes buf;
	uint32_t len;
};

struct m_sys_fork {
	endpoint_t parent;		/* blocked in a sendrec to the caller */
	int flags;			/* FORK_EMPTY */
};
/* RS: not a copy but a new process with an empty address space, held
 * (RTS_NO_PRIV) until RS has loaded it and allows it to run.  RS needs
 * nobody's help to start a service, so it can restart the very drivers
 * that PM and VFS may be waiting for. */
#define FORK_EMPTY	0x1
/* PM: the child is root's, and may take the page frames the kernel keeps
 * for root (kernel/memory.c), as may what root's programs exec. */
#define FORK_ROOT	0x2
struct m_sys_fork_reply {
	endpoint_t child;		/* a copy of parent, blocked likewise */
};

struct m_sys_exec {
	endpoint_t ep;			/* blocked in a sendrec to the caller */
	vir_bytes sp;			/* its new stack pointer */
	vir_bytes pc;			/* and entry point */
	char name[PROC_NAME_LEN];	/* its new name */
	int flags;			/* EXEC_ROOT */
};
#define EXEC_ROOT	0x1		/* it runs as root: see FORK_ROOT */

#define MM_CLEAR	1	/* an empty address space (exec) */
#define MM_ALLOC	2	/* zeroed pages over [addr, addr+len) */
#define MM_FREE		3	/* unmap and free [addr, addr+len) */
#define MM_PROTECT	4	/* [addr, addr+len) read-only, or as flags
				 * say (MM_FLAG_WRITE, MM_FLAG_NONE); every
				 * page must be there (else -ENOMEM) */
#define MM_MAP_PHYS	5	/* map [phys, phys+len) at addr (SELF only,
				 * inside the caller's memory ranges) */
#define MM_STACK	6	/* pages below USER_STACK_TOP down to addr
				 * appear on first touch */
#define MM_FLAG_WRITE	0x1
#define MM_FLAG_NONE	0x2	/* MM_PROTECT: no access at all */
struct m_sys_memmap {
	int op;
	endpoint_t ep;
	vir_bytes addr;
	vir_bytes len;
	phys_bytes phys;
	int flags;
};

/* SYS_DMAALLOC: len bytes (whole pages, at most DMA_ALLOC_MAX) of
 * zeroed, physically contiguous memory mapped at addr in the caller's
 * own space, where nothing may be mapped yet.  The reply says where the
 * memory is physically, for the device.  The pages are the caller's:
 * MM_FREE or its end frees them. */
#define DMA_ALLOC_MAX	(1024 * 1024)
struct m_sys_dmaalloc {
	vir_bytes addr;
	vir_bytes len;
};
struct m_sys_dmaalloc_reply {
	phys_bytes phys;		/* of the first byte */
};

struct m_sys_vircopy {		/* copy between any two address spaces */
	endpoint_t src_ep;
	vir_bytes src_addr;
	endpoint_t dst_ep;
	vir_bytes dst_addr;
	uint32_t bytes;
};

struct m_sys_getksig_reply {
	endpoint_t ep;			/* NONE: no process has signals */
	uint32_t sigs;			/* its pending kernel signals */
};
struct m_sys_endksig {
	endpoint_t ep;
};

struct m_sys_sigsend {			/* run a handler in ep */
	endpoint_t ep;
	int sig;
	vir_bytes handler;
	vir_bytes trampoline;		/* where the handler returns to */
	uint32_t mask;			/* saved in the frame for sigreturn */
};
struct m_sys_sigreturn {		/* resume ep from its signal frame */
	endpoint_t ep;
	vir_bytes context;		/* its struct sigcontext */
};

/* A process's CPU-time timers: VT_VIRTUAL counts the ticks it runs in
 * user mode, VT_PROF those of user mode and of kernel work for it; when
 * one runs out the process gets SIGVTALRM or SIGPROF and the timer
 * starts again from its interval (0: it stops). */
#define VT_VIRTUAL	0
#define VT_PROF		1
#define NR_VTIMERS	2
struct m_sys_vtimer {
	endpoint_t ep;
	int which;			/* VT_* */
	int set;			/* 0: only read it */
	uint32_t value;			/* ticks to go; 0 stops it */
	uint32_t interval;		/* ticks */
};
struct m_sys_vtimer_reply {		/* what the timer was */
	uint32_t value;
	uint32_t interval;
};

/* Live update (RS): the programs of ep1 and ep2 trade places.  Each
 * endpoint keeps what names it to others; what it runs moves (see
 * kernel/system/do_update.c). */
struct m_sys_update {
	endpoint_t ep1;
	endpoint_t ep2;
};

/* This protocol's payloads, one X(struct name) each: ipc.h makes the
 * message union and a size check of every one from this list. */
#define MSG_PAYLOADS_SYS(X) \
	X(m_notify) \
	X(m_sys_getinfo) \
	X(m_sys_times) \
	X(m_sys_times_reply) \
	X(m_sys_setalarm) \
	X(m_sys_setalarm_reply) \
	X(m_sys_devio) \
	X(m_sys_devio_reply) \
	X(m_sys_vdevio) \
	X(m_sys_irqctl) \
	X(m_sys_irqctl_reply) \
	X(m_sys_privctl) \
	X(m_sys_setgrant) \
	X(m_sys_safecopy) \
	X(m_sys_kill) \
	X(m_sys_runctl) \
	X(m_sys_faultinj) \
	X(m_sys_schedctl) \
	X(m_sys_statectl) \
	X(m_sys_exit) \
	X(m_sys_abort) \
	X(m_sys_diagctl) \
	X(m_sys_fork) \
	X(m_sys_fork_reply) \
	X(m_sys_exec) \
	X(m_sys_memmap) \
	X(m_sys_dmaalloc) \
	X(m_sys_dmaalloc_reply) \
	X(m_sys_vircopy) \
	X(m_sys_getksig_reply) \
	X(m_sys_endksig) \
	X(m_sys_sigsend) \
	X(m_sys_sigreturn) \
	X(m_sys_vtimer) \
	X(m_sys_vtimer_reply) \
	X(m_sys_update)

#endif

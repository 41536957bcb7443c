/*
 * com.h - who is who: the kernel tasks, the boot processes' well-known
 * endpoints, and the kernel's getinfo and privilege vocabulary.
 */
#ifndef _MINIX_COM_H
#define _MINIX_COM_H

#include <minix/endpoint.h>
#include <minix/kcalls.h>
#include <minix/ipcconst.h>

/* Kernel tasks.  Only SYSTEM answers messages; the others are the sources
 * of notifications (HARDWARE: interrupts, CLOCK: alarms). */
#define IDLE		make_endpoint(0, -4)
#define CLOCK		make_endpoint(0, -3)
#define SYSTEM		make_endpoint(0, -2)
#define HARDWARE	make_endpoint(0, -1)
#define KERNEL		HARDWARE

/* Boot processes with fixed slots, so their first instances have endpoints
 * everyone knows before DS is up. */
#define PM_PROC_NR	0
#define VFS_PROC_NR	1
#define RS_PROC_NR	2
#define DS_PROC_NR	3
#define MEM_PROC_NR	4
#define TTY_PROC_NR	5
#define LOG_PROC_NR	6
#define MFS_PROC_NR	7
#define INIT_PROC_NR	8
#define NR_BOOT_FIXED	9	/* first slot for other boot modules */

#define PM_PROC_EP	make_endpoint(0, PM_PROC_NR)
#define VFS_PROC_EP	make_endpoint(0, VFS_PROC_NR)
#define RS_PROC_EP	make_endpoint(0, RS_PROC_NR)
#define DS_PROC_EP	make_endpoint(0, DS_PROC_NR)
#define MEM_PROC_EP	make_endpoint(0, MEM_PROC_NR)
#define TTY_PROC_EP	make_endpoint(0, TTY_PROC_NR)
#define LOG_PROC_EP	make_endpoint(0, LOG_PROC_NR)
#define MFS_PROC_EP	make_endpoint(0, MFS_PROC_NR)
#define INIT_PROC_EP	make_endpoint(0, INIT_PROC_NR)

/* The servers the system is built on: everyone knows their endpoints
 * and their state is not kept anywhere else, so they cannot be restarted
 * (nor killed).  The drivers among the boot processes can. */
#define IS_CORE_SERVER(ep) ((ep) == PM_PROC_EP || (ep) == VFS_PROC_EP \
	|| (ep) == RS_PROC_EP || (ep) == DS_PROC_EP || (ep) == MFS_PROC_EP)

/* getinfo requests (struct m_sys_getinfo.request); layouts in kinfo.h. */
#define GET_KINFO	1	/* struct kinfo */
#define GET_WHOAMI	2	/* struct proc_info of the caller */
#define GET_PROCTAB	3	/* struct proc_info[] of every live slot */
#define GET_PRIV	4	/* struct priv_desc of ep */
#define GET_CMDLINE	5	/* the boot command line, NUL-terminated */
#define GET_IMAGE	6	/* struct boot_info[] of the boot modules */
#define GET_PROC	7	/* struct proc_info of ep */
#define GET_KMESSAGES	8	/* struct kmessages: the console's ring */

/* Privilege flags (struct priv_desc.pd_flags). */
#define PRIV_SYS_PROC	0x01	/* has a privilege structure of its own */
#define PRIV_PREEMPTIBLE 0x02	/* loses the CPU when its quantum ends */
#define PRIV_ROOT_SYS	0x04	/* may set others' privileges (RS) */
#define PRIV_MAGIC	0x08	/* may grant others' memory (VFS) */
#define PRIV_VM		0x10	/* may change others' address spaces (PM, VFS, RS) */

/* Bits of m_notify.sigset in a notification from SYSTEM. */
#define SIGKSIG_BIT	0x01	/* processes have kernel signals: getksig */

#endif

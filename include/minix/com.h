/*
 * com.h - who is who: the kernel tasks, the well-known servers'
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

/* The processes at well-known slots: the libraries reach them without
 * asking anyone, so their endpoints are known before DS is up.  X(NAME,
 * "boot module name").  The first boot module always takes RS's slot;
 * a module of another name here takes its own; the rest of the boot set
 * (etc/boot.list) gets any free slot from NR_BOOT_FIXED on. */
#define WELL_KNOWN_PROCS(X) \
	X(PM,	"pm")		/* processes and signals */ \
	X(VFS,	"vfs")		/* files */ \
	X(RS,	"rs")		/* services; the root of trust */ \
	X(DS,	"ds")		/* the data store */ \
	X(INIT,	"init")		/* process 1 */

#define _WK_NR(NAME, name)	NAME##_PROC_NR,
enum well_known_slot { WELL_KNOWN_PROCS(_WK_NR) NR_BOOT_FIXED };
#undef _WK_NR

#define PM_PROC_EP	make_endpoint(0, PM_PROC_NR)
#define VFS_PROC_EP	make_endpoint(0, VFS_PROC_NR)
#define RS_PROC_EP	make_endpoint(0, RS_PROC_NR)
#define DS_PROC_EP	make_endpoint(0, DS_PROC_NR)
#define INIT_PROC_EP	make_endpoint(0, INIT_PROC_NR)

/* getinfo requests (struct m_sys_getinfo.request); layouts in kinfo.h. */
#define GET_KINFO	1	/* struct kinfo */
#define GET_WHOAMI	2	/* struct proc_info of the caller */
#define GET_PROCTAB	3	/* struct proc_info[] of every live slot */
#define GET_PRIV	4	/* struct priv_desc of ep */
#define GET_CMDLINE	5	/* the boot command line, NUL-terminated */
#define GET_IMAGE	6	/* struct boot_info[] of the boot modules */
#define GET_PROC	7	/* struct proc_info of ep */
#define GET_KMESSAGES	8	/* struct kmessages: the console's ring */
#define GET_GRANTS	9	/* the number of grants ep holds (result) */

/* Privilege flags (struct priv_desc.pd_flags). */
#define PRIV_SYS_PROC	0x01	/* has a privilege structure of its own */
#define PRIV_PREEMPTIBLE 0x02	/* loses the CPU when its quantum ends */
#define PRIV_ROOT_SYS	0x04	/* may set others' privileges (RS) */
#define PRIV_MAGIC	0x08	/* may grant others' memory (VFS) */
#define PRIV_VM		0x10	/* may change others' address spaces (PM, VFS, RS) */
#define PRIV_FRAMEBUFFER 0x20	/* may map the boot framebuffer (tty):
				   system.conf's "memory framebuffer" */

/* Bits of m_notify.sigset in a notification from SYSTEM. */
#define SIGKSIG_BIT	0x01	/* processes have kernel signals: getksig */

#endif

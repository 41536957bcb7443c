/*
 * proc.h - the process table.
 *
 * A slot holds one process: its saved registers (first, because the trap
 * code writes them), its address space, its IPC state and its place in
 * the scheduler.  A slot is runnable exactly when p_rts_flags is zero;
 * every reason to stop it is one flag, so several can hold at once.
 */
#ifndef _PROC_H
#define _PROC_H

#include <minix/config.h>
#include <minix/types.h>
#include <minix/ipc.h>
#include "archtypes.h"

struct proc {
	struct stackframe p_reg;	/* must be first: see mpx.S */
	struct fpu_state p_fpu;		/* FXSAVE image, valid if MF_FPU_SAVED */

	phys_bytes p_cr3;		/* page directory, physical */
	uint32_t *p_pgdir;		/* the same, kernel virtual */
	uint32_t p_mem;			/* bytes of user memory it owns */
	bool p_root_mem;		/* may take the frames kept for root */
	vir_bytes p_stack_limit;	/* stack pages from here to
					 * USER_STACK_TOP appear on demand */
	vir_bytes p_umap_va;		/* the page umap() found last, */
	uint8_t *p_umap_k;		/* its kernel address, */
	bool p_umap_rw;			/* checked for writing, */
	uint32_t p_umap_epoch;		/* good while pt_epoch is this */

	proc_nr_t p_nr;			/* slot, MINIX-numbered: tasks < 0 */
	endpoint_t p_endpoint;
	struct priv *p_priv;
	char p_name[PROC_NAME_LEN];

	uint32_t p_rts_flags;		/* RTS_*: why it cannot run */
	uint32_t p_misc_flags;		/* MF_* */
	int p_priority;			/* scheduling queue */
	int p_quantum;			/* ticks per turn */
	int p_ticks_left;		/* of the current turn */
	int p_demoted;			/* queues below p_priority it sits,
					 * for quanta used up (sched.c) */
	struct proc *p_nextready;

	struct proc *p_caller_q;	/* senders blocked on this process */
	struct proc *p_q_link;		/* next in the queue it is on */
	endpoint_t p_sendto_e;		/* while RTS_SENDING */
	endpoint_t p_getfrom_e;		/* while RTS_RECEIVING: ANY or one */
	vir_bytes p_messbuf;		/* where a receive delivers */
	message *p_msgk;		/* the same, kernel virtual, or NULL: */
	uint32_t p_msgk_epoch;		/* good while pt_epoch is this */
	message p_sendmsg;		/* a blocked send's message, copied in */

	uint32_t p_user_time;		/* ticks */
	uint32_t p_sys_time;
	uint32_t p_pending_sigs;	/* kernel signals for its manager */
	uint32_t p_vtimer[NR_VTIMERS];	/* CPU-time timers: ticks to go, */
	uint32_t p_vtimer_ival[NR_VTIMERS];	/* and to go again (VT_*) */
	uint32_t p_msg_start;		/* console messages about it: the */
	uint32_t p_msg_count;		/* second's start, and how many */
	uint32_t p_reply_since;		/* when its sendrec's request went */
	int p_msgfault;			/* FI_MSG_* armed for its next
					 * message out, or 0 (msgfault.c) */
	uint32_t p_msgfault_where, p_msgfault_mask;
};

/* p_rts_flags */
#define RTS_SLOT_FREE	0x0001	/* the slot is empty */
#define RTS_SENDING	0x0002	/* blocked in a send */
#define RTS_RECEIVING	0x0004	/* blocked in a receive */
#define RTS_NO_PRIV	0x0008	/* not allowed to run (privctl) */
#define RTS_PROC_STOP	0x0010	/* stopped by runctl */
#define RTS_SIG_PENDING	0x0020	/* stopped until its signal is handled */

/* p_misc_flags */
#define MF_REPLY_PEND	0x0001	/* in a sendrec: only the reply may arrive */
#define MF_FPU_SAVED	0x0002	/* p_fpu holds its FPU state */
#define MF_RECEIVED	0x0004	/* received without blocking since its last
				   quantum ended: busy, not looping (sched.c) */

#define NR_SLOTS	(NR_TASKS + NR_PROCS)
#define BEG_PROC_ADDR	(&proc[0])
#define END_PROC_ADDR	(&proc[NR_SLOTS])
#define proc_addr(n)	(&proc[(n) + NR_TASKS])
#define proc_nr_of(p)	((p)->p_nr)
#define isemptyp(p)	((p)->p_rts_flags & RTS_SLOT_FREE)
#define iskernelp(p)	((p)->p_nr < 0)
#define isuserp(p)	(!((p)->p_priv->s_flags & PRIV_SYS_PROC))
#define proc_is_runnable(p)	((p)->p_rts_flags == 0)

extern struct proc proc[NR_SLOTS];

#endif

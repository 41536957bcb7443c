/*
 * priv.h - what a process may do, as privctl and getinfo carry it.
 *
 * IPC targets are named by privilege id (every system process has its own;
 * all ordinary programs share USER_PRIV_ID); kernel calls by their index in
 * kcalls.h.  The kernel checks every IPC and kernel call against these.
 */
#ifndef _MINIX_PRIV_H
#define _MINIX_PRIV_H

#include <minix/config.h>
#include <minix/types.h>
#include <minix/kcalls.h>

#define USER_PRIV_ID	0	/* shared by every ordinary program */

struct io_range {
	uint32_t ior_base;	/* first port */
	uint32_t ior_limit;	/* last port, inclusive */
};

struct mem_range {
	phys_bytes mr_base;	/* first byte */
	phys_bytes mr_limit;	/* last byte, inclusive */
};

struct priv_desc {
	uint32_t pd_flags;		/* PRIV_* in com.h */
	uint32_t pd_trap_mask;		/* 1 << SEND | ... (ipcconst.h) */
	int pd_queue;			/* scheduling queue, 0 highest */
	int pd_quantum;			/* ticks */
	endpoint_t pd_sig_mgr;		/* who handles its signals (NONE) */
	sys_id_t pd_id;			/* filled in by getinfo; ignored by set */
	bitchunk_t pd_ipc_to[BITMAP_CHUNKS(NR_SYS_PROCS)];
	bitchunk_t pd_k_calls[BITMAP_CHUNKS(NR_SYS_CALLS)];
	int pd_nr_io;
	struct io_range pd_io[NR_IO_RANGE];
	int pd_nr_irq;
	int pd_irq[NR_IRQ];
	int pd_nr_mem;
	struct mem_range pd_mem[NR_MEM_RANGE];
};

#endif

/*
 * priv.h - privilege structures.
 *
 * Each system process owns one; all ordinary programs share the first.
 * Besides what the process may do (IPC targets, kernel calls, ports,
 * IRQs, memory) it holds per-process kernel state that is indexed by
 * privilege id: pending notifications and asynchronous messages.
 */
#ifndef _PRIV_H
#define _PRIV_H

#include <stdbool.h>
#include <minix/config.h>
#include <minix/priv.h>

struct priv {
	sys_id_t s_id;			/* index in priv[] */
	proc_nr_t s_proc_nr;		/* owner's slot, or NONE_PROC */
	uint32_t s_flags;		/* PRIV_* */
	uint32_t s_trap_mask;
	bitchunk_t s_ipc_to[BITMAP_CHUNKS(NR_SYS_PROCS)];
	bitchunk_t s_k_call_mask[BITMAP_CHUNKS(NR_SYS_CALLS)];
	endpoint_t s_sig_mgr;

	bitchunk_t s_notify_pending[BITMAP_CHUNKS(NR_SYS_PROCS)];
	bitchunk_t s_asyn_pending[BITMAP_CHUNKS(NR_SYS_PROCS)];
	uint32_t s_int_pending;		/* irq hook bits, for HARDWARE notify */
	uint32_t s_sig_pending;		/* kernel signals, for SYSTEM notify */

	vir_bytes s_grant_table;	/* its cp_grant_t[] */
	int s_grant_entries;
	vir_bytes s_asyntab;		/* its asynmsg_t[] (senda) */
	int s_asynsize;

	bool s_alarm_set;
	uint32_t s_alarm_exp;		/* uptime tick at which it fires */

	int s_nr_io;
	struct io_range s_io[NR_IO_RANGE];
	int s_nr_irq;
	int s_irq[NR_IRQ];
	int s_nr_mem;
	struct mem_range s_mem[NR_MEM_RANGE];
};

#define NONE_PROC	(-1000)
#define priv_addr(id)	(&priv[(id)])
#define priv_id(p)	((p)->p_priv->s_id)

extern struct priv priv[NR_SYS_PROCS];

/* The first set bit of map at or after bit from, or nbits if none.  The
 * receive path asks this of the pending bitmaps on every call: whole
 * empty words are passed over at once. */
static inline int next_set_bit(const bitchunk_t *map, int from, int nbits)
{
	int w = from / BITCHUNK_BITS;
	bitchunk_t bits;

	if (from >= nbits)
		return nbits;
	bits = map[w] & (~(bitchunk_t) 0 << CHUNK_OFFSET(from));
	for (;;) {
		if (bits != 0) {
			from = w * BITCHUNK_BITS + __builtin_ctz(bits);
			return from < nbits ? from : nbits;
		}
		if (++w >= BITMAP_CHUNKS(nbits))
			return nbits;
		bits = map[w];
	}
}

#endif

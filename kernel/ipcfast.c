/*
 * ipcfast.c - the IPC fast path: sendrec, send, sendnb and a server's
 * REPLY_RECV to a peer that waits.
 *
 * Nearly every message is a request to a server blocked in receive, or
 * the reply to a client blocked in its sendrec.  For those, the general
 * path (ipc.c) would copy the message into the sender's slot and then out
 * to the receiver, walking both processes' page tables.  Here it is
 * copied once, from the sender's buffer straight into the receiver's,
 * through the kernel address of the receive buffer remembered when the
 * receiver blocked (good while no mapping anywhere has been taken away:
 * pt_epoch, vm.c), so the only page-table walk is the sender's own.
 *
 * ipc_fast() takes a call only when it can finish it exactly as the
 * general path would; whenever anything else could happen (a kernel
 * peer, a denied target, a receiver not waiting for the caller, a
 * request crossing one the peer waits on (ELOCKED), a buffer across a
 * page boundary or not mapped) it returns false having changed nothing,
 * and do_ipc() takes the general path.  What is decided here is a
 * subset of ipc.c's rules, so every semantic still has one home: see
 * docs/ipc.md, "The fast path".
 *
 * The combined reply-and-receive of a server (REPLY_RECV) has a fast
 * path too, when the reply finds its client waiting and nothing waits
 * for the server: one trap, one copy, and the server blocks receiving.
 * A sendrec or REPLY_RECV that blocks the caller and wakes the peer
 * hands the CPU over in one step of the ready queues (sched_handoff()).
 *
 * Entry points: ipc_fast(), ipc_fast_reply_recv(), set_messbuf(),
 * messbuf_k().
 */
#include "kernel.h"

/* The kernel address of p's receive buffer, or NULL if it must be
 * walked to (across a page boundary, or a mapping may have changed). */
message *messbuf_k(struct proc *p)
{
	if (p->p_msgk != NULL && p->p_msgk_epoch == pt_epoch)
		return p->p_msgk;
	return NULL;
}

/* Check that p's user mode may write a message at m_ptr and make it p's
 * receive buffer, remembering its kernel address when the message fits
 * in one page.  False, and nothing changed, if it may not. */
bool set_messbuf(struct proc *p, vir_bytes m_ptr)
{
	message *k = NULL;

	if ((m_ptr & (PAGE_SIZE - 1)) <= PAGE_SIZE - sizeof(message)) {
		if ((k = umap(p, m_ptr, true)) == NULL)
			return false;
	} else if (!user_writable(p, m_ptr, sizeof(message))) {
		return false;
	}
	p->p_messbuf = m_ptr;
	p->p_msgk = k != NULL && kptr_lasts(k) ? k : NULL;
	p->p_msgk_epoch = pt_epoch;
	return true;
}

/* The process peer_e names, if caller may hand it a message on the fast
 * path right now: a live process (not a kernel task) in caller's IPC
 * mask, blocked in a receive that caller's message ends, with the
 * kernel address of its buffer remembered (*dst).  NULL otherwise. */
static inline struct proc *waiting_peer(struct proc *caller,
	endpoint_t peer_e, uint32_t rts_mask, message **dst)
{
	struct proc *peer;

	if (peer_e < 0)
		return NULL;
	peer = &proc[endpoint_slot(peer_e)];
	if (peer->p_endpoint != peer_e
	    || (peer->p_rts_flags & rts_mask) != RTS_RECEIVING
	    || (peer->p_getfrom_e != ANY
		&& peer->p_getfrom_e != caller->p_endpoint)
	    || iskernelp(peer)
	    || !GET_BIT(caller->p_priv->s_ipc_to, (unsigned) priv_id(peer)))
		return NULL;
	if ((*dst = messbuf_k(peer)) == NULL)
		return NULL;
	return peer;
}

/* The kernel address of caller's message at m_ptr, checked for user
 * access (write: for a receive into it too), if the fast path may use
 * it: no message fault armed, the message in one page.  Else NULL. */
static inline message *caller_msg(struct proc *caller, vir_bytes m_ptr,
	bool write)
{
	if (caller->p_msgfault != 0)
		return NULL;	/* a fault armed for its next message */
	if ((m_ptr & (PAGE_SIZE - 1)) > PAGE_SIZE - sizeof(message))
		return NULL;
	return umap(caller, m_ptr, write);
}

/* Copy the message across and end peer's receive with it.  The copy is
 * sixteen movsl in line (the kernel runs with the direction flag
 * clear: mpx.S). */
static inline void hand_over(struct proc *caller, message *src,
	struct proc *peer, message *dst)
{
	void *d = dst;
	const void *s = src;
	uint32_t n = sizeof(message) / 4;

	_Static_assert(sizeof(message) % 4 == 0, "a message is whole words");
	__asm__ volatile("rep movsl"
		: "+D" (d), "+S" (s), "+c" (n) : : "memory");
	dst->m_source = caller->p_endpoint;
	peer->p_reg.eax = OK;
	peer->p_misc_flags &= ~MF_REPLY_PEND;
	peer->p_getfrom_e = NONE;
}

/* caller now receives from src_e into m_ptr (k: its kernel address). */
static inline void wait_in(struct proc *caller, endpoint_t src_e,
	vir_bytes m_ptr, message *k)
{
	caller->p_messbuf = m_ptr;
	caller->p_msgk = k != NULL && kptr_lasts(k) ? k : NULL;
	caller->p_msgk_epoch = pt_epoch;
	caller->p_getfrom_e = src_e;
}

/* SEND, SENDNB or SENDREC (not to SYSTEM) from caller, already allowed
 * by its trap mask.  True if the fast path did all of it (the status is
 * in caller's eax).  (Servers that answer with SENDNB: to a waiting
 * receiver it is a SEND.)  A sendrec hands the CPU straight over: the
 * caller blocks and the peer wakes in one step of the ready queues. */
bool ipc_fast(struct proc *caller, int call)
{
	struct proc *peer;
	message *src, *dst;

	/* Decide: every check before anything changes.  A receiver that
	 * is also stopped or signalled (other RTS flags) is left to ipc.c
	 * for a sendrec, which hands it the CPU. */
	peer = waiting_peer(caller, caller->p_reg.ebx, call == SENDREC
		? ~0u : RTS_RECEIVING | RTS_SENDING | RTS_SLOT_FREE, &dst);
	if (peer == NULL)
		return false;
	if (call == SENDREC && (peer->p_misc_flags & MF_REPLY_PEND))
		return false;	/* crossed requests: ipc.c says ELOCKED */
	if ((src = caller_msg(caller, caller->p_reg.ecx, call == SENDREC))
	    == NULL)
		return false;

	/* Perform: nothing below can fail. */
	hand_over(caller, src, peer, dst);
	caller->p_reg.eax = OK;
	if (call != SENDREC) {
		rts_unset(peer, RTS_RECEIVING);
		return true;
	}
	/* Wait for the reply, which only peer can give. */
	wait_in(caller, peer->p_endpoint, caller->p_reg.ecx, src);
	caller->p_misc_flags |= MF_REPLY_PEND;
	caller->p_reply_since = uptime;
	sched_handoff(caller, RTS_RECEIVING, peer);
	return true;
}

/* REPLY_RECV from caller: the reply (ebx) goes to a process waiting for
 * it, and the caller has nothing waiting for it (no notification, no
 * queued sender, no asynchronous message), so its receive from ANY
 * (edx) blocks at once.  True if the fast path did all of it; false,
 * having changed nothing, for ipc.c's do_reply_recv() to do. */
bool ipc_fast_reply_recv(struct proc *caller)
{
	struct priv *pr = caller->p_priv;
	struct proc *peer;
	message *src, *dst;

	if ((endpoint_t) caller->p_reg.edx != ANY || caller->p_caller_q != NULL)
		return false;
	_Static_assert(BITMAP_CHUNKS(NR_SYS_PROCS) == 2, "two words each");
	if ((pr->s_notify_pending[0] | pr->s_notify_pending[1]
	    | pr->s_asyn_pending[0] | pr->s_asyn_pending[1]) != 0)
		return false;	/* mini_receive() delivers those first */
	peer = waiting_peer(caller, caller->p_reg.ebx, ~0u, &dst);
	if (peer == NULL)
		return false;
	if ((src = caller_msg(caller, caller->p_reg.ecx, true)) == NULL)
		return false;

	hand_over(caller, src, peer, dst);
	caller->p_reg.edx = OK;		/* the reply's status */
	wait_in(caller, ANY, caller->p_reg.ecx, src);
	sched_handoff(caller, RTS_RECEIVING, peer);
	return true;
}

/*
 * ipcfast.c - the IPC fast path: sendrec, send and sendnb to a peer that
 * waits.
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
 * Entry points: ipc_fast(), set_messbuf(), messbuf_k().
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

/* SEND, SENDNB or SENDREC from caller, already allowed by its trap mask.
 * True if the fast path did all of it (the status is in caller's eax).
 * (Servers answer with SENDNB: to a waiting receiver it is a SEND.) */
bool ipc_fast(struct proc *caller, int call)
{
	endpoint_t peer_e = caller->p_reg.ebx;
	vir_bytes m_ptr = caller->p_reg.ecx;
	struct proc *peer;
	message *src, *dst;

	/* Decide: every check before anything changes. */
	if (peer_e < 0 || endpoint_slot(peer_e) >= NR_SLOTS)
		return false;
	peer = &proc[endpoint_slot(peer_e)];
	if (peer->p_endpoint != peer_e || isemptyp(peer) || iskernelp(peer))
		return false;
	if ((peer->p_rts_flags & (RTS_RECEIVING | RTS_SENDING))
		!= RTS_RECEIVING
	    || (peer->p_getfrom_e != ANY && peer->p_getfrom_e != caller->p_endpoint))
		return false;
	if (call == SENDREC && (peer->p_misc_flags & MF_REPLY_PEND))
		return false;	/* crossed requests: ipc.c says ELOCKED */
	if (caller->p_msgfault != 0)
		return false;	/* a fault armed for its next message */
	if (!GET_BIT(caller->p_priv->s_ipc_to, priv_id(peer)))
		return false;
	if ((m_ptr & (PAGE_SIZE - 1)) > PAGE_SIZE - sizeof(message))
		return false;
	if ((dst = messbuf_k(peer)) == NULL)
		return false;
	if ((src = umap(caller, m_ptr, call == SENDREC)) == NULL)
		return false;

	/* Perform: nothing below can fail. */
	memcpy(dst, src, sizeof(message));
	dst->m_source = caller->p_endpoint;
	peer->p_reg.eax = OK;
	peer->p_misc_flags &= ~MF_REPLY_PEND;
	peer->p_getfrom_e = NONE;
	rts_unset(peer, RTS_RECEIVING);
	caller->p_reg.eax = OK;
	if (call == SENDREC) {
		/* Wait for the reply, which only peer can give. */
		caller->p_messbuf = m_ptr;
		caller->p_msgk = src;
		caller->p_msgk_epoch = pt_epoch;
		caller->p_misc_flags |= MF_REPLY_PEND;
		caller->p_reply_since = uptime;
		caller->p_getfrom_e = peer_e;
		rts_set(caller, RTS_RECEIVING);
	}
	return true;
}

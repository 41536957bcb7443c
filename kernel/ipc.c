/*
 * ipc.c - message passing.
 *
 * Rendezvous IPC with fixed-size messages: a send waits until the peer
 * receives, a receive until someone sends.  notify() never blocks; it sets
 * a bit in the receiver's privilege structure that a later receive turns
 * into a message, so repeated notifications coalesce.  senda() hands the
 * kernel a table of messages in the sender's memory, delivered whenever
 * each receiver is ready.
 *
 * Every primitive first decides whether the call is allowed (decode), and
 * only then changes state (perform), so a refused call changes nothing.
 * A sender's message is copied into its slot when it blocks; delivery
 * copies it into the receiver's buffer through the receiver's page tables
 * (or the kernel address remembered when it blocked: set_messbuf()).
 * A send to a receiver that already waits usually never gets here: the
 * fast path (ipcfast.c) copies it straight across.
 *
 * Entry points: do_ipc() (the trap), notify_from() (kernel sources),
 * clear_endpoint() and clear_ipc_refs() (a process dies or restarts),
 * ep_to_proc().
 */
#include "kernel.h"

#define NON_BLOCKING	1
#define MAX_ASYN_ENTRIES 256

/* The IPC trap, int $IPC_VECTOR, is two bytes: a duplicated send backs
 * the sender up over it (msgfault.c). */
#define IPC_TRAP_LEN	2

static int mini_send(struct proc *caller, struct proc *dst, int flags);
static int mini_receive(struct proc *caller, endpoint_t src_e,
	vir_bytes m_ptr);
static int mini_senda(struct proc *caller, vir_bytes table, size_t count);
static bool try_async(struct proc *caller, endpoint_t src_e);

/* Would dst take a message from src_e right now? */
static bool will_receive(struct proc *dst, endpoint_t src_e)
{
	return (dst->p_rts_flags & (RTS_RECEIVING | RTS_SENDING))
		== RTS_RECEIVING
	    && (dst->p_getfrom_e == ANY || dst->p_getfrom_e == src_e);
}

/* The live process an endpoint names: OK, or -EDEADSRCDST if it is dead
 * or never existed. */
int ep_to_proc(endpoint_t e, struct proc **pp)
{
	struct proc *p;

	if (e < 0 || endpoint_slot(e) >= NR_SLOTS)
		return -EDEADSRCDST;
	p = &proc[endpoint_slot(e)];
	if (isemptyp(p) || p->p_endpoint != e)
		return -EDEADSRCDST;
	*pp = p;
	return OK;
}

/* May caller send to dst (send, sendrec, sendnb, notify, senda)? */
static bool may_send_to(struct proc *caller, struct proc *dst)
{
	return GET_BIT(caller->p_priv->s_ipc_to, priv_id(dst));
}

/* Finish dst's receive with msg; on a bad buffer dst gets EFAULT instead
 * and the message stays undelivered. */
static int deliver(struct proc *dst, const message *msg)
{
	message *k = messbuf_k(dst);
	int r = OK;

	if (k != NULL)
		*k = *msg;
	else
		r = copy_vir(NULL, (vir_bytes) msg, dst, dst->p_messbuf,
			sizeof(message));

	dst->p_reg.eax = r;
	dst->p_misc_flags &= ~MF_REPLY_PEND;
	dst->p_getfrom_e = NONE;
	rts_unset(dst, RTS_RECEIVING);
	return r;
}

/* Would blocking caller on peer_e close a cycle of blocked processes? */
static bool deadlock(int function, struct proc *caller, endpoint_t peer_e)
{
	struct proc *xp;
	int group = 1;

	while (peer_e != ANY && peer_e != NONE && group <= NR_SLOTS) {
		if (ep_to_proc(peer_e, &xp) != OK || iskernelp(xp))
			return false;
		group++;
		if (xp->p_rts_flags & RTS_SENDING)
			peer_e = xp->p_sendto_e;
		else if (xp->p_rts_flags & RTS_RECEIVING)
			peer_e = xp->p_getfrom_e;
		else
			return false;
		if (peer_e == caller->p_endpoint) {
			/* Two processes doing opposite halves will meet. */
			if (group == 2 && (function == SEND)
			    != ((xp->p_rts_flags & RTS_SENDING) != 0))
				return false;
			return true;
		}
	}
	return false;
}

/* The peer a call names (SELF is the caller): OK, -EINVAL for ANY or
 * NONE, -EDEADSRCDST for no live process, -ECALLDENIED (with to_mask)
 * when the caller's IPC mask leaves it out. */
static int peer_of(struct proc *caller, endpoint_t peer_e, bool to_mask,
	struct proc **pp)
{
	int r;

	if (peer_e == SELF)
		peer_e = caller->p_endpoint;
	if ((r = ep_to_proc(peer_e, pp)) != OK)
		return (peer_e == ANY || peer_e == NONE) ? -EINVAL : r;
	if (to_mask && !may_send_to(caller, *pp))
		return -ECALLDENIED;
	return OK;
}

/* SEND, SENDNB or SENDREC (not to SYSTEM) of the message at m_ptr to
 * peer_e, the general way.  Returns the status, or SEND_AGAIN when an
 * armed duplicate has sent it once and backed the caller up over its
 * trap to send it again (msgfault.c). */
#define SEND_AGAIN	1
static int do_send(struct proc *caller, int call, endpoint_t peer_e,
	vir_bytes m_ptr)
{
	struct proc *peer;
	int r, fault;

	if ((r = peer_of(caller, peer_e, true, &peer)) != OK)
		return r;
	if (iskernelp(peer))
		return -ECALLDENIED;	/* only SYSTEM answers, by sendrec */
	if (call == SENDREC && !set_messbuf(caller, m_ptr))
		return -EFAULT;
	r = copy_vir(caller, m_ptr, NULL, (vir_bytes) &caller->p_sendmsg,
		sizeof(message));
	if (r != OK)
		return r;
	caller->p_sendmsg.m_source = caller->p_endpoint;
	if (call == SENDREC)
		caller->p_misc_flags |= MF_REPLY_PEND;
	fault = caller->p_msgfault == 0 ? MSGF_PASS
		: msgfault_take(caller, &caller->p_sendmsg, call != SENDREC);
	if (fault == MSGF_DROP)
		r = OK;		/* lost on the way: see msgfault.c */
	else
		r = mini_send(caller, peer, call == SENDNB ? NON_BLOCKING : 0);
	if (fault == MSGF_DUP && r == OK) {
		/* Sent once; the trap runs again and sends it twice. */
		caller->p_reg.eip -= IPC_TRAP_LEN;
		return SEND_AGAIN;
	}
	if (call == SENDREC) {
		if (r != OK) {
			caller->p_misc_flags &= ~MF_REPLY_PEND;
			return r;
		}
		/* The reply can only come from peer, once it has run;
		 * set_messbuf() has made m_ptr the buffer for it. */
		caller->p_reply_since = uptime;
		caller->p_getfrom_e = peer->p_endpoint;
		rts_set(caller, RTS_RECEIVING);
	}
	return r;
}

/* RECEIVE from src_e (ANY, SELF or one endpoint) into m_ptr. */
static int do_receive(struct proc *caller, endpoint_t src_e, vir_bytes m_ptr)
{
	struct proc *src;
	int r;

	if (src_e == ANY)
		return mini_receive(caller, ANY, m_ptr);
	if ((r = peer_of(caller, src_e, false, &src)) != OK)
		return r;
	return mini_receive(caller, src->p_endpoint, m_ptr);
}

/* REPLY_RECV the general way: SENDNB to ebx, then RECEIVE from edx,
 * each exactly as its own trap would; the reply's status goes back in
 * edx, the receive's in eax. */
static void do_reply_recv(struct proc *caller)
{
	endpoint_t src_e = caller->p_reg.edx;
	vir_bytes m_ptr = caller->p_reg.ecx;
	int r;

	r = do_send(caller, SENDNB, caller->p_reg.ebx, m_ptr);
	if (r == SEND_AGAIN) {
		caller->p_reg.eax = REPLY_RECV;	/* the whole call again */
		return;
	}
	caller->p_reg.edx = r;
	caller->p_reg.eax = do_receive(caller, src_e, m_ptr);
}

static bool is_primitive(int call)
{
	return call == SEND || call == RECEIVE || call == SENDREC
	    || call == NOTIFY || call == SENDNB || call == REPLY_RECV
	    || call == SENDA;
}

/* The IPC trap: eax = primitive, ebx = peer, ecx = message or table,
 * edx = table size (REPLY_RECV: the source to receive from).  The
 * status goes back in eax; a process that blocks gets its status when
 * it is woken.  The fast path (ipcfast.c) is tried first for the calls
 * it knows; whatever it declines comes here unchanged. */
void do_ipc(struct proc *caller)
{
	int call = caller->p_reg.eax;
	struct proc *peer;
	int r;

	if ((unsigned) call >= 32
	    || !(caller->p_priv->s_trap_mask & (1u << call))) {
		caller->p_reg.eax = is_primitive(call) ? -ETRAPDENIED
			: -EBADCALL;
		return;
	}
	switch (call) {
	case SENDREC:
		if (caller->p_reg.ebx == SYSTEM) {
			/* Checked against the call mask instead. */
			caller->p_reg.eax = kernel_call(caller,
				caller->p_reg.ecx);
			return;
		}
		/* fall through */
	case SEND:
	case SENDNB:
		if (ipc_fast(caller, call))
			return;
		r = do_send(caller, call, caller->p_reg.ebx, caller->p_reg.ecx);
		caller->p_reg.eax = r == SEND_AGAIN ? call : r;
		return;
	case REPLY_RECV:
		if (!ipc_fast_reply_recv(caller))
			do_reply_recv(caller);
		return;
	case RECEIVE:
		caller->p_reg.eax = do_receive(caller, caller->p_reg.ebx,
			caller->p_reg.ecx);
		return;
	case NOTIFY:
		if ((r = peer_of(caller, caller->p_reg.ebx, true, &peer)) == OK)
			r = iskernelp(peer) ? -ECALLDENIED
				: mini_notify(caller, peer);
		caller->p_reg.eax = r;
		return;
	case SENDA:
		caller->p_reg.eax = mini_senda(caller, caller->p_reg.ecx,
			caller->p_reg.edx);
		return;
	default:
		caller->p_reg.eax = -EBADCALL;
	}
}

/* Is caller's sendrec a request to a process that waits for the
 * caller's own answer?  Delivered, it would pass for that answer; held,
 * each would wait for the other.  (RS, which services wait for, relies
 * on this: see docs/liveupdate.md.) */
static bool crossed_requests(struct proc *caller, struct proc *dst)
{
	return (caller->p_misc_flags & MF_REPLY_PEND)
	    && (dst->p_misc_flags & MF_REPLY_PEND)
	    && (dst->p_rts_flags & (RTS_RECEIVING | RTS_SENDING))
		== RTS_RECEIVING
	    && dst->p_getfrom_e == caller->p_endpoint;
}

static int mini_send(struct proc *caller, struct proc *dst, int flags)
{
	struct proc **xpp;

	if (crossed_requests(caller, dst))
		return -ELOCKED;
	if (will_receive(dst, caller->p_endpoint)
	    && deliver(dst, &caller->p_sendmsg) == OK)
		return OK;
	if (flags & NON_BLOCKING)
		return -ENOTREADY;
	if (dst == caller || deadlock(SEND, caller, dst->p_endpoint))
		return -ELOCKED;
	caller->p_sendto_e = dst->p_endpoint;
	rts_set(caller, RTS_SENDING);
	for (xpp = &dst->p_caller_q; *xpp != NULL; xpp = &(*xpp)->p_q_link)
		;
	*xpp = caller;
	caller->p_q_link = NULL;
	return OK;
}

/* Fill m with a notification from src to dst, collecting what the kernel
 * sources have pending for dst. */
static void build_notify(message *m, struct proc *src, struct proc *dst)
{
	memset(m, 0, sizeof(*m));
	m->m_source = src->p_endpoint;
	m->m_type = NOTIFY_MESSAGE;
	m->m_notify.timestamp = uptime;
	if (src->p_endpoint == HARDWARE) {
		m->m_notify.interrupts = dst->p_priv->s_int_pending;
		dst->p_priv->s_int_pending = 0;
	} else if (src->p_endpoint == SYSTEM) {
		m->m_notify.sigset = dst->p_priv->s_sig_pending;
		dst->p_priv->s_sig_pending = 0;
	}
}

/* Deliver a pending notification to caller (receiving from src_e), if
 * there is one.  Lower privilege ids first, so kernel sources lead. */
static bool try_notify(struct proc *caller, endpoint_t src_e)
{
	struct priv *pr = caller->p_priv;
	struct proc *src;
	message m;
	int id;

	for (id = next_set_bit(pr->s_notify_pending, 0, NR_SYS_PROCS);
	    id < NR_SYS_PROCS;
	    id = next_set_bit(pr->s_notify_pending, id + 1, NR_SYS_PROCS)) {
		src = proc_addr(priv[id].s_proc_nr);
		if (src_e != ANY && src->p_endpoint != src_e)
			continue;
		UNSET_BIT(pr->s_notify_pending, id);
		build_notify(&m, src, caller);
		if (copy_vir(NULL, (vir_bytes) &m, caller, caller->p_messbuf,
		    sizeof(m)) != OK) {
			SET_BIT(pr->s_notify_pending, id);
			return false;
		}
		caller->p_reg.eax = OK;
		return true;
	}
	return false;
}

/* caller got a message without blocking: it is busy, not caught in a
 * loop, whatever quanta it uses up (sched.c). */
static int received(struct proc *caller)
{
	caller->p_misc_flags |= MF_RECEIVED;
	return OK;
}

static int mini_receive(struct proc *caller, endpoint_t src_e,
	vir_bytes m_ptr)
{
	struct proc **xpp, *sender;

	if (!set_messbuf(caller, m_ptr))
		return -EFAULT;

	if (try_notify(caller, src_e))
		return received(caller);
	for (xpp = &caller->p_caller_q; *xpp != NULL; xpp = &(*xpp)->p_q_link) {
		sender = *xpp;
		if (src_e != ANY && sender->p_endpoint != src_e)
			continue;
		if (copy_vir(NULL, (vir_bytes) &sender->p_sendmsg, caller,
		    m_ptr, sizeof(message)) != OK)
			return -EFAULT;
		*xpp = sender->p_q_link;
		sender->p_q_link = NULL;
		sender->p_sendto_e = NONE;
		rts_unset(sender, RTS_SENDING);
		return received(caller);
	}
	if (try_async(caller, src_e))
		return received(caller); /* (in a sendrec too: the reply?) */
	if (src_e != ANY && deadlock(RECEIVE, caller, src_e))
		return -ELOCKED;
	caller->p_getfrom_e = src_e;
	rts_set(caller, RTS_RECEIVING);
	return OK;
}

/* A notification from caller to dst: delivered now if dst waits for it,
 * else remembered as one bit.  Only processes with privileges of their
 * own can have notifications pending. */
int mini_notify(struct proc *caller, struct proc *dst)
{
	message m;

	if (!(dst->p_priv->s_flags & PRIV_SYS_PROC))
		return -ECALLDENIED;
	if (will_receive(dst, caller->p_endpoint)
	    && !(dst->p_misc_flags & MF_REPLY_PEND)) {
		build_notify(&m, caller, dst);
		if (deliver(dst, &m) == OK)
			return OK;
	}
	SET_BIT(dst->p_priv->s_notify_pending, priv_id(caller));
	return OK;
}

/* A kernel task (HARDWARE, CLOCK, SYSTEM) notifies dst. */
void notify_from(endpoint_t task, struct proc *dst)
{
	struct proc *src;

	if (ep_to_proc(task, &src) == OK)
		(void) mini_notify(src, dst);
}

/* --- asynchronous messages ------------------------------------------- */

static int read_entry(struct proc *owner, int i, asynmsg_t *e)
{
	return copy_vir(owner, owner->p_priv->s_asyntab + i * sizeof(*e),
		NULL, (vir_bytes) e, sizeof(*e));
}

/* Write back an entry's flags and result (the message is left alone). */
static void finish_entry(struct proc *owner, int i, asynmsg_t *e, int result)
{
	e->flags |= AMF_DONE;
	e->result = result;
	(void) copy_vir(NULL, (vir_bytes) e, owner,
		owner->p_priv->s_asyntab + i * sizeof(*e),
		offsetof(asynmsg_t, msg));
}

/* Try to deliver entry i of owner's table; true when it is finished. */
static bool try_entry(struct proc *owner, int i, asynmsg_t *e)
{
	struct proc *dst;
	int fault;

	if (ep_to_proc(e->dst, &dst) != OK || iskernelp(dst)) {
		finish_entry(owner, i, e, -EDEADSRCDST);
		return true;
	}
	if (!may_send_to(owner, dst)) {
		finish_entry(owner, i, e, -ECALLDENIED);
		return true;
	}
	if (will_receive(dst, owner->p_endpoint) && !(e->flags & AMF_NOREPLY
	    && (dst->p_misc_flags & MF_REPLY_PEND))) {
		e->msg.m_source = owner->p_endpoint;
		fault = owner->p_msgfault == 0 ? MSGF_PASS
			: msgfault_take(owner, &e->msg, true);
		if (fault == MSGF_DROP) {
			finish_entry(owner, i, e, OK);	/* lost: msgfault.c */
			return true;
		}
		if (deliver(dst, &e->msg) == OK) {
			if (fault == MSGF_DUP)	/* left to go once more */
				goto pending;
			finish_entry(owner, i, e, OK);
			return true;
		}
	}
pending:
	SET_BIT(dst->p_priv->s_asyn_pending, priv_id(owner));
	return false;
}

static int mini_senda(struct proc *caller, vir_bytes table, size_t count)
{
	struct priv *pr = caller->p_priv;
	asynmsg_t e;
	size_t i;

	if (!(pr->s_flags & PRIV_SYS_PROC))
		return -ECALLDENIED;
	if (count > MAX_ASYN_ENTRIES)
		return -EINVAL;
	if (count > 0 && !user_writable(caller, table, count * sizeof(e)))
		return -EFAULT;
	pr->s_asyntab = table;
	pr->s_asynsize = count;
	for (i = 0; i < count; i++) {
		if (read_entry(caller, i, &e) != OK)
			return -EFAULT;
		if ((e.flags & (AMF_VALID | AMF_DONE)) == AMF_VALID)
			(void) try_entry(caller, i, &e);
	}
	return OK;
}

/* Deliver to caller the first asynchronous message waiting for it from
 * src_e (or anyone).  A sender's bit stays set while its table still has
 * undelivered messages for processes sharing the caller's privileges. */
static bool try_async(struct proc *caller, endpoint_t src_e)
{
	struct priv *pr = caller->p_priv;
	struct proc *owner;
	bool delivered = false, more;
	asynmsg_t e;
	int id, i;

	for (id = next_set_bit(pr->s_asyn_pending, 0, NR_SYS_PROCS);
	    id < NR_SYS_PROCS && !delivered;
	    id = next_set_bit(pr->s_asyn_pending, id + 1, NR_SYS_PROCS)) {
		owner = proc_addr(priv[id].s_proc_nr);
		if ((caller->p_misc_flags & MF_REPLY_PEND)
		    && owner->p_endpoint != caller->p_getfrom_e)
			continue;	/* in a sendrec: only the peer's reply */
		if (src_e != ANY && owner->p_endpoint != src_e)
			continue;
		more = false;
		for (i = 0; i < priv[id].s_asynsize; i++) {
			struct proc *dst;
			if (read_entry(owner, i, &e) != OK)
				break;
			if ((e.flags & (AMF_VALID | AMF_DONE)) != AMF_VALID)
				continue;
			if (ep_to_proc(e.dst, &dst) != OK)
				continue;
			if (dst == caller && !delivered && !((e.flags & AMF_NOREPLY)
			    && (caller->p_misc_flags & MF_REPLY_PEND))) {
				e.msg.m_source = owner->p_endpoint;
				if (copy_vir(NULL, (vir_bytes) &e.msg, caller,
				    caller->p_messbuf, sizeof(message)) != OK)
					return false;
				finish_entry(owner, i, &e, OK);
				delivered = true;
			} else if (dst->p_priv == pr) {
				more = true;
			}
		}
		if (!more)
			UNSET_BIT(pr->s_asyn_pending, id);
	}
	if (delivered)
		caller->p_reg.eax = OK;
	return delivered;
}

/* --- death and restart ------------------------------------------------ */

/* Fail every IPC that waits on rc: the senders queued on it and the
 * processes receiving from it (a sendrec's reply included). */
void clear_ipc_refs(struct proc *rc, int err)
{
	struct proc *p;

	while ((p = rc->p_caller_q) != NULL) {
		rc->p_caller_q = p->p_q_link;
		p->p_q_link = NULL;
		p->p_reg.eax = err;
		p->p_sendto_e = NONE;
		p->p_misc_flags &= ~MF_REPLY_PEND;
		rts_unset(p, RTS_SENDING | RTS_RECEIVING);
	}
	for (p = BEG_PROC_ADDR; p < END_PROC_ADDR; p++) {
		if (isemptyp(p) || p == rc || !(p->p_rts_flags & RTS_RECEIVING)
		    || (p->p_rts_flags & RTS_SENDING)
		    || p->p_getfrom_e != rc->p_endpoint)
			continue;
		p->p_reg.eax = err;
		p->p_getfrom_e = NONE;
		p->p_misc_flags &= ~MF_REPLY_PEND;
		rts_unset(p, RTS_RECEIVING);
	}
}

/* rc is going away: take it out of every queue, fail everyone waiting on
 * it, and forget what it left pending for others. */
void clear_endpoint(struct proc *rc)
{
	struct proc *dst, **xpp;

	if ((rc->p_rts_flags & RTS_SENDING)
	    && ep_to_proc(rc->p_sendto_e, &dst) == OK) {
		for (xpp = &dst->p_caller_q; *xpp != NULL;
		     xpp = &(*xpp)->p_q_link) {
			if (*xpp == rc) {
				*xpp = rc->p_q_link;
				break;
			}
		}
	}
	rc->p_q_link = NULL;
	clear_ipc_refs(rc, -EDEADSRCDST);
	forget_pending_from(rc);
}

/* Drop the notifications and asynchronous messages p left pending for
 * others: they are tied to its privilege id, which someone else may get. */
void forget_pending_from(struct proc *p)
{
	int id, i;

	if (!(p->p_priv->s_flags & PRIV_SYS_PROC))
		return;
	id = priv_id(p);
	for (i = 0; i < NR_SYS_PROCS; i++) {
		UNSET_BIT(priv[i].s_notify_pending, id);
		UNSET_BIT(priv[i].s_asyn_pending, id);
	}
}

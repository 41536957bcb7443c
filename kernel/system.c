/*
 * system.c - the SYSTEM task: kernel calls.
 *
 * A kernel call is a sendrec to SYSTEM.  It is handled at once, in the
 * caller's trap: copy the request in, check the call against the caller's
 * call mask, run its handler (one per file in system/), copy the reply
 * out.  The status of the call travels in the reply's m_type; the IPC
 * itself succeeds unless the message could not be read or written.
 *
 * Entry points: kernel_call(), cause_sig(), proc_terminate().
 */
#include "kernel.h"
#include "system.h"

/* The dispatch table, from the one list of calls (minix/kcalls.h). */
#define CALL_ENTRY(NAME, name)	[SYS_##NAME - KERNEL_CALL] = do_##name,
static int (*const call_vec[NR_SYS_CALLS])(struct proc *, message *) = {
	KERNEL_CALL_LIST(CALL_ENTRY)
};
#undef CALL_ENTRY

int kernel_call(struct proc *caller, vir_bytes m_ptr)
{
	message m;
	int r, nr;

	if (!user_writable(caller, m_ptr, sizeof(m)))
		return -EFAULT;
	if ((r = copy_vir(caller, m_ptr, NULL, (vir_bytes) &m, sizeof(m))) != OK)
		return r;
	nr = m.m_type - KERNEL_CALL;
	if (nr < 0 || nr >= NR_SYS_CALLS)
		r = -ENOSYS;
	else if (!GET_BIT(caller->p_priv->s_k_call_mask, nr))
		r = -ECALLDENIED;
	else
		r = call_vec[nr](caller, &m);
	if (r == -EDONTREPLY)
		return OK;		/* the caller is gone or stopped */
	m.m_source = SYSTEM;
	m.m_type = r;
	return copy_vir(NULL, (vir_bytes) &m, caller, m_ptr, sizeof(m));
}

/* The target of a kernel call: a live process that is not a kernel task.
 * SELF means the caller. */
int call_target(struct proc *caller, endpoint_t e, struct proc **pp)
{
	int r;

	if (e == SELF) {
		*pp = caller;
		return OK;
	}
	if ((r = ep_to_proc(e, pp)) != OK)
		return r;
	return iskernelp(*pp) ? -EPERM : OK;
}

static const char *const sig_names[] = {
	[SIGHUP] = "SIGHUP", [SIGINT] = "SIGINT", [SIGQUIT] = "SIGQUIT",
	[SIGILL] = "SIGILL", [SIGTRAP] = "SIGTRAP", [SIGABRT] = "SIGABRT",
	[SIGBUS] = "SIGBUS", [SIGFPE] = "SIGFPE", [SIGKILL] = "SIGKILL",
	[SIGUSR1] = "SIGUSR1", [SIGSEGV] = "SIGSEGV", [SIGUSR2] = "SIGUSR2",
	[SIGPIPE] = "SIGPIPE", [SIGALRM] = "SIGALRM", [SIGTERM] = "SIGTERM",
};

static const char *sig_name(int sig)
{
	if (sig > 0 && sig < (int) ELEMENTS(sig_names) && sig_names[sig])
		return sig_names[sig];
	return "signal";
}

/* A signal for p from the kernel (a CPU exception or sys_kill).  Its
 * signal manager decides what happens; a process without a live manager
 * gets the default, which ends it, and the console says so. */
void cause_sig(struct proc *p, int sig)
{
	struct proc *mgr;

	if (ep_to_proc(p->p_priv->s_sig_mgr, &mgr) == OK && mgr != p
	    && !iskernelp(mgr)) {
		p->p_pending_sigs |= 1u << sig;
		if (!(p->p_rts_flags & RTS_SIG_PENDING)) {
			rts_set(p, RTS_SIG_PENDING);
			mgr->p_priv->s_sig_pending |= SIGKSIG_BIT;
			notify_from(SYSTEM, mgr);
		}
		return;
	}
	if (kproc_msg_ok(p))
		kprintf("kernel: %s (endpoint %d) terminated by %s (%d)\n",
			p->p_name, p->p_endpoint, sig_name(sig), sig);
	proc_terminate(p);
}

/* End p: fail all IPC that waits on it, release everything it holds and
 * free its slot.  The slot's next process gets a new generation. */
void proc_terminate(struct proc *p)
{
	KASSERT(!iskernelp(p) && !isemptyp(p));
	rts_set(p, RTS_SLOT_FREE);
	clear_endpoint(p);
	irq_hooks_release(p);
	fpu_release(p);
	pt_destroy(p);
	priv_release(p);
	p->p_rts_flags = RTS_SLOT_FREE;
	p->p_misc_flags = 0;
	p->p_caller_q = NULL;
	p->p_msgk = NULL;
	p->p_pending_sigs = 0;
	memset(p->p_vtimer, 0, sizeof(p->p_vtimer));
	memset(p->p_vtimer_ival, 0, sizeof(p->p_vtimer_ival));
	p->p_msg_count = 0;
	p->p_name[0] = '\0';
}

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

/* The dispatch table; a call without a handler answers ENOSYS. */
static int (*const call_vec[NR_SYS_CALLS])(struct proc *, message *) = {
	[SYS_GETINFO - KERNEL_CALL] = do_getinfo,
	[SYS_TIMES - KERNEL_CALL] = do_times,
	[SYS_SETALARM - KERNEL_CALL] = do_setalarm,
	[SYS_DEVIO - KERNEL_CALL] = do_devio,
	[SYS_VDEVIO - KERNEL_CALL] = do_vdevio,
	[SYS_IRQCTL - KERNEL_CALL] = do_irqctl,
	[SYS_PRIVCTL - KERNEL_CALL] = do_privctl,
	[SYS_SETGRANT - KERNEL_CALL] = do_setgrant,
	[SYS_SAFECOPYFROM - KERNEL_CALL] = do_safecopyfrom,
	[SYS_SAFECOPYTO - KERNEL_CALL] = do_safecopyto,
	[SYS_KILL - KERNEL_CALL] = do_kill,
	[SYS_RUNCTL - KERNEL_CALL] = do_runctl,
	[SYS_STATECTL - KERNEL_CALL] = do_statectl,
	[SYS_EXIT - KERNEL_CALL] = do_exit,
	[SYS_ABORT - KERNEL_CALL] = do_abort,
	[SYS_DIAGCTL - KERNEL_CALL] = do_diagctl,
	[SYS_FORK - KERNEL_CALL] = do_fork,
	[SYS_EXEC - KERNEL_CALL] = do_exec,
	[SYS_MEMMAP - KERNEL_CALL] = do_memmap,
	[SYS_VIRCOPY - KERNEL_CALL] = do_vircopy,
	[SYS_GETKSIG - KERNEL_CALL] = do_getksig,
	[SYS_ENDKSIG - KERNEL_CALL] = do_endksig,
	[SYS_SIGSEND - KERNEL_CALL] = do_sigsend,
	[SYS_SIGRETURN - KERNEL_CALL] = do_sigreturn,
	[SYS_DMAALLOC - KERNEL_CALL] = do_dmaalloc,
};

int kernel_call(struct proc *caller, vir_bytes m_ptr)
{
	message m;
	int r, nr;

	if (!user_writable(caller, m_ptr, sizeof(m)))
		return -EFAULT;
	if ((r = copy_vir(caller, m_ptr, NULL, (vir_bytes) &m, sizeof(m))) != OK)
		return r;
	nr = m.m_type - KERNEL_CALL;
	if (nr < 0 || nr >= NR_SYS_CALLS || call_vec[nr] == NULL)
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
	p->p_pending_sigs = 0;
	p->p_name[0] = '\0';
}

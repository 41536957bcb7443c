/*
 * signal.c - POSIX signals.
 *
 * PM decides what every signal does.  A blocked signal waits in
 * mp_sigpending; an ignored one vanishes; a default action stops,
 * continues or ends the process; a caught one runs its handler: PM first
 * ends whatever call the process is blocked in (its own, or VFS's through
 * PM_VFS_UNPAUSE: the call returns EINTR), then has the kernel push a
 * signal frame (SYS_SIGSEND).  The handler returns through libc to
 * PM_SIGRETURN, which restores the mask saved in the frame.
 *
 * System services are RS's to manage: a signal for one (from root) is
 * passed to the kernel, which hands it to RS.
 */
#include <string.h>
#include <minix/kinfo.h>
#include <minix/sigframe.h>
#include "pm.h"

#define UNBLOCKABLE	(SIGBIT(SIGKILL) | SIGBIT(SIGSTOP))

enum sig_default { SD_TERM, SD_IGNORE, SD_STOP, SD_CONT };

static enum sig_default default_action(int sig)
{
	switch (sig) {
	case SIGCHLD: case SIGURG: case SIGWINCH:
		return SD_IGNORE;
	case SIGSTOP: case SIGTSTP: case SIGTTIN: case SIGTTOU:
		return SD_STOP;
	case SIGCONT:
		return SD_CONT;
	default:
		return SD_TERM;
	}
}

/* May sender signal target?  Root may signal anyone; others only
 * processes with their real or effective uid. */
static bool may_signal(struct mproc *sender, struct mproc *target)
{
	if (sender == NULL || sender->mp_euid == 0)
		return true;
	return sender->mp_ruid == target->mp_ruid
		|| sender->mp_ruid == target->mp_euid
		|| sender->mp_euid == target->mp_ruid
		|| sender->mp_euid == target->mp_euid;
}

/* Init takes from others only the signals it catches, as on every Unix:
 * without it no shell is started again and orphans are never reaped.
 * (Its own faults still reach it, from the kernel: then it ends, and the
 * system halts, pm_exit().) */
static bool init_refuses(struct mproc *rmp, int sig)
{
	vir_bytes handler = rmp->mp_sigact[sig].handler;

	return rmp->mp_pid == INIT_PID && (sig == SIGKILL || sig == SIGSTOP
		|| handler == (vir_bytes) SIG_DFL
		|| handler == (vir_bytes) SIG_IGN);
}

/* Send sig to the processes pid names (kill's rules).  sig 0 only
 * checks.  Returns OK, or ESRCH / EPERM. */
int check_sig(pid_t pid, int sig, struct mproc *sender)
{
	int i, found = 0, allowed = 0;
	struct mproc *rmp;

	for (i = 0; i < NR_MPROCS; i++) {
		rmp = &mproc[i];
		if (!(rmp->mp_flags & MP_IN_USE) || (rmp->mp_flags & MP_ZOMBIE))
			continue;
		if (pid > 0 && rmp->mp_pid != pid)
			continue;
		if (pid == 0 && (sender == NULL
		    || rmp->mp_pgrp != sender->mp_pgrp))
			continue;
		if (pid == -1 && (rmp->mp_pid == INIT_PID
		    || (rmp->mp_flags & MP_SYSTEM)))
			continue;
		if (pid < -1 && rmp->mp_pgrp != -pid)
			continue;
		found++;
		if (!may_signal(sender, rmp) || (sig != 0 && sender != NULL
		    && (rmp->mp_flags & MP_CORE)))
			continue;		/* the core servers cannot die */
		allowed++;
		if (sig == 0)
			continue;
		if (rmp->mp_flags & MP_SYSTEM)
			(void) sys_kill(rmp->mp_endpoint, sig);	/* RS decides */
		else if (!init_refuses(rmp, sig))
			sig_proc(rmp, sig);
	}
	if (found == 0)
		return -ESRCH;
	return allowed > 0 ? OK : -EPERM;
}

static void stop_proc(struct mproc *rmp, int sig)
{
	struct mproc *p = rmp->mp_parent;

	if (rmp->mp_flags & MP_STOPPED)
		return;
	(void) sys_stop(rmp->mp_endpoint);
	rmp->mp_flags |= MP_STOPPED;
	rmp->mp_flags &= ~MP_STOP_REPORTED;
	rmp->mp_status = 0x7F | (sig << 8);
	if (p != NULL && p != rmp) {
		(void) wake_parent(p, rmp);
		if (!(p->mp_sigact[SIGCHLD].flags & SA_NOCLDSTOP))
			sig_proc(p, SIGCHLD);
	}
}

static void continue_proc(struct mproc *rmp)
{
	if (!(rmp->mp_flags & MP_STOPPED))
		return;
	rmp->mp_flags &= ~(MP_STOPPED | MP_STOP_REPORTED);
	(void) sys_resume(rmp->mp_endpoint);
}

/* End the call rmp is blocked in, so that it can run a handler.
 * Returns false if it is blocked somewhere we cannot reach. */
static bool unpause(struct mproc *rmp)
{
	struct proc_info pi;

	if (rmp->mp_flags & (MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING)) {
		int left = (rmp->mp_flags & MP_SLEEPING)
			? (int) (rmp->mp_wakeup - uptime_now()) : -EINTR;
		rmp->mp_flags &= ~(MP_WAITING | MP_SIGSUSPENDED | MP_SLEEPING);
		reply(rmp, left > 0 ? left : -EINTR);
		set_timer();
		return true;
	}
	if (sys_getproc(rmp->mp_endpoint, &pi) != OK)
		return false;
	if (pi.pi_state != PI_SENDING && pi.pi_state != PI_RECEIVING)
		return true;
	if (pi.pi_blocked_on != VFS_PROC_EP)
		return false;
	return tell_vfs_proc(PM_VFS_UNPAUSE, rmp) == OK;
}

/* Run the handler for sig in rmp. */
static void catch_sig(struct mproc *rmp, int sig)
{
	struct sigact *sa = &rmp->mp_sigact[sig];
	sigset_t saved = (rmp->mp_flags & MP_SIGSUSPENDED)
		? rmp->mp_sigmask_saved : rmp->mp_sigmask;
	int r;

	if (!unpause(rmp)) {
		rmp->mp_sigpending |= SIGBIT(sig);	/* try again later */
		return;
	}
	r = sys_sigsend(rmp->mp_endpoint, sig, sa->handler, rmp->mp_sigtramp,
		saved);
	if (r != OK) {			/* no room for the frame: it dies */
		pm_exit(rmp, W_EXITCODE(0, SIGSEGV));
		return;
	}
	rmp->mp_sigmask = saved | sa->mask;
	if (!(sa->flags & SA_NODEFER))
		rmp->mp_sigmask |= SIGBIT(sig);
	rmp->mp_sigmask &= ~UNBLOCKABLE;
	if (sa->flags & SA_RESETHAND)
		sa->handler = (vir_bytes) SIG_DFL;
}

/* Signal sig arrives at rmp.  Every caller passes a signal that exists:
 * check_sig()'s come from do_kill(), which refuses the others, and the
 * kernel's and PM's own are constants or from 1 to _NSIG - 1. */
void sig_proc(struct mproc *rmp, int sig)
{
	struct sigact *sa;

	assert(sig > 0 && sig < _NSIG);
	sa = &rmp->mp_sigact[sig];
	if (!(rmp->mp_flags & MP_IN_USE)
	    || (rmp->mp_flags & (MP_ZOMBIE | MP_EXITING)))
		return;
	if (sig == SIGCONT)
		continue_proc(rmp);
	if (sig == SIGKILL || sig == SIGSTOP)
		sa = NULL;		/* neither caught nor ignored */
	if (sa != NULL && sa->handler == (vir_bytes) SIG_IGN)
		return;
	if (sa != NULL && (rmp->mp_sigmask & SIGBIT(sig))) {
		rmp->mp_sigpending |= SIGBIT(sig);
		return;
	}
	if (sa != NULL && sa->handler != (vir_bytes) SIG_DFL) {
		catch_sig(rmp, sig);
		return;
	}
	switch (default_action(sig)) {
	case SD_IGNORE:
	case SD_CONT:
		return;
	case SD_STOP:
		stop_proc(rmp, sig);
		return;
	case SD_TERM:
		pm_exit(rmp, W_EXITCODE(0, sig));
		return;
	}
}

/* Deliver what became unblocked. */
void check_pending(struct mproc *rmp)
{
	int sig;

	for (sig = 1; sig < _NSIG; sig++) {
		if (!(rmp->mp_flags & MP_IN_USE))
			return;
		if (!(rmp->mp_sigpending & SIGBIT(sig))
		    || (rmp->mp_sigmask & SIGBIT(sig)))
			continue;
		rmp->mp_sigpending &= ~SIGBIT(sig);
		sig_proc(rmp, sig);
	}
}

/* kill: a signal to oneself is delivered before kill returns (once the
 * caller has its answer and can run the handler). */
int do_kill(void)
{
	int sig = m_in.m_pm_kill.sig;
	struct mproc *caller = mp;

	if (sig < 0 || sig >= _NSIG)
		return -EINVAL;
	reply(caller, check_sig(m_in.m_pm_kill.pid, sig, caller));
	check_pending(caller);
	return -EDONTREPLY;
}

int do_sigaction(void)
{
	const struct m_pm_sigaction *s = &m_in.m_pm_sigaction;
	struct sigact *sa;
	struct sigact old;
	message m;

	if (s->sig <= 0 || s->sig >= _NSIG)
		return -EINVAL;
	sa = &mp->mp_sigact[s->sig];
	old = *sa;
	if (s->change) {
		if (s->sig == SIGKILL || s->sig == SIGSTOP)
			return -EINVAL;
		sa->handler = s->handler;
		sa->mask = s->mask & ~UNBLOCKABLE;
		sa->flags = s->flags;
		mp->mp_sigtramp = s->trampoline;
		if (s->handler == (vir_bytes) SIG_IGN)
			mp->mp_sigpending &= ~SIGBIT(s->sig);
	}
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_sigaction_reply.handler = old.handler;
	m.m_pm_sigaction_reply.mask = old.mask;
	m.m_pm_sigaction_reply.flags = old.flags;
	return reply_last(&m);
}

int do_sigprocmask(void)
{
	sigset_t set = m_in.m_pm_sigprocmask.set, old = mp->mp_sigmask;
	message m;

	switch (m_in.m_pm_sigprocmask.how) {
	case SIG_BLOCK:
		mp->mp_sigmask |= set;
		break;
	case SIG_UNBLOCK:
		mp->mp_sigmask &= ~set;
		break;
	case SIG_SETMASK:
		mp->mp_sigmask = set;
		break;
	default:
		return -EINVAL;
	}
	mp->mp_sigmask &= ~UNBLOCKABLE;
	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_sigprocmask_reply.old = old;
	reply_msg(mp, &m);
	check_pending(mp);
	return -EDONTREPLY;
}

int do_sigsuspend(void)
{
	mp->mp_sigmask_saved = mp->mp_sigmask;
	mp->mp_sigmask = m_in.m_pm_sigsuspend.mask & ~UNBLOCKABLE;
	mp->mp_flags |= MP_SIGSUSPENDED;
	check_pending(mp);
	return -EDONTREPLY;
}

int do_sigpending(void)
{
	message m;

	memset(&m, 0, sizeof(m));
	m.m_type = OK;
	m.m_pm_sigpending_reply.pending = mp->mp_sigpending;
	return reply_last(&m);
}

int do_sigreturn(void)
{
	vir_bytes ctx = m_in.m_pm_sigreturn.context;
	uint32_t mask;
	int r;

	r = sys_vircopy(mp->mp_endpoint, ctx + offsetof(struct sigcontext,
		sc_mask), SELF, (vir_bytes) &mask, sizeof(mask));
	if (r != OK || (r = sys_sigreturn(mp->mp_endpoint, ctx)) != OK) {
		pm_exit(mp, W_EXITCODE(0, SIGSEGV));
		return -EDONTREPLY;
	}
	mp->mp_sigmask = mask & ~UNBLOCKABLE;
	check_pending(mp);
	return -EDONTREPLY;
}

/* The kernel has signals for processes we manage (CPU exceptions). */
void do_kernel_signals(void)
{
	struct mproc *rmp;
	endpoint_t ep;
	uint32_t sigs;
	int sig;

	while (sys_getksig(&ep, &sigs) == OK && ep != NONE) {
		rmp = find_ep(ep);
		for (sig = 1; sig < _NSIG && rmp != NULL; sig++)
			if (sigs & (1u << sig))
				sig_proc(rmp, sig);
		if (find_ep(ep) != NULL)
			(void) sys_endksig(ep);
	}
}

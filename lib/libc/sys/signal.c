/*
 * signal.c - signal handling (PM keeps the dispositions and masks).
 *
 * A caught signal runs its handler on our stack (the kernel builds the
 * frame); the handler returns into __sigtramp (arch/i386/sigtramp.S),
 * which brings us here to __sigreturn and back to PM.
 */
#include <signal.h>
#include <unistd.h>
#include "syscall.h"

void __sigtramp(void);
void __sigreturn(vir_bytes context) __attribute__((noreturn));

static int bad_signal(int sig)
{
	if (sig <= 0 || sig >= _NSIG) {
		errno = EINVAL;
		return 1;
	}
	return 0;
}

int sigaction(int sig, const struct sigaction *act, struct sigaction *oact)
{
	message m;

	if (bad_signal(sig))
		return -1;
	msg_clear(&m);
	m.m_pm_sigaction.sig = sig;
	m.m_pm_sigaction.change = act != NULL;
	if (act != NULL) {
		m.m_pm_sigaction.handler = (vir_bytes) act->sa_handler;
		m.m_pm_sigaction.mask = act->sa_mask;
		m.m_pm_sigaction.flags = act->sa_flags;
	}
	m.m_pm_sigaction.trampoline = (vir_bytes) __sigtramp;
	if (_syscall(PM, PM_SIGACTION, &m) < 0)
		return -1;
	if (oact != NULL) {
		oact->sa_handler =
			(sighandler_t) m.m_pm_sigaction_reply.handler;
		oact->sa_mask = m.m_pm_sigaction_reply.mask;
		oact->sa_flags = m.m_pm_sigaction_reply.flags;
	}
	return 0;
}

sighandler_t signal(int sig, sighandler_t handler)
{
	struct sigaction act, old;

	act.sa_handler = handler;
	act.sa_mask = 0;
	act.sa_flags = 0;
	if (sigaction(sig, &act, &old) < 0)
		return SIG_ERR;
	return old.sa_handler;
}

int sigprocmask(int how, const sigset_t *set, sigset_t *oset)
{
	message m;

	msg_clear(&m);
	m.m_pm_sigprocmask.how = set != NULL ? how : SIG_BLOCK;
	m.m_pm_sigprocmask.set = set != NULL ? *set : 0;
	if (_syscall(PM, PM_SIGPROCMASK, &m) < 0)
		return -1;
	if (oset != NULL)
		*oset = m.m_pm_sigprocmask_reply.old;
	return 0;
}

int sigsuspend(const sigset_t *mask)
{
	message m;

	msg_clear(&m);
	m.m_pm_sigsuspend.mask = *mask;
	return _syscall(PM, PM_SIGSUSPEND, &m);	/* always -1, EINTR */
}

int sigpending(sigset_t *set)
{
	message m;

	msg_clear(&m);
	if (_syscall(PM, PM_SIGPENDING, &m) < 0)
		return -1;
	*set = m.m_pm_sigpending_reply.pending;
	return 0;
}

void __sigreturn(vir_bytes context)
{
	message m;

	msg_clear(&m);
	m.m_pm_sigreturn.context = context;
	(void) _syscall(PM, PM_SIGRETURN, &m);	/* no return when it works */
	_exit(128 + SIGSEGV);
}

int sigemptyset(sigset_t *set)
{
	*set = 0;
	return 0;
}

int sigfillset(sigset_t *set)
{
	*set = ~0u;
	return 0;
}

int sigaddset(sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	*set |= 1u << (sig - 1);
	return 0;
}

int sigdelset(sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	*set &= ~(1u << (sig - 1));
	return 0;
}

int sigismember(const sigset_t *set, int sig)
{
	if (bad_signal(sig))
		return -1;
	return (*set >> (sig - 1)) & 1;
}
